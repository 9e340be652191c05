"""Document files in the data folder: stored once under their SHA-256, private, never changed.

`documents/<sha256>` holds the bytes of every document added; adding the same content again
(for another application, or under another name) reuses the file. A file is written once,
through a private temporary file renamed into place, and never opened for writing again: a
new version of a CV is a new document.

Backups carry the documents they reference inside the backup file itself, in an SQLite
Archive table (`sqlar`, the format `sqlite3 -A` reads), so a backup stays one file that the
backup API copies and quick_check verifies; restoring writes back any missing file after
checking its hash.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import time
from pathlib import Path

FOLDER = "documents"
CHUNK = 1024 * 1024
ARCHIVE_TABLE = "sqlar"
log = logging.getLogger(__name__)


class DocumentFileError(Exception):
    """A document's file cannot be stored or found; the message is for the person."""


def folder_for(database: Path) -> Path:
    """The documents folder beside a data folder's database."""
    return database.parent / FOLDER


def blob_path(folder: Path, sha256: str) -> Path:
    return folder / sha256


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)


def store(folder: Path, source: Path) -> tuple[str, int]:
    """Copy `source` into the store; returns its SHA-256 and size (the same content once)."""
    _private_folder(folder)
    digest = hashlib.sha256()
    size = 0
    partial = folder / f".adding-{os.getpid()}-{time.monotonic_ns()}"
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, source.open("rb") as stream:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = blob_path(folder, sha)
        if final.exists():
            partial.unlink()
        else:
            partial.replace(final)
    except FileNotFoundError as error:
        partial.unlink(missing_ok=True)
        raise DocumentFileError(f"There is no file called {source}.") from error
    except IsADirectoryError as error:
        partial.unlink(missing_ok=True)
        raise DocumentFileError(f"{source.name} is a folder, not a file.") from error
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise DocumentFileError(
            f"{source.name} could not be copied: {error.strerror or error}."
        ) from error
    return sha, size


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def prune(folder: Path, keep: set[str]) -> list[Path]:
    """Delete stored files no document refers to any more (run when no undo can need them)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        if path.is_file() and len(path.name) == 64 and path.name not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


# -- backups --------------------------------------------------------------------------------


def referenced(database: Path) -> list[str]:
    """The SHA-256 of every document a database file refers to (none before 0004)."""
    connection = sqlite3.connect(database)
    try:
        if not _has_table(connection, "document"):
            return []
        return [row[0] for row in connection.execute("SELECT DISTINCT sha256 FROM document")]
    finally:
        connection.close()


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def pack_into_backup(backup: Path, folder: Path) -> int:
    """Store every document the backup refers to inside it; returns how many were packed."""
    shas = referenced(backup)
    connection = sqlite3.connect(backup)
    try:
        with connection:
            connection.execute(
                "CREATE TABLE IF NOT EXISTS sqlar "
                "(name TEXT PRIMARY KEY, mode INT, mtime INT, sz INT, data BLOB)"
            )
            for sha in shas:
                path = blob_path(folder, sha)
                try:
                    data = path.read_bytes()
                except OSError:
                    log.warning("document %s is missing from %s; not in the backup", sha, folder)
                    continue
                connection.execute(
                    "INSERT OR REPLACE INTO sqlar VALUES (?, ?, ?, ?, ?)",
                    (f"{FOLDER}/{sha}", 0o100600, int(time.time()), len(data), data),
                )
        return len(shas)
    finally:
        connection.close()


def unpack_from_backup(backup: Path, folder: Path) -> int:
    """Write back the documents a backup carries (only missing ones; each hash checked)."""
    connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        if not _has_table(connection, ARCHIVE_TABLE):
            return 0
        rows = connection.execute("SELECT name, data FROM sqlar").fetchall()
    finally:
        connection.close()
    written = 0
    _private_folder(folder)
    for name, data in rows:
        sha = str(name).rsplit("/", 1)[-1]
        if hashlib.sha256(data).hexdigest() != sha:
            raise DocumentFileError(f"{backup.name} holds a damaged copy of a document.")
        target = blob_path(folder, sha)
        if target.exists():
            continue
        partial = folder / f".restoring-{sha}"
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        partial.replace(target)
        written += 1
    return written


def drop_archive(database: Path) -> None:
    """Remove the archive table a restore copied into the live database."""
    connection = sqlite3.connect(database, timeout=5.0)
    try:
        with connection:
            connection.execute("DROP TABLE IF EXISTS sqlar")
    finally:
        connection.close()
