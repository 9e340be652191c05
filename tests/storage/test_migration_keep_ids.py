"""0006: a file at 0005 keeps every row, index and foreign key, and no id is handed out twice."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from nextmove.domain.application import ApplicationData
from nextmove.domain.contact import ContactData
from nextmove.domain.status import EventKind, Status
from nextmove.storage import migrate
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.contacts import ContactRepository
from nextmove.storage.database import Database, DataPaths, open_database
from nextmove.storage.documents import DocumentRepository
from nextmove.storage.engine import make_engine
from nextmove.storage.outbox import OutboxRepository, OutgoingDraft
from nextmove.storage.reflections import ReflectionService
from tests.storage.test_reflections import complete_answers

TODAY = date(2026, 11, 26)
KEPT = (
    "application",
    "stage_event",
    "contact",
    "reflection",
    "stage_rating",
    "learning_goal",
    "company_reapply",
    "outbox_message",
    "document",
)


def _fill_at_0005(path: Path, tmp_path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    migrate.upgrade(engine, "0005_event_times")
    database = Database(path, engine)
    apps = ApplicationRepository(database, today=lambda: TODAY)
    ids = [
        apps.add(ApplicationData(f"Co {i}", "Engineer", Status.APPLIED), TODAY) for i in range(3)
    ]
    for app_id in ids:
        apps.add_event(app_id, EventKind.NOTE, TODAY, "kept")
    ContactRepository(database).add(ContactData("Sam", "sam@acme.example"), link_to=ids[0])
    service = ReflectionService(database)
    draft = service.start(ids[1], TODAY)
    service.finish(draft.reflection_id, complete_answers(draft.answers), TODAY)
    OutboxRepository(database).queue(
        OutgoingDraft("follow-up", "a@b.example", "Hi", "Hello", ids[2])
    )
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(b"%PDF-1.4 cv")
    DocumentRepository(database).add(ids[2], cv)
    database.close()


def _dump(path: Path) -> dict[str, Any]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
        ]
        return {
            t: sorted(connection.execute(f"SELECT * FROM {t}"), key=repr)  # noqa: S608
            for t in tables
        }
    finally:
        connection.close()


def _schema(path: Path) -> dict[str, Any]:
    connection = sqlite3.connect(path)
    try:
        shape = {}
        for table in KEPT:
            indexes = sorted(i[1:] for i in connection.execute(f"PRAGMA index_list({table})"))
            shape[table] = (
                list(connection.execute(f"PRAGMA table_info({table})")),
                sorted(f[2:] for f in connection.execute(f"PRAGMA foreign_key_list({table})")),
                [(*i, list(connection.execute(f"PRAGMA index_info({i[0]})"))) for i in indexes],
            )
        return shape
    finally:
        connection.close()


def test_upgrade_from_0005_keeps_rows_indexes_and_foreign_keys(
    data_dir: Path, tmp_path: Path
) -> None:
    paths = DataPaths(data_dir)
    _fill_at_0005(paths.database, tmp_path)
    before = _dump(paths.database)
    assert all(before[t] for t in KEPT if t != "learning_goal")
    assert before["application_contact"]

    open_database(paths).close()

    assert migrate.stored_revision(paths.database) == migrate.HEAD_REVISION
    after = _dump(paths.database)
    assert after.pop("event_contact") == []  # 0007's new table
    assert after == before
    fresh = DataPaths(tmp_path / "fresh")
    open_database(fresh).close()
    assert _schema(paths.database) == _schema(fresh.database)
    connection = sqlite3.connect(paths.database)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for other in (connection, sqlite3.connect(fresh.database)):
            sql = dict(other.execute("SELECT name, sql FROM sqlite_master"))
            assert all("AUTOINCREMENT" in sql[t] for t in KEPT)
            other.close()
    finally:
        connection.close()


def test_an_id_freed_by_a_delete_is_never_handed_out_again(data_dir: Path, tmp_path: Path) -> None:
    paths = DataPaths(data_dir)
    _fill_at_0005(paths.database, tmp_path)
    database = open_database(paths)
    try:
        apps = ApplicationRepository(database, today=lambda: TODAY)
        last = 3  # the newest application, whose timeline holds the newest entries
        freed = [e.id for e in apps.events(last)]
        apps.delete(last)
        added = apps.add(ApplicationData("New", "Lead", Status.APPLIED), TODAY)
        assert added > last
        assert min(e.id for e in apps.events(added)) > max(freed)
    finally:
        database.close()
