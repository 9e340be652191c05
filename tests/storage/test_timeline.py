"""One rule for the status: the latest status-like timeline entry, by date."""

from __future__ import annotations

from datetime import date

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.database import Database
from nextmove.storage.timeline import add_event, remove_event, status_after_removal

TODAY = date(2026, 11, 26)


def _applied(database: Database) -> int:
    data = ApplicationData("Acme", "Engineer", Status.APPLIED, applied_on=date(2026, 10, 1))
    return ApplicationRepository(database).add(data, TODAY)


def test_a_backdated_entry_does_not_override_what_happened_after_it(database: Database) -> None:
    apps = ApplicationRepository(database)
    app_id = _applied(database)
    add_event(database, app_id, EventKind.INTERVIEW, date(2026, 11, 10), round_number=1)
    assert apps.get(app_id).status is Status.INTERVIEWING
    # Recorded late: a screening call from before the interview.
    add_event(database, app_id, EventKind.SCREEN, date(2026, 10, 20))
    assert apps.get(app_id).status is Status.INTERVIEWING
    add_event(database, app_id, EventKind.REJECTED, date(2026, 11, 20), "form email")
    assert apps.get(app_id).status is Status.REJECTED


def test_the_change_a_deletion_would_make_is_known_before_deleting(database: Database) -> None:
    apps = ApplicationRepository(database)
    app_id = _applied(database)
    add_event(database, app_id, EventKind.INTERVIEW, date(2026, 11, 10), round_number=1)
    rejected = add_event(database, app_id, EventKind.REJECTED, date(2026, 11, 20))
    note = add_event(database, app_id, EventKind.NOTE, date(2026, 11, 21), "sad")

    assert status_after_removal(database, note) is None
    assert status_after_removal(database, rejected) == (Status.REJECTED, Status.INTERVIEWING)
    assert apps.get(app_id).status is Status.REJECTED  # a preview changes nothing
    assert len(apps.events(app_id)) == 4

    assert remove_event(database, rejected) is Status.INTERVIEWING
    assert apps.get(app_id).status is Status.INTERVIEWING
    assert status_after_removal(database, rejected) is None  # already gone
