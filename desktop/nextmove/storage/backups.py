"""Backups through SQLite's backup API: consistent even while the app is writing.

A backup is one self-contained SQLite file in the data folder's `backups/` folder, named
`nextmove-YYYYMMDD-HHMMSS-<reason>.sqlite3`, readable only by its owner; it carries the
documents it refers to (see `document_files`). Restoring goes through
the same API in the other direction, so a live database is never overwritten by a file copy.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from nextmove.storage import document_files, migrate
from nextmove.storage.integrity import (
    CorruptDatabaseError,
    check_header,
    check_integrity,
    readonly_uri,
)
from nextmove.storage.permissions import PRIVATE_FOLDER, make_private

BACKUP_SUFFIX = ".sqlite3"
DEFAULT_KEEP = 10
BUSY_TIMEOUT_S = 5.0
STALE_PARTIAL_S = 3600

# Why a backup was made; shown to the user next to its date.
DAILY = "daily"
MANUAL = "manual"
BEFORE_UPGRADE = "before-upgrade"
BEFORE_RESTORE = "before-restore"

_NAME = re.compile(r"^nextmove-(\d{8}-\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.sqlite3$")


class BackupError(Exception):
    """A file cannot be used as a backup; the message says why, in the user's words."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    sequence: int = 1


def _private_empty_file(path: Path) -> None:
    """Create `path` empty with mode 0600 before SQLite writes a byte of user data into it."""
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder, PRIVATE_FOLDER)


