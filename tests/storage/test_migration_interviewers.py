"""0007: a file at 0006 gains the interviewers' links (event ↔ contact) and keeps every row;
the links follow their interview through delete and undo, and go with a deleted contact."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from nextmove.domain.application import ApplicationData
from nextmove.domain.contact import ContactData
from nextmove.domain.status import EventKind, Status
from nextmove.storage import migrate
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.calendar import EventTimes, event_times, set_event_times
from nextmove.storage.contacts import ContactRepository
from nextmove.storage.database import Database, DataPaths, open_database
from nextmove.storage.engine import make_engine

TODAY = date(2026, 11, 26)


def _fill_at_0006(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    migrate.upgrade(engine, "0006_keep_ids")
    database = Database(path, engine)
    apps = ApplicationRepository(database, today=lambda: TODAY)
    app_id = apps.add(ApplicationData("Northwind", "Analyst", Status.APPLIED), TODAY)
    apps.add_event(app_id, EventKind.INTERVIEW, TODAY, "first round", 1)
    ContactRepository(database).add(ContactData("Dana", "dana@northwind.example"), link_to=app_id)
    database.close()


def _tables(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"))
    finally:
        connection.close()


def test_upgrade_from_0006_adds_the_links_and_keeps_the_rest(
    data_dir: Path, tmp_path: Path
) -> None:
    paths = DataPaths(data_dir)
    _fill_at_0006(paths.database)
    before = {k: v for k, v in _tables(paths.database).items() if k != "alembic_version"}
    database = open_database(paths)
    try:
        assert (
            migrate.stored_revision(paths.database)
            == migrate.HEAD_REVISION
            == ("0007_interviewers")
        )
        fresh = DataPaths(tmp_path / "fresh")
        open_database(fresh).close()
        upgraded = _tables(paths.database)
        assert upgraded["event_contact"] == _tables(fresh.database)["event_contact"]
        assert {k: upgraded[k] for k in before} == before
        apps = ApplicationRepository(database, today=lambda: TODAY)
        app_id = 1
        interview = next(e for e in apps.events(app_id) if e.kind is EventKind.INTERVIEW)
        assert interview.notes == "first round"
        (dana,) = ContactRepository(database).for_application(app_id)
        set_event_times(database, interview.id, EventTimes("14:30", 45, interviewer_ids=(dana.id,)))
        assert [e.interviewers for e in apps.events(app_id) if e.id == interview.id] == [("Dana",)]

        row = apps.take_event(interview.id)  # deleted, then put back by undo: with its people
        assert event_times(database, interview.id) is None
        assert row is not None
        apps.put_event(row)
        times = event_times(database, interview.id)
        assert times is not None
        assert times.interviewer_ids == (dana.id,)

        snapshot = apps.delete(app_id)
        assert apps.restore(snapshot) == app_id
        times = event_times(database, interview.id)
        assert times is not None
        assert times.interviewer_ids == (dana.id,)

        ContactRepository(database).delete(dana.id)
        times = event_times(database, interview.id)
        assert times is not None
        assert times.interviewer_ids == ()
        assert times.starts_at == "14:30"
    finally:
        database.close()
