"""The tracker table's read path: plain tuples straight from sqlite3, in one query.

The table shows every application at once (100,000 must not stall), so this path skips the ORM:
one query returns exactly the columns the table shows, in the shape the table keeps them, so
sqlite3's own row tuples are used as they are (no per-row Python work beyond casefolding the
search text). Dates stay ISO strings: they sort and compare as text. It only reads; every write
goes through `ApplicationRepository`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from nextmove.domain.search_text import fold_all
from nextmove.storage.layout import DATABASE_NAME as DATABASE_NAME  # light: no ORM loads


class TrackerRow(NamedTuple):
    """One application as the table shows it, in the order the query reads the columns.

    A named tuple is a tuple (no per-row dict): the 100,000-row table costs the same memory as
    with plain tuples, and sorting and the column map still work by position."""

    id: int
    company: str
    role: str
    status: str
    applied_on: str | None
    last_activity_on: str | None
    next_action_on: str | None
    location: str
    source: str
    contact: str
    next_action: str


# Positions in a TrackerRow, for what works column by column (the table's columns, sorting).
(
    ID,
    COMPANY,
    ROLE,
    STATUS,
    APPLIED_ON,
    LAST_ACTIVITY_ON,
    NEXT_ACTION_ON,
    LOCATION,
    SOURCE,
    CONTACT,
    NEXT_ACTION,
) = range(len(TrackerRow._fields))

# Builds a row from a tuple in C (a named tuple's own constructor is a Python function call).
_row: Any = partial(tuple.__new__, TrackerRow)

# SQL ordering for `read_first`, by field; ties and the default fall back to the id.
_ORDER_BY: dict[str, str] = {
    "company": "a.company COLLATE NOCASE",
    "role": "a.role COLLATE NOCASE",
    "status": "a.status",
    "applied_on": "a.applied_on IS NULL, a.applied_on",
    "last_activity_on": "a.last_activity_on IS NULL, a.last_activity_on",
    "next_action_on": "a.next_action_on IS NULL, a.next_action_on",
    "location": "a.location = '', a.location COLLATE NOCASE",
    "source": "a.source = '', a.source COLLATE NOCASE",
    "contact": "contact = '', contact COLLATE NOCASE",
}

# The primary contact is the first one linked (lowest id): stable, and cheap through the
# association table's primary key.
_COLUMNS = """
a.id, IFNULL(a.company, ''), IFNULL(a.role, ''), a.status, a.applied_on, a.last_activity_on,
a.next_action_on, IFNULL(a.location, ''), IFNULL(a.source, ''),
IFNULL((SELECT c.name FROM application_contact AS ac JOIN contact AS c ON c.id = ac.contact_id
         WHERE ac.application_id = a.id ORDER BY c.id LIMIT 1), '') AS contact,
IFNULL(a.next_action, '')
"""
_SEARCH = """
IFNULL(a.company, '') || char(10) || IFNULL(a.role, '') || char(10) || IFNULL(a.location, '')
|| char(10) || IFNULL(a.notes, '')
"""
_FROM = " FROM application AS a WHERE a.archived = 0 "
_CHUNK = 5000


@dataclass(frozen=True)
class TrackerRows:
    """Rows in id order, with each row's lower-cased search text at the same index."""

    rows: list[TrackerRow]
    haystacks: list[str]


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
    connection.execute("PRAGMA query_only = ON")
    return connection


def _casefold(texts: Iterable[str]) -> list[str]:
    # What the search box matches against: folded (case and accents) once here, not on every
    # keystroke.
    return fold_all(texts)


def _read(path: Path, clause: str, parameters: tuple[Any, ...] = ()) -> TrackerRows:
    """A few rows with their search text, in one query."""
    connection = _connect(path)
    try:
        records = connection.execute(
            f"SELECT {_COLUMNS}, {_SEARCH} {_FROM} {clause}", parameters
        ).fetchall()
    finally:
        connection.close()
    return TrackerRows([_row(record[:-1]) for record in records], _casefold(r[-1] for r in records))


def read_all(path: Path) -> TrackerRows:
    """Every application that is not archived, in id order.

    Statuses, dates, places and sources repeat across rows, yet sqlite3 hands out a new string
    for every cell: rows are rebuilt a chunk at a time with one shared string per distinct
    value, which saves about 30 MB at 100,000 rows for some 50 ms. The search text comes from a
    second query, so the raw text never sits in the rows.
    """
    return read_range(path, 0, None, {None: None})


def read_range(
    path: Path, after_id: int, limit: int | None, shared: dict[Any, Any] | None = None
) -> TrackerRows:
    """Up to `limit` applications (None: all) with an id above `after_id`, in id order.

    The window reads a big file this way, one slice per turn of the event loop, passing the
    same `shared` dict each time so repeated values stay one string across slices.
    """
    share: Any = (shared if shared is not None else {None: None}).setdefault
    rows: list[TrackerRow] = []
    where = "AND a.id > ? ORDER BY a.id" + (" LIMIT ?" if limit is not None else "")
    parameters: tuple[int, ...] = (after_id,) if limit is None else (after_id, limit)
    connection = _connect(path)
    try:
        connection.execute("BEGIN")  # one snapshot for both queries
        cursor = connection.execute(f"SELECT {_COLUMNS} {_FROM} {where}", parameters)
        while chunk := cursor.fetchmany(_CHUNK):
            rows.extend(
                [
                    _row(
                        (
                            ident,
                            company,
                            role,
                            share(status, status),
                            share(applied, applied),
                            share(last, last),
                            share(due, due),
                            share(location, location),
                            share(source, source),
                            contact,
                            next_action,
                        )
                    )
                    for (
                        ident,
                        company,
                        role,
                        status,
                        applied,
                        last,
                        due,
                        location,
                        source,
                        contact,
                        next_action,
                    ) in chunk
                ]
            )
        # The same rows' search text: bounded by the last id read, so a row added meanwhile
        # cannot shift the two lists apart.
        last_id = rows[-1].id if rows else after_id
        search = connection.execute(
            f"SELECT {_SEARCH} {_FROM} AND a.id > ? AND a.id <= ? ORDER BY a.id",
            (after_id, last_id),
        )
        haystacks = _casefold(text for (text,) in search)
    finally:
        connection.close()
    return TrackerRows(rows, haystacks)


def read_first(path: Path, limit: int, order_by: str = "", descending: bool = False) -> TrackerRows:
    """The first screenful in the table's saved order, so the window shows data at once."""
    ordering = _ORDER_BY.get(order_by, "a.id")
    if descending:
        ordering = ", ".join(f"{part} DESC" for part in ordering.split(", "))
    # Fixed fragments only: the ordering comes from _ORDER_BY, never from user text.
    return _read(path, f"ORDER BY {ordering}, a.id LIMIT ?", (limit,))


def read_one(path: Path, application_id: int) -> tuple[TrackerRow, str] | None:
    """One application's row and search text, or None when it is gone (or archived)."""
    result = _read(path, "AND a.id = ?", (application_id,))
    if not result.rows:
        return None
    return result.rows[0], result.haystacks[0]
