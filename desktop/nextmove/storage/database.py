"""Opening the database file: checks, pre-migration backup, migrations, sessions."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from nextmove.storage import migrate
from nextmove.storage.backups import backup_name, backup_to
from nextmove.storage.engine import make_engine

DATABASE_NAME = "nextmove.sqlite3"
BACKUP_FOLDER = "backups"


class CorruptDatabaseError(Exception):
    """The file is not a SQLite database, or SQLite's quick_check finds it damaged."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path.name} is damaged or is not a Next Move database ({detail}).")
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class DataPaths:
    """Where one data folder keeps its database and backups."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_FOLDER

    def create(self) -> None:
        """Create the folder; on POSIX only its owner may read it."""
        self.root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            self.root.chmod(0o700)


class Database:
    """An open, migrated database file and the factory for its short sessions."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def check_integrity(path: Path) -> None:
    """Raise CorruptDatabaseError unless `path` is a healthy SQLite file (or absent/empty)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(path, str(error)) from error
    if rows != [("ok",)]:
        raise CorruptDatabaseError(path, "; ".join(str(r[0]) for r in rows[:3]))


def open_database(paths: DataPaths) -> Database:
    """Check, back up if a migration is due, migrate, and open the data folder's database."""
    paths.create()
    path = paths.database
    check_integrity(path)
    existed = path.exists() and path.stat().st_size > 0
    due = migrate.needs_migration(path)
    if due and existed:
        backup_to(path, paths.backups / backup_name("before-upgrade"))
    if not existed and os.name == "posix":
        # SQLite gives the -wal and -shm files the database's mode: make it private first.
        path.touch(mode=0o600)
    engine = make_engine(path)
    if due:
        migrate.upgrade(engine)
    if os.name == "posix":
        path.chmod(0o600)
    return Database(path, engine)
