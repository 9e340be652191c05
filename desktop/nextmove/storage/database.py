"""Opening the database file: checks, pre-migration backup, migrations, sessions."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from nextmove.storage import faults, migrate, permissions, upgrade_backup
from nextmove.storage.backups import (
    BEFORE_RESTORE,
    BackupError,
    BackupInfo,
    create_backup,
    inspect_backup,
    restore_into,
)
from nextmove.storage.engine import apply_pragmas, make_engine
from nextmove.storage.integrity import (
    CorruptDatabaseError,
    check_header,
    check_integrity,
    readonly_uri,
)
from nextmove.storage.layout import BACKUP_FOLDER, DATABASE_NAME, LOCK_NAME, DataPaths

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

__all__ = [
    "BACKUP_FOLDER",
    "DATABASE_NAME",
    "LOCK_NAME",
    "CorruptDatabaseError",
    "DataPaths",
    "Database",
    "move_aside",
    "open_database",
    "restore_database",
]

SIDE_FILES = ("-wal", "-shm", "-journal")


class Writer(Protocol):
    """Plain SQL inside one write transaction (see `Database.transaction`)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...


class _PlainWriter:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._connection.execute(sql, parameters).fetchall()

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._connection.executemany(sql, rows)


class _EngineWriter:
    def __init__(self, connection: Any) -> None:
        self._connection = connection  # a SQLAlchemy Connection inside `begin()`

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._connection.exec_driver_sql(sql, tuple(parameters))]

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._connection.exec_driver_sql(sql, list(rows))


