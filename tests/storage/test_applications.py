"""The application repository and the tracker's fast read path, on real SQLite files."""

from __future__ import annotations

from datetime import date

import pytest

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.storage import tracker_rows
from nextmove.storage.applications import ApplicationNotFoundError, ApplicationRepository
from nextmove.storage.database import DATABASE_NAME, Database
from nextmove.storage.models.tracker import Application, Contact

TODAY = date(2026, 11, 26)


def _repo(database: object) -> ApplicationRepository:
    assert isinstance(database, Database)
    return ApplicationRepository(database)


def _data(
    company: str = "Northwind", role: str = "Data Analyst", **extra: object
) -> ApplicationData:
    return ApplicationData(company=company, role=role, **extra)  # type: ignore[arg-type]


def test_add_records_the_first_event_on_the_applied_date(database: Database) -> None:
    repo = _repo(database)
    ident = repo.add(_data(status=Status.APPLIED, applied_on=date(2026, 11, 2)), TODAY)
    events = repo.events(ident)
    assert [(e.kind, e.occurred_on) for e in events] == [(EventKind.APPLIED, date(2026, 11, 2))]
    assert repo.get(ident).company == "Northwind"


def test_status_changes_append_events_and_undo_removes_only_its_own(database: Database) -> None:
    repo = _repo(database)
    ident = repo.add(_data(status=Status.APPLIED, applied_on=date(2026, 11, 1)), TODAY)
    screen = repo.set_status(ident, Status.SCREENING, date(2026, 11, 10))
    rejected = repo.set_status(ident, Status.REJECTED, date(2026, 11, 20))
    assert [e.kind for e in repo.events(ident)] == [
        EventKind.APPLIED,
        EventKind.SCREEN,
        EventKind.REJECTED,
    ]
    repo.undo_status(ident, Status.SCREENING, rejected)
    assert repo.get(ident).status is Status.SCREENING
    assert [e.id for e in repo.events(ident)][-1] == screen
    row = tracker_rows.read_one(database.path, ident)
    assert row is not None
    assert row[0][tracker_rows.LAST_ACTIVITY_ON] == "2026-11-10"


def test_edit_with_a_new_status_keeps_the_history(database: Database) -> None:
    repo = _repo(database)
    ident = repo.add(_data(status=Status.APPLIED, applied_on=date(2026, 11, 1)), TODAY)
    repo.update(ident, _data(role="Lead Analyst", status=Status.OFFER), TODAY)
    assert repo.get(ident).role == "Lead Analyst"
    assert [e.kind for e in repo.events(ident)] == [EventKind.APPLIED, EventKind.OFFER]


def test_delete_and_restore_bring_back_id_history_and_contacts(database: Database) -> None:
    repo = _repo(database)
    ident = repo.add(_data(status=Status.APPLIED, notes="Met at a meetup"), TODAY)
    repo.set_status(ident, Status.INTERVIEWING, TODAY)
    with database.sessions.begin() as session:
        app = session.get(Application, ident)
        assert app is not None
        app.contacts.append(Contact(name="Dana Smith", email="dana@example.com"))
    snapshot = repo.delete(ident)
    with pytest.raises(ApplicationNotFoundError):
        repo.get(ident)
    assert repo.restore(snapshot) == ident
    assert repo.get(ident).notes == "Met at a meetup"
    assert len(repo.events(ident)) == 2
    row = tracker_rows.read_one(database.path, ident)
    assert row is not None
    assert row[0][tracker_rows.CONTACT] == "Dana Smith"


def test_read_all_returns_the_table_columns_and_search_text(database: Database) -> None:
    repo = _repo(database)
    first = repo.add(
        _data(
            "Ünïcorn GmbH",
            "Backend Engineer",
            status=Status.APPLIED,
            location="Berlin",
            source="Referral",
            applied_on=date(2026, 10, 5),
            next_action_on=date(2026, 12, 1),
            next_action="Chase the recruiter",
            notes="Asked about ON-CALL",
        ),
        TODAY,
    )
    repo.add(_data("Globex", "QA Engineer"), TODAY)
    with database.sessions.begin() as session:
        app = session.get(Application, first)
        assert app is not None
        app.contacts.extend([Contact(name="Zoe First"), Contact(name="Adam Second")])
    result = tracker_rows.read_all(database.path)
    assert [row[tracker_rows.ID] for row in result.rows] == [first, first + 1]
    row = result.rows[0]
    assert row[1:4] == ("Ünïcorn GmbH", "Backend Engineer", "applied")
    assert row[tracker_rows.APPLIED_ON] == "2026-10-05"
    assert row[tracker_rows.NEXT_ACTION_ON] == "2026-12-01"
    assert row[tracker_rows.LAST_ACTIVITY_ON] == "2026-10-05"
    assert row[tracker_rows.LOCATION] == "Berlin"
    assert row[tracker_rows.SOURCE] == "Referral"
    assert row[tracker_rows.CONTACT] == "Zoe First"  # the first linked contact
    assert row[tracker_rows.NEXT_ACTION] == "Chase the recruiter"
    assert "on-call" in result.haystacks[0]
    assert "ünïcorn" in result.haystacks[0]
    assert result.rows[1][tracker_rows.CONTACT] == ""


def test_read_all_shares_repeated_values_between_rows(database: Database) -> None:
    repo = _repo(database)
    for company in ("Acme", "Globex"):
        repo.add(_data(company, status=Status.APPLIED, location="Leeds"), TODAY)
    first, second = tracker_rows.read_all(database.path).rows
    # One string per distinct value, not one per cell: what keeps 100,000 rows small.
    assert first[tracker_rows.STATUS] is second[tracker_rows.STATUS]
    assert first[tracker_rows.LOCATION] is second[tracker_rows.LOCATION]
    assert first[tracker_rows.LAST_ACTIVITY_ON] is second[tracker_rows.LAST_ACTIVITY_ON]


def test_read_first_orders_like_the_table_and_read_one_sees_archiving(database: Database) -> None:
    repo = _repo(database)
    for company in ("beta", "Alpha", "gamma"):
        repo.add(_data(company), TODAY)
    names = [row[1] for row in tracker_rows.read_first(database.path, 2, "company").rows]
    assert names == ["Alpha", "beta"]
    names = [row[1] for row in tracker_rows.read_first(database.path, 3, "company", True).rows]
    assert names == ["gamma", "beta", "Alpha"]
    with database.sessions.begin() as session:
        app = session.get(Application, 1)
        assert app is not None
        app.archived = True
    assert tracker_rows.read_one(database.path, 1) is None
    assert len(tracker_rows.read_all(database.path).rows) == 2


def test_read_path_names_the_same_file_as_the_database() -> None:
    assert tracker_rows.DATABASE_FILE == DATABASE_NAME
