"""Contacts: saved, linked, searched, and reminded about."""

from __future__ import annotations

from datetime import date

import pytest

from nextmove.domain.application import ApplicationData
from nextmove.domain.contact import ContactData
from nextmove.domain.status import ContactRole, EventKind, Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.contacts import ContactRepository, InvalidContactError
from nextmove.storage.database import Database
from nextmove.storage.timeline import remove_event

TODAY = date(2026, 11, 26)


@pytest.fixture
def app_id(database: Database) -> int:
    return ApplicationRepository(database).add(ApplicationData("Acme", "Engineer"), TODAY)


def test_add_links_and_unlink_keeps_the_person(database: Database, app_id: int) -> None:
    repo = ContactRepository(database)
    ann = repo.add(
        ContactData("Ann Lee", " Ann@Example.ORG ", ContactRole.RECRUITER, "Acme"), link_to=app_id
    )
    bob = repo.add(ContactData("Bob Ray"))
    repo.link(app_id, bob)
    repo.link(app_id, bob)  # linking twice is harmless
    rows = repo.for_application(app_id)
    assert [(c.name, c.email, c.role) for c in rows] == [
        ("Ann Lee", "Ann@example.org", ContactRole.RECRUITER),
        ("Bob Ray", "", None),
    ]
    repo.unlink(app_id, ann)
    assert [c.id for c in repo.for_application(app_id)] == [bob]
    assert {c.id for c in repo.all()} == {ann, bob}


def test_an_invalid_email_is_refused_and_nothing_saved(database: Database) -> None:
    repo = ContactRepository(database)
    with pytest.raises(InvalidContactError, match="email"):
        repo.add(ContactData("Ann", "ann@"))
    assert repo.all() == []


def test_search_matches_name_email_and_company_and_skips_linked(
    database: Database, app_id: int
) -> None:
    repo = ContactRepository(database)
    ann = repo.add(ContactData("Ann Lee", "ann@acme.org", company="Acme"), link_to=app_id)
    repo.add(ContactData("Bob 100%", "bob@globex.org", company="Globex"))
    assert [c.name for c in repo.search("acme")] == ["Ann Lee"]
    assert [c.name for c in repo.search("GLOBEX")] == ["Bob 100%"]
    assert [c.name for c in repo.search("%")] == ["Bob 100%"]
    assert [c.id for c in repo.search("", exclude_application=app_id)] != [ann]


def test_due_keep_in_touch_lists_todays_and_overdue(database: Database) -> None:
    repo = ContactRepository(database)
    repo.add(ContactData("Later", keep_in_touch_on=date(2026, 12, 1)))
    repo.add(ContactData("Today", keep_in_touch_on=TODAY))
    repo.add(ContactData("Overdue", keep_in_touch_on=date(2026, 11, 1)))
    repo.add(ContactData("Never"))
    assert [c.name for c in repo.due_keep_in_touch(TODAY)] == ["Overdue", "Today"]


def test_removing_a_status_event_puts_the_status_back(database: Database) -> None:
    apps = ApplicationRepository(database)
    app_id = apps.add(ApplicationData("Globex", "QA", applied_on=date(2026, 9, 1)), TODAY)
    apps.add_event(app_id, EventKind.APPLIED, date(2026, 10, 1))
    rejected = apps.add_event(app_id, EventKind.REJECTED, date(2026, 10, 9))
    note = apps.add_event(app_id, EventKind.NOTE, date(2026, 10, 10), "sad")
    assert apps.get(app_id).status is Status.REJECTED
    assert remove_event(database, note) is None
    assert remove_event(database, rejected) is Status.APPLIED
    assert apps.get(app_id).status is Status.APPLIED
    assert [e.kind for e in apps.events(app_id)] == [EventKind.SAVED, EventKind.APPLIED]
