import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.storage import migrate
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.database import DataPaths, open_database


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
