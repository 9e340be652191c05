"""The application repository and the tracker's fast read path, on real SQLite files."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.storage import tracker_rows
from nextmove.storage.applications import ApplicationNotFoundError, ApplicationRepository
from nextmove.storage.database import DATABASE_NAME, Database
from nextmove.storage.engine import make_engine
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.tracker import Application, Contact
from nextmove.storage.models.wizard import CompanyReapply, LearningGoal, Reflection, StageRating

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
    # Folded for search: case and accents gone, so "unicorn" finds "Ünïcorn".
    assert "unicorn gmbh" in result.haystacks[0]
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


def test_read_path_loads_no_orm_and_names_the_same_file_as_the_database() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from nextmove.storage import tracker_rows as t; "
        "print(t.DATABASE_NAME, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [DATABASE_NAME, "False"]


def _finished_reflection(database: Database, ident: int) -> dict[str, int]:
    """A finished reflection with a rating, a learning goal, a reapply reminder and an email."""
    with database.sessions.begin() as session:
        reflection = Reflection(application_id=ident, state="completed", reason="Went internal")
        session.add(reflection)
        session.flush()
        session.add(StageRating(reflection_id=reflection.id, stage="Interview", score=4))
        goal = LearningGoal(reflection_id=reflection.id, skill="SQL window functions")
        reapply = CompanyReapply(
            company="Northwind", reapply_after=date(2027, 5, 1), reflection_id=reflection.id
        )
        message = OutboxMessage(
            application_id=ident,
            purpose="thank_you",
            to_address="dana@example.com",
            subject="Thank you",
            body="Thanks for your time.",
            state="sent",
        )
        session.add_all([goal, reapply, message])
        session.flush()
        return {
            "reflection": reflection.id,
            "goal": goal.id,
            "reapply": reapply.id,
            "message": message.id,
        }


def _dependants(database: Database, ident: int) -> tuple[object, ...]:
    with database.sessions() as session:
        reflections = session.scalars(
            select(Reflection).where(Reflection.application_id == ident)
        ).all()
        ref_ids = [r.id for r in reflections]
        return (
            [(r.state, r.reason) for r in reflections],
            session.scalars(
                select(StageRating.score).where(StageRating.reflection_id.in_(ref_ids))
            ).all(),
            session.scalars(
                select(LearningGoal.skill).where(LearningGoal.reflection_id.in_(ref_ids))
            ).all(),
            session.scalars(
                select(CompanyReapply.company).where(CompanyReapply.reflection_id.in_(ref_ids))
            ).all(),
            session.scalars(
                select(OutboxMessage.subject).where(OutboxMessage.application_id == ident)
            ).all(),
        )


def test_undo_of_a_delete_brings_back_the_finished_reflection_and_its_links(
    database: Database,
) -> None:
    repo = _repo(database)
    ident = repo.add(_data(status=Status.APPLIED), TODAY)
    repo.set_status(ident, Status.REJECTED, TODAY)
    _finished_reflection(database, ident)
    before = _dependants(database, ident)
    assert before == (
        [("completed", "Went internal")],
        [4],
        ["SQL window functions"],
        ["Northwind"],
        ["Thank you"],
    )
    snapshot = repo.delete(ident)
    assert _dependants(database, ident) == ([], [], [], [], [])
    with database.sessions() as session:  # the goal itself outlives the application
        assert session.scalar(select(func.count(LearningGoal.id))) == 1
    assert repo.restore(snapshot) == ident
    assert _dependants(database, ident) == before
    assert [e.kind for e in repo.events(ident)] == [EventKind.APPLIED, EventKind.REJECTED]


def test_undo_of_a_delete_after_another_process_took_the_id(database: Database) -> None:
    repo = _repo(database)
    repo.add(_data(company="Globex"), TODAY)
    ident = repo.add(_data(status=Status.APPLIED), TODAY)
    _finished_reflection(database, ident)
    before = _dependants(database, ident)
    snapshot = repo.delete(ident)
    # Another process adds an application: it gets a new id, never the freed one (AUTOINCREMENT).
    other_process = Database(database.path, make_engine(database.path), None)
    other = ApplicationRepository(other_process).add(_data(company="Acme"), TODAY)
    assert other > ident
    # Only a row written under that very id (say, by a hand-made tool) can take it.
    with other_process.sessions.begin() as session:
        session.add(Application(id=ident, company="Initech", role="PM", status="applied"))
    other_process.engine.dispose()
    restored = repo.restore(snapshot)
    assert restored != ident
    assert repo.get(restored).company == "Northwind"
    assert repo.get(ident).company == "Initech"
    assert _dependants(database, restored) == before
    assert len(repo.events(restored)) == 1


def test_a_backdated_status_entry_does_not_override_a_later_one(database: Database) -> None:
    repo = _repo(database)
    ident = repo.add(_data(status=Status.APPLIED, applied_on=date(2026, 11, 1)), TODAY)
    repo.set_status(ident, Status.INTERVIEWING, date(2026, 11, 20))
    repo.add_event(ident, EventKind.SCREEN, date(2026, 11, 10))
    assert repo.get(ident).status is Status.INTERVIEWING
    repo.add_event(ident, EventKind.OFFER, date(2026, 11, 24))
    assert repo.get(ident).status is Status.OFFER
