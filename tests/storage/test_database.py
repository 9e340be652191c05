import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.storage import migrate
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.database import CorruptDatabaseError, DataPaths, move_aside, open_database
from tests.storage.helpers import add_applications, companies, damage_table_pages


def test_head_revision_constant_matches_alembic() -> None:
    assert migrate.alembic_head() == migrate.HEAD_REVISION


def test_new_folder_is_migrated_and_private(data_dir: Path) -> None:
    db = open_database(DataPaths(data_dir))
    db.close()
    assert migrate.stored_revision(data_dir / "nextmove.sqlite3") == migrate.HEAD_REVISION
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    assert ((data_dir / "nextmove.sqlite3").stat().st_mode & 0o777) == 0o600


def test_pooled_connections_carry_the_pragmas(database) -> None:  # type: ignore[no-untyped-def]
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_newer_schema_is_refused_and_left_untouched(data_dir: Path) -> None:
    open_database(DataPaths(data_dir)).close()
    path = data_dir / "nextmove.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(migrate.SchemaTooNewError, match="newer version"):
        open_database(DataPaths(data_dir))
    assert path.read_bytes() == before


def test_status_change_appends_to_the_timeline(database) -> None:  # type: ignore[no-untyped-def]
    repo = ApplicationRepository(database)
    app_id = repo.add(
        ApplicationData("Acme", "Engineer", status=Status.APPLIED, applied_on=date(2026, 10, 1)),
        today=date(2026, 10, 1),
    )
    repo.set_status(app_id, Status.INTERVIEWING, date(2026, 10, 9))
    repo.set_status(app_id, Status.REJECTED, date(2026, 10, 20))
    kinds = [e.kind for e in repo.events(app_id)]
    assert kinds == [EventKind.APPLIED, EventKind.INTERVIEW, EventKind.REJECTED]
    assert repo.get(app_id).status is Status.REJECTED


def test_deleted_application_comes_back_whole(database) -> None:  # type: ignore[no-untyped-def]
    repo = ApplicationRepository(database)
    app_id = repo.add(ApplicationData("Acme", "Engineer"), today=date(2026, 10, 1))
    repo.add_event(app_id, EventKind.NOTE, date(2026, 10, 2), notes="called Sam")
    snapshot = repo.delete(app_id)
    assert repo.count() == 0
    assert repo.restore(snapshot) == app_id
    assert [e.notes for e in repo.events(app_id)] == ["", "called Sam"]


def test_models_and_migrations_agree(database) -> None:  # type: ignore[no-untyped-def]
    """A model changed without a migration (or the reverse) fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from nextmove.storage.models import Base

    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_wal_and_shm_files_are_private(data_dir: Path) -> None:
    database = open_database(DataPaths(data_dir))
    with database.sessions.begin() as session:
        session.execute(text("CREATE TABLE scratch (x)"))
        wal = data_dir / "nextmove.sqlite3-wal"
        shm = data_dir / "nextmove.sqlite3-shm"
        assert wal.exists()
        assert shm.exists()
        if os.name == "posix":
            assert (wal.stat().st_mode & 0o777) == 0o600
            assert (shm.stat().st_mode & 0o777) == 0o600
    database.close()


def test_a_file_that_is_not_sqlite_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "nextmove.sqlite3"
    junk = os.urandom(16384)
    path.write_bytes(junk)
    with pytest.raises(CorruptDatabaseError, match="not a database"):
        open_database(DataPaths(data_dir))
    assert path.read_bytes() == junk


def test_a_damaged_page_is_found_at_startup(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    add_applications(paths.database, 300, text="x" * 400)
    damage_table_pages(paths.database)
    damaged = paths.database.read_bytes()
    with pytest.raises(CorruptDatabaseError):
        open_database(paths)
    assert paths.database.read_bytes() == damaged


def test_clean_shutdown_lets_the_next_start_skip_quick_check(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    assert paths.clean_marker.exists()

    def must_not_run(path: Path) -> None:
        raise AssertionError("quick_check ran after a clean shutdown")

    monkeypatch.setattr("nextmove.storage.database.check_integrity", must_not_run)
    database = open_database(paths)
    # While the app runs the marker is gone: a crash now means a full check next time.
    assert not paths.clean_marker.exists()
    database.close()


def test_an_empty_wal_left_behind_still_counts_as_clean(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite may leave a zero-length -wal (it holds nothing): no reason for a full check."""
    paths = DataPaths(data_dir)
    open_database(paths).close()
    (data_dir / "nextmove.sqlite3-wal").write_bytes(b"")

    def must_not_run(path: Path) -> None:
        raise AssertionError("quick_check ran after a clean shutdown")

    monkeypatch.setattr("nextmove.storage.database.check_integrity", must_not_run)
    open_database(paths).close()
    assert paths.clean_marker.exists()


def test_a_file_changed_while_closed_is_checked_again(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    add_applications(paths.database, 300, text="x" * 400)  # written by someone else
    damage_table_pages(paths.database)
    with pytest.raises(CorruptDatabaseError):
        open_database(paths)


def test_after_a_crash_quick_check_runs(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    crashed = open_database(paths)
    with crashed.sessions.begin() as session:  # left open, as a killed process would leave it
        session.execute(text("CREATE TABLE scratch (x)"))
    checked: list[Path] = []
    monkeypatch.setattr("nextmove.storage.database.check_integrity", checked.append)
    open_database(paths).close()
    assert checked == [paths.database]
    crashed.engine.dispose()


def test_moving_aside_keeps_every_file_and_never_overwrites(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    database = open_database(paths)
    with database.sessions.begin() as session:
        session.execute(text("CREATE TABLE scratch (x)"))
    when = datetime(2026, 11, 26, 8, 0, 0)
    wal = (data_dir / "nextmove.sqlite3-wal").read_bytes()
    body = paths.database.read_bytes()

    first = move_aside(paths.database, when)

    assert first.name == "nextmove.sqlite3.damaged-20261126-080000"
    assert first.read_bytes() == body
    assert (data_dir / (first.name + "-wal")).read_bytes() == wal
    assert not paths.database.exists()
    assert not (data_dir / "nextmove.sqlite3-wal").exists()

    paths.database.write_bytes(b"second damaged file")
    second = move_aside(paths.database, when)
    assert second != first
    assert second.read_bytes() == b"second damaged file"
    assert first.read_bytes() == body
    database.engine.dispose()


def test_moved_aside_file_still_holds_the_data(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    add_applications(paths.database, 2)
    aside = move_aside(paths.database)
    assert companies(aside) == ["Company 0", "Company 1"]
