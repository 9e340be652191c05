"""When each application entered its current stage: the date of its latest status entry.

Read straight from the file with sqlite3 (like `tracker_rows`), in one grouped query, so the
board can say "12 days in stage" for 10,000 cards without loading the ORM. It only reads; the
status itself is written by `ApplicationRepository` and the timeline alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from nextmove.domain.status import EVENT_STATUS

_KINDS = tuple(kind.value for kind in EVENT_STATUS)
_PLACES = ", ".join("?" for _ in _KINDS)
# The latest status entry is the one with the latest date (timeline rule), so its date is the
# greatest date among status entries.
# Only placeholders are ever put into it, never values.
_QUERY = (
    "SELECT application_id, MAX(occurred_on) FROM stage_event "  # noqa: S608
    f"WHERE kind IN ({_PLACES}) {{where}} GROUP BY application_id"
)


def stage_since(path: Path, ids: Iterable[int] | None = None) -> dict[int, str]:
    """Application id -> ISO date its current stage began, for `ids` (None: every one)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
    try:
        connection.execute("PRAGMA query_only = ON")
        if ids is None:
            records = connection.execute(_QUERY.format(where=""), _KINDS).fetchall()
        else:
            wanted = list(ids)
            records = []
            # SQLite caps the number of parameters: ask in slices.
            for start in range(0, len(wanted), 500):
                part = wanted[start : start + 500]
                where = f"AND application_id IN ({', '.join('?' for _ in part)})"
                records += connection.execute(
                    _QUERY.format(where=where), (*_KINDS, *part)
                ).fetchall()
    finally:
        connection.close()
    return {ident: str(day) for ident, day in records if day is not None}
