"""Failed upgrades and backups: one before-upgrade backup per version step, not per attempt;
pruning never removes the newest good backup of each kind; every file private, whatever the
umask."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nextmove.storage import migrate
from nextmove.storage.backups import (
    BEFORE_UPGRADE,
    DAILY,
    MANUAL,
    BackupError,
    backup_name,
    create_backup,
    inspect_backup,
    latest_good_backup,
    list_backups,
    prune_backups,
)
from nextmove.storage.database import DataPaths, open_database
from nextmove.storage.engine import make_engine
from nextmove.storage.faults import DataFolderError, Fault
from tests.storage.helpers import add_applications, companies

T0 = datetime(2026, 11, 20, 9, 30, 0)


def _file_at_revision(path: Path, revision: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    migrate.upgrade(engine, revision)
    engine.dispose()


def _blocked_upgrade(paths: DataPaths) -> None:
    """A 0002 file whose upgrade to 0003 fails every time: a table in the way (a hand edit)."""
    _file_at_revision(paths.database, "0002")
    add_applications(paths.database, 2)
    with sqlite3.connect(paths.database) as connection:
        connection.execute("CREATE TABLE reflection (id INTEGER PRIMARY KEY)")
    connection.close()


def _before_upgrade(paths: DataPaths) -> list[Path]:
    return [b.path for b in list_backups(paths.backups) if b.reason == BEFORE_UPGRADE]


def test_a_failed_upgrade_makes_one_backup_however_often_it_is_tried(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    _blocked_upgrade(paths)

    for _ in range(3):
        with pytest.raises(DataFolderError) as raised:
            open_database(paths)
        assert raised.value.fault is Fault.UPGRADE_FAILED
        assert "could not be brought up to this version" in str(raised.value)
        assert "CREATE TABLE" not in str(raised.value)

    [backup] = _before_upgrade(paths)
    assert migrate.stored_revision(backup) == "0002"
    assert migrate.stored_revision(paths.database) == "0002"  # rolled back every time
    assert companies(paths.database) == ["Company 0", "Company 1"]

    # The file changes (used with the version that wrote it): that is new data, a new backup.
    add_applications(paths.database, 1, prefix="Later")
    with pytest.raises(DataFolderError):
        open_database(paths)
    assert len(_before_upgrade(paths)) == 2

    # Once the table is out of the way (a change: one more backup) the upgrade goes through;
    # the backups stay and the record of the attempt goes.
    with sqlite3.connect(paths.database) as connection:
        connection.execute("DROP TABLE reflection")
    connection.close()
    open_database(paths).close()
    assert migrate.stored_revision(paths.database) == migrate.HEAD_REVISION
    assert len(_before_upgrade(paths)) == 3
    assert sorted(p.name for p in paths.backups.iterdir()) == sorted(
        p.name for p in _before_upgrade(paths)
    )


def test_an_unknown_revision_is_refused_before_any_backup(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    _file_at_revision(paths.database, "0002")
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001zz'")
    connection.close()
    for _ in range(2):
        with pytest.raises(DataFolderError) as raised:
            open_database(paths)
        assert raised.value.fault is Fault.UNKNOWN_REVISION
        assert "revision 0001zz" in str(raised.value)
    assert _before_upgrade(paths) == []
    assert migrate.stored_revision(paths.database) == "0001zz"


def test_many_backups_of_one_kind_never_push_out_the_last_of_another(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    manual = create_backup(paths.database, paths.backups, MANUAL, now=T0)
    upgrade = create_backup(paths.database, paths.backups, BEFORE_UPGRADE, now=T0)
    for day in range(1, 13):
        create_backup(paths.database, paths.backups, DAILY, now=T0 + timedelta(days=day), keep=10)
    left = list_backups(paths.backups)
    assert [b.reason for b in left].count(DAILY) == 10
    assert manual.path.exists()
    assert upgrade.path.exists()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    paths = DataPaths(folder / "data")
    open_database(paths).close()
    info = create_backup(paths.database, paths.backups, MANUAL, now=T0)
    return info.path


KINDS = [DAILY, MANUAL, BEFORE_UPGRADE, "before-restore"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    made=st.lists(st.tuples(st.sampled_from(KINDS), st.booleans()), min_size=1, max_size=14),
    keep=st.integers(min_value=1, max_value=6),
)
def test_pruning_keeps_the_newest_n_and_the_newest_good_of_each_kind(
    tmp_path_factory: pytest.TempPathFactory,
    template: Path,
    made: list[tuple[str, bool]],
    keep: int,
) -> None:
    folder = tmp_path_factory.mktemp("backups")
    files = []  # oldest first
    for minute, (reason, damaged) in enumerate(made):
        path = folder / backup_name(reason, T0 + timedelta(minutes=minute))
        if damaged:
            path.write_bytes(b"not a database at all" * 100)
        else:
            shutil.copyfile(template, path)
        files.append((path, reason, damaged))

    prune_backups(folder, keep)

    newest_first = list(reversed(files))
    expected = {path for path, _reason, _damaged in newest_first[:keep]}
    for kind in KINDS:
        good = [p for p, reason, damaged in newest_first if reason == kind and not damaged]
        expected |= set(good[:1])
    assert {b.path for b in list_backups(folder)} == expected
    for path in expected:
        if path.read_bytes()[:6] == b"SQLite":
            inspect_backup(path)


def test_every_file_is_private_even_under_umask_000(data_dir: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX modes")
    paths = DataPaths(data_dir)
    old = os.umask(0)
    try:
        database = open_database(paths)
        create_backup(paths.database, paths.backups, MANUAL, now=T0)
        database.close()
        assert paths.clean_marker.exists()
        (paths.root / "settings.ini").write_text("[backups]\nkeep=3\n", encoding="utf-8")
        # A backup from before the rule, or loosened by hand, and a loosened folder:
        shutil.copyfile(
            list_backups(paths.backups)[0].path,
            paths.backups / backup_name(DAILY, T0 - timedelta(days=30)),
        )
        for loose in paths.backups.iterdir():
            loose.chmod(0o644)
        paths.backups.chmod(0o755)
        paths.database.chmod(0o644)

        open_database(paths).close()
    finally:
        os.umask(old)

    modes = {
        str(path.relative_to(paths.root)): path.stat().st_mode & 0o777
        for path in [paths.root, *paths.root.rglob("*")]
    }
    assert modes.pop(".") == 0o700
    assert modes.pop("backups") == 0o700
    assert set(modes.values()) == {0o600}, modes
    assert "clean-shutdown.json" in modes
    assert "settings.ini" in modes
    assert len([name for name in modes if name.startswith("backups/")]) == 2


def test_a_backup_at_an_unknown_revision_is_neither_restored_nor_offered(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    good = create_backup(paths.database, paths.backups, MANUAL, now=T0)
    odd = create_backup(paths.database, paths.backups, MANUAL, now=T0 + timedelta(minutes=1))
    with sqlite3.connect(odd.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001zz'")
    connection.close()

    with pytest.raises(BackupError, match=r"does not know \(revision 0001zz\)"):
        inspect_backup(odd.path)
    best = latest_good_backup(paths.backups)
    assert best is not None
    assert best.path == good.path
