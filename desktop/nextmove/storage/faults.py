"""What went wrong with the data folder, said in the person's words.

SQLite and the operating system report faults as codes and library text ("database or disk is
full", "disk I/O error", errno 30, a wrapped SQL statement with its parameters). `explain`
turns any error met while opening, reading or writing the data into one sentence that names
what happened: a full disk, a read-only folder, a folder where the database should be, a file
that is not a database, a data format this version does not know. The details (SQL, library
text) belong in the log, never on screen or in a command's output.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from enum import StrEnum
from pathlib import Path

# Below this much free space an I/O error is a full disk: SQLite reports a failed write as
# SQLITE_FULL, but growing its shared-memory file on a full disk fails as a plain I/O error.
LOW_SPACE_BYTES = 1024 * 1024


class Fault(StrEnum):
    DISK_FULL = "disk_full"
    READ_ONLY_FOLDER = "read_only_folder"
    READ_ONLY_FILE = "read_only_file"
    DATABASE_IS_FOLDER = "database_is_folder"
    NOT_A_FOLDER = "not_a_folder"
    NO_DATABASE = "no_database"
    UNKNOWN_REVISION = "unknown_revision"
    NEEDS_UPGRADE = "needs_upgrade"
    UPGRADE_FAILED = "upgrade_failed"
    BUSY = "busy"
    NO_ACCESS = "no_access"
    DISK_ERROR = "disk_error"


class DataFolderError(Exception):
    """A fault of the data folder; the message is the sentence to show, as it is."""

    def __init__(self, fault: Fault, message: str) -> None:
        super().__init__(message)
        self.fault = fault


def disk_full(folder: Path | None) -> DataFolderError:
    where = "" if folder is None else f", so nothing more can be saved in {folder}"
    return DataFolderError(
        Fault.DISK_FULL,
        f"The disk is full{where}; free some space and try again (nothing was changed).",
    )


def read_only_folder(folder: Path | None) -> DataFolderError:
    where = "The data folder" if folder is None else f"The data folder {folder}"
    return DataFolderError(
        Fault.READ_ONLY_FOLDER,
        f"{where} is read-only, so nothing can be changed in it; make it writable, or work on "
        "a copy in a folder you may write to.",
    )


def read_only_file(path: Path) -> DataFolderError:
    return DataFolderError(
        Fault.READ_ONLY_FILE,
        f"The database file {path} is read-only, so nothing can be changed in it; make it "
        "writable.",
    )


def database_is_folder(path: Path) -> DataFolderError:
    return DataFolderError(
        Fault.DATABASE_IS_FOLDER,
        f"There is a folder where the database should be ({path}); move it out of the way, "
        "or use another data folder.",
    )


def no_database(folder: Path) -> DataFolderError:
    return DataFolderError(Fault.NO_DATABASE, f"There is no Next Move database in {folder}.")


def unknown_revision(folder: Path, revision: str) -> DataFolderError:
    return DataFolderError(
        Fault.UNKNOWN_REVISION,
        f"The data in {folder} is in a format this version of Next Move does not know "
        f"(revision {revision}); open it with the version that saved it, or restore a backup "
        "(nothing was changed).",
    )


def needs_upgrade(folder: Path) -> DataFolderError:
    return DataFolderError(
        Fault.NEEDS_UPGRADE,
        f"The data in {folder} was saved by an older version of Next Move and must be "
        "upgraded first, but the folder is read-only; make it writable and try again.",
    )


BUSY_MESSAGE = "The database stayed busy (another program is writing to it); try again."


def writable(path: Path) -> bool:
    """May this process create or change files at `path`? (False on a read-only disk too.)"""
    return os.access(path, os.W_OK)


def explain(error: BaseException, folder: Path | None) -> DataFolderError | None:
    """The fault behind `error` in words, or None when it is not a fault of the data.

    `folder` is the data folder: free space and write access are checked there, since the
    library's own text ("disk I/O error") rarely says which of them it was.
    """
    for cause in _chain(error):
        if isinstance(cause, DataFolderError):
            return cause
        if isinstance(cause, sqlite3.Error):
            return _from_sqlite(cause, folder)
        if isinstance(cause, OSError):
            return _from_os(cause, folder)
    return None


def _chain(error: BaseException) -> list[BaseException]:
    """The error, what it wraps (SQLAlchemy's `orig`), and what caused it."""
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or any(current is s for s in seen) or len(seen) > 10:
            continue
        seen.append(current)
        orig = getattr(current, "orig", None)
        pending += [orig if isinstance(orig, BaseException) else None, current.__cause__]
    return seen


def _database(folder: Path | None) -> Path | None:
    from nextmove.storage.layout import DATABASE_NAME

    return None if folder is None else folder / DATABASE_NAME


def _low_on_space(folder: Path | None) -> bool:
    if folder is None:
        return False
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            try:
                return shutil.disk_usage(candidate).free < LOW_SPACE_BYTES
            except OSError:
                return False
    return False


def _read_only(folder: Path | None) -> DataFolderError | None:
    """Which of the folder or the database file refuses writes, if one does."""
    database = _database(folder)
    if folder is None or database is None or not folder.is_dir():
        return None
    if not writable(folder):
        return read_only_folder(folder)
    if database.is_file() and not writable(database):
        return read_only_file(database)
    return None


def _from_sqlite(error: sqlite3.Error, folder: Path | None) -> DataFolderError | None:
    name = str(getattr(error, "sqlite_errorname", "") or "")
    text = str(error).lower()
    database = _database(folder)
    if name == "SQLITE_FULL" or "disk is full" in text:
        return disk_full(folder)
    if database is not None and database.is_dir():
        return database_is_folder(database)
    if name.startswith("SQLITE_BUSY") or "database is locked" in text:
        return DataFolderError(Fault.BUSY, BUSY_MESSAGE)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return _read_only(folder) or read_only_folder(folder)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk i/o error" in text:
        if folder is not None and _low_on_space(folder):
            return disk_full(folder)
        read_only = _read_only(folder)
        if read_only is not None:
            return read_only
        where = database or folder
        return DataFolderError(
            Fault.DISK_ERROR,
            f"The disk reported an error while using {where}; check the disk and try again "
            "(nothing was changed).",
        )
    return None


def _from_os(error: OSError, folder: Path | None) -> DataFolderError | None:
    filename = Path(error.filename) if error.filename else None
    if error.errno in {errno.ENOSPC, errno.EDQUOT}:
        return disk_full(folder or (filename.parent if filename else None))
    if error.errno == errno.EROFS or (
        error.errno in {errno.EACCES, errno.EPERM} and folder is not None
    ):
        found = _read_only(folder)
        if found is not None:
            return found
        if error.errno == errno.EROFS and folder is not None:
            return read_only_folder(folder)
        where = filename or folder
        return DataFolderError(
            Fault.NO_ACCESS,
            f"Next Move may not change {where}; check who owns it and its permissions.",
        )
    database = _database(folder)
    if isinstance(error, IsADirectoryError) and database is not None and database.is_dir():
        return database_is_folder(database)
    return None


def file_in_the_way(path: Path) -> Path | None:
    """The file (not a folder) at `path` or at one of its parents, if there is one."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return None if candidate.is_dir() else candidate
    return None


def unexpected(error: BaseException) -> str:
    """An error nobody foresaw: its library's short reason, never the SQL or its parameters."""
    from nextmove import logs

    orig = getattr(error, "orig", None)
    reason = orig if isinstance(orig, BaseException) else error
    detail = " ".join(str(reason).split())
    for cut in (" [SQL:", " (Background on", " [parameters:"):
        detail = detail.split(cut, 1)[0]
    detail = logs.scrub(detail)[:200] or type(reason).__name__
    return f"unexpected error: {detail} (details are in {logs.log_folder() / logs.FILE_NAME})"
