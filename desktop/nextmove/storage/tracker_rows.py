"""The tracker table's read path: plain tuples straight from sqlite3, in one query.

The table shows every application at once (100,000 must not stall), so this path skips the ORM:
one query returns exactly the columns the table shows, dates stay ISO strings (they sort and
compare as text), and repeated values (statuses, dates, places) are shared rather than copied
100,000 times. It only reads; every write goes through `ApplicationRepository`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

# The file `storage.database` opens; repeated here because importing that module loads the ORM,
# which the first screenful of rows must not wait for (a test keeps the two equal).
DATABASE_FILE = "nextmove.sqlite3"

# (id, company, role, status, applied_on, last_activity_on, next_action_on, location, source,
#  contact, next_action): the order the table reads them in.
TrackerRow = tuple[int, str, str, str, str | None, str | None, str | None, str, str, str, str]

ID: Final = 0
COMPANY: Final = 1
ROLE: Final = 2
STATUS: Final = 3
APPLIED_ON: Final = 4
LAST_ACTIVITY_ON: Final = 5
NEXT_ACTION_ON: Final = 6
LOCATION: Final = 7
SOURCE: Final = 8
CONTACT: Final = 9
NEXT_ACTION: Final = 10

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
    "contact": "contact IS NULL, contact COLLATE NOCASE",
}

# The primary contact is the first one linked (lowest id): stable, and cheap through the
# association table's primary key.
_SELECT = """
SELECT a.id, a.company, a.role, a.status, a.applied_on, a.last_activity_on, a.next_action_on,
       a.location, a.source,
       (SELECT c.name FROM application_contact AS ac JOIN contact AS c ON c.id = ac.contact_id
         WHERE ac.application_id = a.id ORDER BY c.id LIMIT 1) AS contact,
       a.next_action, a.notes
  FROM application AS a
 WHERE a.archived = 0
"""


@dataclass(frozen=True)
class TrackerRows:
    """Rows in id order, with each row's lower-cased search text at the same index."""

    rows: list[TrackerRow]
    haystacks: list[str]


def search_text(company: str, role: str, location: str, notes: str) -> str:
    """What the search box matches against: casefolded once here, not on every keystroke."""
    return f"{company}\n{role}\n{location}\n{notes}".casefold()


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
    connection.execute("PRAGMA query_only = ON")
    return connection


def _build(records: Iterable[Any]) -> TrackerRows:
    shared: dict[str, str] = {}
    share = shared.setdefault
    rows: list[TrackerRow] = []
    haystacks: list[str] = []
    add_row = rows.append
    add_haystack = haystacks.append
    for record in records:
        (ident, company, role, status, applied, last, nxt, location, source, contact) = record[:10]
        next_action, notes = record[10], record[11]
        company = str(company or "")
        role = str(role or "")
        location = share(str(location or ""), str(location or ""))
        add_row(
            (
                int(ident),
                company,
                role,
                share(str(status), str(status)),
                None if applied is None else share(str(applied), str(applied)),
                None if last is None else share(str(last), str(last)),
                None if nxt is None else share(str(nxt), str(nxt)),
                location,
                share(str(source or ""), str(source or "")),
                "" if contact is None else str(contact),
                str(next_action or ""),
            )
        )
        add_haystack(search_text(company, role, location, str(notes or "")))
    return TrackerRows(rows, haystacks)


def read_all(path: Path) -> TrackerRows:
    """Every application that is not archived, in id order."""
    connection = _connect(path)
    try:
        return _build(connection.execute(_SELECT + " ORDER BY a.id"))
    finally:
        connection.close()


def read_first(path: Path, limit: int, order_by: str = "", descending: bool = False) -> TrackerRows:
    """The first screenful in the table's saved order, so the window shows data at once."""
    ordering = _ORDER_BY.get(order_by, "a.id")
    if descending:
        ordering = ", ".join(f"{part} DESC" for part in ordering.split(", "))
    connection = _connect(path)
    try:
        query = f"{_SELECT} ORDER BY {ordering}, a.id LIMIT ?"  # fixed fragments only
        return _build(connection.execute(query, (limit,)))
    finally:
        connection.close()


def read_one(path: Path, application_id: int) -> tuple[TrackerRow, str] | None:
    """One application's row and search text, or None when it is gone (or archived)."""
    connection = _connect(path)
    try:
        records = connection.execute(_SELECT + " AND a.id = ?", (application_id,)).fetchall()
    finally:
        connection.close()
    if not records:
        return None
    result = _build(records)
    return result.rows[0], result.haystacks[0]
