"""Is a file a healthy SQLite database? Cheap header checks and SQLite's own quick_check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


class CorruptDatabaseError(Exception):
    """The file is not a SQLite database, or SQLite's quick_check finds it damaged."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path.name} is damaged or is not a Next Move database ({detail}).")
        self.path = path
        self.detail = detail


def check_header(path: Path) -> None:
    """Raise CorruptDatabaseError unless `path` starts like a SQLite file (absent/empty pass).

    Reads 16 bytes: cheap enough for every startup, and it catches a file replaced by
    something else entirely (a sync conflict, a truncated download, random bytes).
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as stream:
        header = stream.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise CorruptDatabaseError(path, "file is not a database")


def check_integrity(path: Path) -> None:
    """Raise CorruptDatabaseError unless `path` is a healthy SQLite file (or absent/empty).

    Opens read-only: a damaged file is examined, never changed. A WAL left by a crash is read
    along with the file, so what is checked is what the app would see.
    """
    check_header(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(path, str(error)) from error
    if rows != [("ok",)]:
        raise CorruptDatabaseError(path, "; ".join(str(r[0]) for r in rows[:3]))


def readonly_uri(path: Path) -> str:
    """A SQLite URI opening `path` read-only; percent-encoded, so '?' or '#' in names are safe."""
    return f"{path.resolve().as_uri()}?mode=ro"