def _fingerprint(path: Path) -> dict[str, int]:
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def _side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _wal_is_empty(path: Path) -> bool:
    """No committed change waits in the WAL (an empty -wal may stay behind; it holds nothing)."""
    wal = _side_file(path, "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


def _checkpoint(path: Path) -> None:
    """Move the WAL's pages into the file; does nothing while another process still writes."""
    try:
        connection = sqlite3.connect(path, timeout=1.0)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return


class Database:
    """An open, migrated database file and the factory for its short sessions.

    The SQLAlchemy engine (and SQLAlchemy itself, most of a command's start-up time) is made
    on first use: a command that only reads with `read_connection` never imports it.
    """

    def __init__(
        self,
        path: Path,
        engine: Engine | None,
        clean_marker: Path | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._clean_marker = clean_marker

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.path, read_only=self.read_only)
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    def read_connection(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for reading (the caller closes it), with the pragmas
        every connection carries; read-only when the database was opened so."""
        if self.read_only:
            connection = sqlite3.connect(readonly_uri(self.path), uri=True, timeout=5.0)
            connection.execute("PRAGMA busy_timeout = 5000")
        else:
            connection = sqlite3.connect(self.path, timeout=5.0)
            apply_pragmas(connection)
        connection.isolation_level = None
        return connection

    @contextmanager
    def transaction(self) -> Iterator[Writer]:
        """One write transaction in plain SQL: committed when the block ends, rolled back
        (nothing of it kept) when it raises.

        It runs on the engine's connection when the engine exists (the app, where every write
        goes through it), and otherwise on a plain sqlite3 connection with the same pragmas, so
        a command that writes in bulk (`nextmove import`) never imports SQLAlchemy.
        """
        if self._engine is not None or self.read_only:
            with self.engine.begin() as connection:
                yield _EngineWriter(connection)
            return
        plain = sqlite3.connect(self.path, timeout=5.0)
        try:
            apply_pragmas(plain)
            plain.isolation_level = None
            plain.execute("BEGIN IMMEDIATE")
            try:
                yield _PlainWriter(plain)
            except BaseException:
                if plain.in_transaction:  # SQLite ends it by itself after some faults
                    plain.execute("ROLLBACK")
                raise
            plain.execute("COMMIT")
        finally:
            plain.close()

    def close(self) -> None:
        """Close every pooled connection; record a clean shutdown when the file is settled.

        The last connection to close checkpoints the WAL into the file and deletes it; only then
        is the file exactly what the next start will read, so only then is the marker written.
        """
        if self._engine is not None:
            self._engine.dispose()
        if self._clean_marker is None or not self.path.exists():
            return
        if not _wal_is_empty(self.path):
            _checkpoint(self.path)
        if _wal_is_empty(self.path):
            write_private(self._clean_marker, json.dumps(_fingerprint(self.path)))
        permissions.enforce(DataPaths(self._clean_marker.parent))


def write_private(path: Path, text: str) -> None:
    """Write a small file that only its owner may read, whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as stream:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        stream.write(text)


def _closed_cleanly(paths: DataPaths) -> bool:
    """True when the file is byte-for-byte as the last clean shutdown left it."""
    try:
        recorded = json.loads(paths.clean_marker.read_text(encoding="utf-8"))
        return bool(recorded == _fingerprint(paths.database) and _wal_is_empty(paths.database))
    except (OSError, ValueError):
        return False


def move_aside(path: Path, when: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way, untouched.

    The new name carries a timestamp and never replaces an existing file, so nothing the
    user had is overwritten or deleted. Returns the new path of the database file.
    """
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    number = 1
    while True:
        tag = f".damaged-{stamp}" + (f"-{number}" if number > 1 else "")
        target = path.with_name(path.name + tag)
        taken = [target, *(_side_file(target, s) for s in SIDE_FILES)]
        if not any(p.exists() for p in taken):
            break
        number += 1
    for suffix in SIDE_FILES:
        side = _side_file(path, suffix)
        if side.exists():
            side.rename(_side_file(target, suffix))
    path.rename(target)
    return target


def open_database(paths: DataPaths, *, read_only: bool = False) -> Database:
    """Check, back up if a migration is due, migrate, and open the data folder's database.

    quick_check reads every page (0.13 s for 100,000 applications, more from a cold disk), too
    slow for every start. It is skipped when the clean-shutdown marker proves the file is
    exactly as the app left it; after a crash, a kill, or any change made while the app was
    closed (sync tools, copies, another program), it runs. The 16-byte header check always runs.

    `read_only` is for commands that only read: when the folder or the file cannot be written
    (a read-only disk, a shared folder), they open the file read-only instead of failing on
    the folder's mode or the clean-shutdown marker. A database that could not be created
    leaves no file behind.
    """
    path = paths.database
    if path.is_dir():
        raise faults.database_is_folder(path)
    if read_only and paths.root.is_dir() and not _may_write(paths):
        return _open_read_only(paths)
    paths.create()
    permissions.enforce(paths)
    clean = _closed_cleanly(paths)
    paths.clean_marker.unlink(missing_ok=True)
    if clean:
        check_header(path)
    else:
        check_integrity(path)
    existed = path.exists() and path.stat().st_size > 0
    revision = _revision(path)
    due = revision != migrate.HEAD_REVISION
    if due and revision is not None and not migrate.is_known(revision):
        raise faults.unknown_revision(paths.root, revision)
    if due and existed:
        upgrade_backup.ensure(paths, revision or "")
    created = not path.exists()
    engine: Engine | None = None  # made only when a migration is due (else on first use)
    try:
        if os.name == "posix":
            # SQLite gives the -wal and -shm files the database's mode: make it private first.
            if created:
                path.touch(mode=0o600)
            for private in (path, *(_side_file(path, s) for s in SIDE_FILES)):
                permissions.make_private(private, permissions.PRIVATE_FILE)
        if due:
            engine = make_engine(path)
            _upgrade(engine, paths.root, backed_up=existed)
            upgrade_backup.upgraded(paths)
    except BaseException:
        if engine is not None:
            engine.dispose()
        if created:
            for leftover in (path, *(_side_file(path, s) for s in SIDE_FILES)):
                leftover.unlink(missing_ok=True)
        raise
    return Database(path, engine, paths.clean_marker)


def _may_write(paths: DataPaths) -> bool:
    folder_ok = faults.writable(paths.root)
    return folder_ok and (not paths.database.exists() or faults.writable(paths.database))


def _revision(path: Path) -> str | None:
    try:
        revision = migrate.stored_revision(path)
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(path, str(error)) from error
    if revision is not None and revision > migrate.HEAD_REVISION:
        raise migrate.SchemaTooNewError(path, revision)
    return revision


def _upgrade(engine: Engine, folder: Path, *, backed_up: bool) -> None:
    """Migrate in one transaction; a failure leaves the file as it was and says why."""
    try:
        migrate.upgrade(engine)
    except Exception as error:
        fault = faults.explain(error, folder)
        if fault is not None:
            raise fault from error
        kept = "; a copy was kept in its backups folder" if backed_up else ""
        raise faults.DataFolderError(
            faults.Fault.UPGRADE_FAILED,
            f"The data in {folder} could not be brought up to this version of Next Move "
            f"(nothing was changed{kept}).",
        ) from error


def _open_read_only(paths: DataPaths) -> Database:
    """Open for reading only: nothing in the folder is created, changed or removed."""
    path = paths.database
    if not path.is_file() or path.stat().st_size == 0:
        raise faults.no_database(paths.root)
    if _closed_cleanly(paths):
        check_header(path)
    else:
        check_integrity(path)
    revision = _revision(path)
    if revision != migrate.HEAD_REVISION:
        if revision is not None and not migrate.is_known(revision):
            raise faults.unknown_revision(paths.root, revision)
        raise faults.needs_upgrade(paths.root)
    return Database(path, None, None, read_only=True)


def restore_database(database: Database, backup: Path, backups_folder: Path) -> BackupInfo:
    """Replace the open database's content with `backup`; returns the undo backup.

    The file offered is checked before anything changes. The current data is then backed up
    ("before-restore": restoring it undoes this), the engine's connections are closed, and
    the content is copied in through the SQLite backup API in one transaction. A backup from
    an older version is brought up to date like any file at startup.
    """
    if backup.resolve() == database.path.resolve():
        raise BackupError(f"{backup.name} is the file Next Move is using now.")
    inspect_backup(backup)
    before = create_backup(database.path, backups_folder, BEFORE_RESTORE)
    database.engine.dispose()
    restore_into(backup, database.path)
    if migrate.needs_migration(database.path):
        migrate.upgrade(database.engine)
    return before
