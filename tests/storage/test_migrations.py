"""Upgrading a file written by an older version: backed up first, data kept, schema at head."""

import sqlite3
from pathlib import Path

from sqlalchemy import text

from nextmove.storage import migrate
from nextmove.storage.backups import BEFORE_UPGRADE, list_backups
from nextmove.storage.database import DataPaths, open_database
from nextmove.storage.engine import make_engine
from tests.storage.helpers import add_applications, companies


def _file_at_revision(path: Path, revision: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    migrate.upgrade(engine, revision)
    engine.dispose()


def test_file_from_0001_is_backed_up_then_upgraded_with_its_data(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    _file_at_revision(paths.database, "0001")
    add_applications(paths.database, 3, prefix="Old")
    assert migrate.stored_revision(paths.database) == "0001"

    database = open_database(paths)
    database.close()

    assert migrate.stored_revision(paths.database) == migrate.HEAD_REVISION
    assert companies(paths.database) == ["Old 0", "Old 1", "Old 2"]
    backups = list_backups(paths.backups)
    assert [b.reason for b in backups] == [BEFORE_UPGRADE]
    # The backup is the file as it was: old schema, same rows, a single self-contained file.
    assert migrate.stored_revision(backups[0].path) == "0001"
    assert companies(backups[0].path) == ["Old 0", "Old 1", "Old 2"]
    assert list(paths.backups.iterdir()) == [backups[0].path]


def test_upgraded_file_has_every_table_of_the_head_schema(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    _file_at_revision(paths.database, "0001")
    database = open_database(paths)
    with database.engine.connect() as connection:
        tables = set(
            connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        )
    database.close()
    assert {"application", "stage_event", "contact", "mail_account", "outbox_message"} <= tables


def test_current_file_is_neither_migrated_nor_backed_up(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    open_database(paths).close()
    assert list_backups(paths.backups) == []


def test_new_file_starts_at_head_without_backup(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    connection = sqlite3.connect(paths.database)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.HEAD_REVISION,
        )
    finally:
        connection.close()
    assert not paths.backups.exists()
