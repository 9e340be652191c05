"""Is a file a healthy SQLite database? Cheap header checks and SQLite's own quick_check."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class CorruptDatabaseError(Exception):
    """The file is not a SQLite database, or SQLite's quick_check finds it damaged."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path.name} is damaged or is not a Next Move database ({detail}).")
        self.path = path
        self.detail = detail


def check_header(path: Path) -> None:
    """Raise CorruptDatabaseError unless `path` opens as a SQLite file (absent/empty pass).

    Cheap enough for every startup and every backup, and it catches a file replaced by
    something else entirely (a sync conflict, a truncated download, random bytes).

    The file is read through SQLite, never with open(): on POSIX, closing any descriptor of a
    file drops every fcntl lock this process holds on it, SQLite's included. Another process
    could then believe it is the last connection and delete the WAL under the live app.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            connection.execute("PRAGMA schema_version").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError:
        raise  # busy, locked, unreadable: not a verdict on the file's content
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(path, "file is not a database") from error


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
    """A SQLite URI opening `path` read-only; percent-encoded, so '?' or '#' in names are safe.

    In a folder nobody may write to, with no WAL beside the file, nothing can change the file:
    it is then opened immutable, since SQLite could not create the -shm file a WAL database
    otherwise needs even to be read. Anywhere else a writer may be at work, so never then.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return uri
