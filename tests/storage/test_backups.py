"""Backups: made online, private and checked; pruned to the newest N; restored in place."""

import os
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from nextmove.storage import migrate
from nextmove.storage.backups import (
    DAILY,
    MANUAL,
    BackupError,
    create_backup,
    daily_backup_due,
    inspect_backup,
    latest_good_backup,
    list_backups,
    prune_backups,
    restore_into,
)
from nextmove.storage.database import DataPaths, open_database
from tests.storage.helpers import add_applications, companies, damage_table_pages

T0 = datetime(2026, 11, 20, 9, 30, 0)


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    return paths


def test_backup_of_a_live_database_holds_its_data_and_is_private(paths: DataPaths) -> None:
    database = open_database(paths)
    add_applications(paths.database, 2)
    with database.engine.connect() as connection:  # the app is open while the backup runs
        connection.execute(text("SELECT count(*) FROM application")).scalar()
        info = create_backup(paths.database, paths.backups, MANUAL, now=T0)
    database.close()

    assert info.path.name == "nextmove-20261120-093000-manual.sqlite3"
    assert companies(info.path) == ["Company 0", "Company 1"]
    assert info.size == info.path.stat().st_size > 0
    # One self-contained file: no -wal/-shm beside it, and no leftover partial file.
    assert sorted(p.name for p in paths.backups.iterdir()) == [info.path.name]
    if os.name == "posix":
        assert (paths.backups.stat().st_mode & 0o777) == 0o700
        assert (info.path.stat().st_mode & 0o777) == 0o600


def test_two_backups_in_the_same_second_never_overwrite_each_other(paths: DataPaths) -> None:
    first = create_backup(paths.database, paths.backups, MANUAL, now=T0)
    add_applications(paths.database, 1)
    second = create_backup(paths.database, paths.backups, MANUAL, now=T0)
    assert first.path != second.path
    assert companies(first.path) == []
    assert companies(second.path) == ["Company 0"]
    assert [b.path for b in list_backups(paths.backups)] == [second.path, first.path]


def test_pruning_keeps_the_newest_and_ignores_other_files(paths: DataPaths) -> None:
    made = [
        create_backup(paths.database, paths.backups, DAILY, now=T0 + timedelta(days=d))
        for d in range(6)
    ]
    keepsake = paths.backups / "my-own-copy.sqlite3"
    keepsake.write_bytes(b"mine")

    removed = prune_backups(paths.backups, 4)

    assert sorted(removed) == sorted(b.path for b in made[:2])
    assert [b.path for b in list_backups(paths.backups)] == [b.path for b in reversed(made[2:])]
    assert keepsake.read_bytes() == b"mine"


def test_pruning_clears_unfinished_copies_left_by_a_crash(paths: DataPaths) -> None:
    made = create_backup(paths.database, paths.backups, DAILY, now=T0)
    old = paths.backups / "nextmove-20261101-080000-daily.sqlite3.partial"
    fresh = paths.backups / "nextmove-20261120-093001-manual.sqlite3.partial"
    old.write_bytes(b"half a copy")
    fresh.write_bytes(b"being written right now")
    os.utime(old, (time.time() - 7200, time.time() - 7200))

    assert prune_backups(paths.backups, 10) == [old]
    assert fresh.exists()
    assert made.path.exists()


def test_create_backup_prunes_when_given_a_limit(paths: DataPaths) -> None:
    for d in range(3):
        create_backup(paths.database, paths.backups, DAILY, now=T0 + timedelta(days=d), keep=2)
    assert [b.created.day for b in list_backups(paths.backups)] == [22, 21]


def test_a_daily_backup_is_due_once_per_day(paths: DataPaths) -> None:
    assert daily_backup_due(paths.backups, T0.date())
    create_backup(paths.database, paths.backups, DAILY, now=T0)
    assert not daily_backup_due(paths.backups, T0.date())
    assert daily_backup_due(paths.backups, date(2026, 11, 21))


def test_restore_replaces_the_live_content_and_keeps_wal(paths: DataPaths) -> None:
    add_applications(paths.database, 2, prefix="Before")
    backup = create_backup(paths.database, paths.backups, MANUAL, now=T0)
    database = open_database(paths)
    add_applications(paths.database, 5, prefix="After")
    database.close()

    restore_into(backup.path, paths.database)

    database = open_database(paths)
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        names = connection.execute(text("SELECT company FROM application ORDER BY id")).scalars()
        assert list(names) == ["Before 0", "Before 1"]
    database.close()


def test_restore_refuses_files_that_are_not_backups(paths: DataPaths, tmp_path: Path) -> None:
    before = companies(paths.database)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.close()

    with pytest.raises(BackupError, match="damaged or is not a Next Move backup"):
        restore_into(junk, paths.database)
    with pytest.raises(BackupError, match="is not a Next Move backup"):
        restore_into(other, paths.database)
    assert companies(paths.database) == before


def test_backup_from_a_newer_version_is_refused(paths: DataPaths) -> None:
    backup = create_backup(paths.database, paths.backups, MANUAL, now=T0)
    with sqlite3.connect(backup.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(BackupError, match="newer version"):
        inspect_backup(backup.path)


def test_latest_good_backup_skips_damaged_ones(paths: DataPaths) -> None:
    add_applications(paths.database, 300, text="x" * 400)
    good = create_backup(paths.database, paths.backups, DAILY, now=T0)
    bad = create_backup(paths.database, paths.backups, DAILY, now=T0 + timedelta(days=1))
    damage_table_pages(bad.path)

    found = latest_good_backup(paths.backups)

    assert found is not None
    assert found.path == good.path
    assert inspect_backup(good.path) == migrate.HEAD_REVISION


def test_no_backup_at_all_means_none_to_offer(data_dir: Path) -> None:
    assert latest_good_backup(DataPaths(data_dir).backups) is None
