"""Every path that changes a timeline leaves the status and last activity the rule gives."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from nextmove.domain.application import ApplicationData
from nextmove.domain.csv_format import guess_mapping, read_table
from nextmove.domain.csv_import import convert
from nextmove.domain.status import EventKind, Status
from nextmove.storage import tracker_rows
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.contacts import ContactRepository
from nextmove.storage.csv_io import import_applications
from nextmove.storage.database import Database
from nextmove.storage.timeline import settle_due

TODAY = date(2026, 11, 26)
NEXT_WEEK = TODAY + timedelta(days=7)


def _repository(database: Database, day: list[date]) -> ApplicationRepository:
    return ApplicationRepository(database, today=lambda: day[0])


def test_a_note_after_rejecting_does_not_bring_back_a_booked_interview(
    database: Database,
) -> None:
    """Finding 4: interview next week, status set to Rejected, a note: it stays rejected."""
    day = [TODAY]
    apps = _repository(database, day)
    app_id = apps.add(
        ApplicationData("Acme", "Engineer", Status.APPLIED, applied_on=date(2026, 11, 1)), TODAY
    )
    apps.add_event(app_id, EventKind.INTERVIEW, NEXT_WEEK, round_number=1)
    assert apps.get(app_id).status is Status.APPLIED  # booked, not yet happened
    apps.set_status(app_id, Status.REJECTED, TODAY)
    apps.add_event(app_id, EventKind.NOTE, TODAY, "asked for feedback")
    assert apps.get(app_id).status is Status.REJECTED
    # The interview's day comes: the rejection had cancelled it.
    day[0] = NEXT_WEEK
    settle_due(database, NEXT_WEEK)
    assert apps.get(app_id).status is Status.REJECTED


def test_a_booked_interview_takes_effect_on_its_morning(database: Database) -> None:
    day = [TODAY]
    apps = _repository(database, day)
    app_id = apps.add(
        ApplicationData("Acme", "Engineer", Status.APPLIED, applied_on=date(2026, 11, 1)), TODAY
    )
    apps.add_event(app_id, EventKind.INTERVIEW, NEXT_WEEK, round_number=1)
    assert settle_due(database, NEXT_WEEK - timedelta(days=1)) == []
    assert settle_due(database, NEXT_WEEK, since=NEXT_WEEK - timedelta(days=1)) == [app_id]
    assert apps.get(app_id).status is Status.INTERVIEWING
    row = tracker_rows.read_one(database.path, app_id)
    assert row is not None
    assert row[0][tracker_rows.LAST_ACTIVITY_ON] == NEXT_WEEK.isoformat()


def _import(database: Database, text: str, name: str = "my_applications_2026.csv") -> None:
    table = read_table(text.encode())
    result = convert(table, guess_mapping(table.headers), TODAY, source_name=name)
    assert result.ok, [str(i) for i in result.issues]
    import_applications(database, result.items, today=lambda: TODAY)


def _rows(path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return list(connection.execute(query))


def test_imported_history_is_dated_from_the_file_never_the_import_day(
    database: Database,
) -> None:
    """Finding 3: a row ghosted months ago reads so, with its note naming the whole file."""
    _import(
        database,
        "Company,Role,Status,Date Applied,Last activity,Interview date\n"
        "Acme,Engineer,Ghosted,2026-05-04,2026-06-12,\n"
        "Globex,Analyst,Rejected,2026-07-01,,2026-07-20\n"
        "Initech,PM,Applied,2026-09-09,,\n",
    )
    assert _rows(database.path, "SELECT company, status, last_activity_on FROM application") == [
        ("Acme", "ghosted", "2026-06-12"),
        ("Globex", "rejected", "2026-07-20"),
        ("Initech", "applied", "2026-09-09"),
    ]
    events = _rows(
        database.path,
        "SELECT application_id, kind, occurred_on, notes FROM stage_event ORDER BY id",
    )
    note = "imported from my_applications_2026.csv"
    assert events == [
        (1, "applied", "2026-05-04", ""),
        (1, "ghosted", "2026-06-12", note),
        (2, "applied", "2026-07-01", ""),
        (2, "interview", "2026-07-20", note),
        (2, "rejected", "2026-07-20", note),
        (3, "applied", "2026-09-09", ""),
    ]
    assert all(on != TODAY.isoformat() for _, _, on, _ in events)


def test_a_status_date_column_dates_the_status_and_a_bare_date_column_is_read_too(
    database: Database,
) -> None:
    _import(
        database,
        "Company,Role,Status,Applied,Status date,Date\n"
        "Acme,Engineer,Offer,2026-08-01,2026-09-15,2026-10-02\n",
    )
    assert _rows(database.path, "SELECT status, last_activity_on FROM application") == [
        ("offer", "2026-10-02")
    ]
    assert _rows(database.path, "SELECT kind, occurred_on FROM stage_event ORDER BY id") == [
        ("applied", "2026-08-01"),
        ("offer", "2026-09-15"),
        ("note", "2026-10-02"),
    ]


def test_the_same_recruiter_at_two_companies_stays_two_contacts(database: Database) -> None:
    """Finding 9: matched by email, then by name, always within the same company."""
    _import(
        database,
        "Company,Role,Applied,Contact,Contact Email\n"
        "Acme,Engineer,2026-10-01,Sam Reed,sam@agency.example\n"
        "Globex,Analyst,2026-10-02,Sam Reed,sam@agency.example\n"
        "Acme,Lead,2026-10-03,Samuel Reed,SAM@agency.example\n"
        "Globex,QA,2026-10-04,sam reed,\n",
    )
    contacts = ContactRepository(database)
    assert sorted((c.name, c.company) for c in contacts.all()) == [
        ("Sam Reed", "Acme"),
        ("Sam Reed", "Globex"),
    ]
    acme = [c.company for c in contacts.for_application(1) + contacts.for_application(3)]
    globex = [c.company for c in contacts.for_application(2) + contacts.for_application(4)]
    assert (acme, globex) == (["Acme", "Acme"], ["Globex", "Globex"])