def backup_to(source: Path, destination: Path) -> Path:
    """Copy a live database into `destination` page by page, never with a file copy.

    The copy is switched to the rollback journal so it stays one file (no -wal/-shm beside it)
    and is renamed into place only once complete, so a crash never leaves a half backup.
    """
    _private_folder(destination.parent)
    partial = destination.with_name(destination.name + ".partial")
    _private_empty_file(partial)
    try:
        src = sqlite3.connect(readonly_uri(source), uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def backup_name(reason: str, when: datetime | None = None, sequence: int = 1) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = f"-{sequence}" if sequence > 1 else ""
    return f"nextmove-{stamp}-{reason}{suffix}{BACKUP_SUFFIX}"


def parse_backup(path: Path) -> BackupInfo | None:
    """The backup's date and reason from its name, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    try:
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    sequence = int(match.group(3) or 1)
    return BackupInfo(path, created, match.group(2), path.stat().st_size, sequence)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := parse_backup(p)) is not None]
    # Names tell the second; within one second, the file's own time orders them.
    return sorted(
        found, key=lambda b: (b.created, b.sequence, b.path.stat().st_mtime_ns), reverse=True
    )


def _still_good(path: Path) -> bool:
    """A backup that passed quick_check when it was made and still opens as a Next Move file
    this version can restore. Reads the header and the revision only: checking every page of
    every kind would add a second or more to each backup of a large file."""
    try:
        check_header(path)
        revision = migrate.stored_revision(path)
    except (CorruptDatabaseError, sqlite3.Error, OSError):
        return False
    if revision is None or revision > migrate.HEAD_REVISION:
        return False
    return revision == migrate.HEAD_REVISION or migrate.is_known(revision)


def _newest_good_of_each_kind(backups: list[BackupInfo]) -> set[Path]:
    """For each reason (daily, manual, before-upgrade...), its newest backup that can be
    restored: usually the newest of its kind, so one cheap check per kind."""
    found: dict[str, Path] = {}
    for info in backups:
        if info.reason not in found and _still_good(info.path):
            found[info.reason] = info.path
    return set(found.values())


def prune_backups(folder: Path, keep: int, *, now: float | None = None) -> list[Path]:
    """Delete all but the `keep` newest backups; returns what was deleted.

    The newest good backup of each kind is always kept as well: ten daily backups, or ten
    attempts at an upgrade, never push out the last manual or before-upgrade copy. Only files
    named like our backups are ever touched, plus unfinished copies (`.partial`) that a crash
    left behind: those older than an hour, so a backup still being written by another process
    is never pulled from under it.
    """
    removed = []
    backups = list_backups(folder)
    kept = {info.path for info in backups[: max(keep, 1)]} | _newest_good_of_each_kind(backups)
    for info in backups:
        if info.path in kept:
            continue
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    cutoff = (time.time() if now is None else now) - STALE_PARTIAL_S
    for partial in folder.glob(f"nextmove-*{BACKUP_SUFFIX}.partial"):
        if partial.stat().st_mtime < cutoff:
            partial.unlink(missing_ok=True)
            removed.append(partial)
    return removed


def daily_backup_due(folder: Path, today: date) -> bool:
    """True unless a backup of any kind was already made today."""
    return all(b.created.date() != today for b in list_backups(folder))


def create_backup(
    database: Path,
    folder: Path,
    reason: str,
    *,
    keep: int | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up `database` into `folder`, check the copy, then prune to the `keep` newest.

    The copy is checked with quick_check: a backup is only worth keeping if it can be restored,
    and since it is a page-by-page copy, a damaged copy also means damaged data, said early.
    """
    when = (now or datetime.now()).replace(microsecond=0)
    sequence = 1
    while (folder / backup_name(reason, when, sequence)).exists():
        sequence += 1
    check_header(database)
    try:
        destination = backup_to(database, folder / backup_name(reason, when, sequence))
    except sqlite3.OperationalError:
        raise  # busy, locked, disk full: the file itself is fine
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(database, str(error)) from error
    # The documents the copy refers to travel inside it (checked with it just below).
    document_files.pack_into_backup(destination, document_files.folder_for(database))
    try:
        check_integrity(destination)
    except CorruptDatabaseError as error:
        destination.replace(destination.with_name(destination.name + ".damaged"))
        raise CorruptDatabaseError(database, error.detail) from error
    if keep is not None:
        prune_backups(folder, keep)
    return BackupInfo(destination, when, reason, destination.stat().st_size, sequence)


def inspect_backup(path: Path) -> str:
    """The schema revision of a file offered for restore; BackupError if it cannot be restored."""
    try:
        check_integrity(path)
        if not path.exists() or path.stat().st_size == 0:
            raise BackupError(f"{path.name} is empty or missing.")
        revision = migrate.stored_revision(path)
        connection = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            has_applications = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='application'"
            ).fetchone()
        finally:
            connection.close()
    except CorruptDatabaseError as error:
        raise BackupError(f"{path.name} is damaged or is not a Next Move backup.") from error
    except (sqlite3.DatabaseError, OSError) as error:
        raise BackupError(f"{path.name} cannot be read as a Next Move backup ({error}).") from error
    if revision is None or has_applications is None:
        raise BackupError(f"{path.name} is not a Next Move backup.")
    if revision > migrate.HEAD_REVISION:
        raise BackupError(
            f"{path.name} was made by a newer version of Next Move. Install the newer version "
            "to restore it."
        )
    if revision != migrate.HEAD_REVISION and not migrate.is_known(revision):
        raise BackupError(
            f"{path.name} is in a format this version of Next Move does not know (revision "
            f"{revision}), so it cannot be restored."
        )
    return revision


def restore_into(backup: Path, database: Path) -> None:
    """Replace the content of `database` with `backup` through the backup API.

    Other connections to `database` must be closed first (the app disposes its engine); SQLite's
    locks still guard the copy, and WAL mode of the destination is kept.
    """
    inspect_backup(backup)
    try:  # the backup's documents first: a damaged one stops the restore before any change
        document_files.unpack_from_backup(backup, document_files.folder_for(database))
    except document_files.DocumentFileError as error:
        raise BackupError(str(error)) from error
    if not database.exists():
        _private_empty_file(database)
    src = sqlite3.connect(readonly_uri(backup), uri=True)
    try:
        dst = sqlite3.connect(database, timeout=BUSY_TIMEOUT_S)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    document_files.drop_archive(database)


def latest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes its checks and this version can open."""
    for info in list_backups(folder):
        try:
            inspect_backup(info.path)
        except BackupError:
            continue
        return info
    return None
