"""Contacts carry a phone number and a profile link: in the dialog, the side panel, the
database (migration 0004_contact_links) and CSV import and export."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QUrl

from nextmove.domain.application import ApplicationData
from nextmove.domain.contact import ContactData, check_contact, normalise_phone
from nextmove.domain.csv_format import guess_mapping
from nextmove.domain.csv_import import convert
from nextmove.domain.status import Status
from nextmove.storage import migrate
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.contacts import ContactRepository
from nextmove.storage.csv_io import export_csv, import_applications, load_table
from nextmove.storage.database import DataPaths, open_database
from nextmove.storage.engine import make_engine
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.contact_dialog import ContactDialog
from nextmove.ui.tracker.detail_panel import DetailPanel

TODAY = date(2026, 11, 26)


def test_phone_and_profile_link_are_checked_and_tidied() -> None:
    check = check_contact(
        ContactData("Ann", phone="  +49 (30)  123-456 ", profile_url="linkedin.com/in/ann")
    )
    assert check.ok
    assert check.phone == "+49 (30) 123-456"
    assert check.profile_url == "https://linkedin.com/in/ann"
    bad = check_contact(ContactData("Ann", phone="call me", profile_url="not a link"))
    assert set(bad.errors) == {"phone", "profile_url"}
    assert check_contact(ContactData("Ann", profile_url="javascript:alert(1)")).errors


@given(st.text(max_size=50))
def test_a_phone_is_either_refused_or_kept_with_its_digits(text: str) -> None:
    try:
        phone = normalise_phone(text)
    except ValueError:
        return
    assert [c for c in phone if c.isdigit()] == [c for c in text if c.isdigit()]


def test_the_dialog_and_the_side_panel_show_phone_and_profile(
    window: MainWindow, qtbot: Any
) -> None:
    assert window.context is not None
    window.context.today = lambda: TODAY
    app_id = ApplicationRepository(window.context.database).add(
        ApplicationData("Acme", "Engineer", Status.APPLIED), TODAY
    )
    window.reload()
    window.select_application(app_id)
    panel = window.findChild(DetailPanel, "detail_panel")
    assert panel is not None
    panel.people.add_button.click()
    dialog = next(d for d in panel.findChildren(ContactDialog) if d.isVisible())
    qtbot.keyClicks(dialog.name, "Ann Lee")
    qtbot.keyClicks(dialog.phone, "phone me")
    qtbot.keyClicks(dialog.profile_url, "linkedin.com/in/ann-lee")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.phone_error.isVisible()
    dialog.phone.setText("+44 20 7946 0000")
    dialog.save_button.click()
    assert not dialog.isVisible()
    (ann,) = panel.contacts.for_application(app_id)
    assert (ann.phone, ann.profile_url) == ("+44 20 7946 0000", "https://linkedin.com/in/ann-lee")
    item = panel.people.list.item(0).text()
    assert "+44 20 7946 0000" in item
    assert "https://linkedin.com/in/ann-lee" in item
    opened: list[QUrl] = []
    panel.people.open_url = opened.append  # type: ignore[assignment]
    panel.people.list.setCurrentRow(0)
    assert panel.people.profile_button.isEnabled()
    panel.people.profile_button.click()
    assert opened == [QUrl("https://linkedin.com/in/ann-lee")]
    # Editing shows what was saved.
    panel.people.edit_button.click()
    editor = next(d for d in panel.findChildren(ContactDialog) if d.isVisible())
    assert editor.phone.text() == "+44 20 7946 0000"
    assert editor.profile_url.text() == "https://linkedin.com/in/ann-lee"


def test_a_file_from_0003_gains_the_columns_and_keeps_its_contacts(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(paths.database)
    migrate.upgrade(engine, "0003")
    engine.dispose()
    with sqlite3.connect(paths.database) as connection:
        connection.execute(
            "INSERT INTO contact (name, email, role, company, notes, created_at) "
            "VALUES ('Old Friend', 'old@example.org', '', '', '', '2026-01-01 00:00:00')"
        )
    database = open_database(paths)
    try:
        (old,) = ContactRepository(database).all()
        assert (old.name, old.phone, old.profile_url) == ("Old Friend", "", "")
    finally:
        database.close()
    assert migrate.stored_revision(paths.database) == migrate.HEAD_REVISION


@pytest.mark.usefixtures("data_dir")
def test_csv_export_and_import_carry_phone_and_profile(database: Any, tmp_path: Path) -> None:
    apps = ApplicationRepository(database)
    contacts = ContactRepository(database)
    app_id = apps.add(ApplicationData("Acme", "Engineer", Status.APPLIED), TODAY)
    ann = contacts.add(
        ContactData(
            "Ann", "ann@acme.example", phone="+1 555 0100", profile_url="https://x.example/ann"
        )
    )
    bob = contacts.add(ContactData("Bob", "bob@acme.example"))
    contacts.link(app_id, ann)
    contacts.link(app_id, bob)
    out = tmp_path / "out.csv"
    export_csv(database, out)
    (row,) = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert row["Contact"] == "Ann; Bob"
    # Formula-safe: a leading + would start a formula in a spreadsheet.
    assert row["Contact Phone"] == "'+1 555 0100; "
    assert row["Contact Profile"] == "https://x.example/ann; "
    exported = load_table(out)
    (again,) = convert(exported, guess_mapping(exported.headers), TODAY).items
    assert [(c.name, c.phone, c.profile_url) for c in again.contacts] == [
        ("Ann", "+1 555 0100", "https://x.example/ann"),
        ("Bob", "", ""),
    ]

    source = tmp_path / "in.csv"
    source.write_text(
        "Company,Role,Contact,Contact Email,Phone,LinkedIn\n"
        "Globex,Analyst,Cleo,cleo@globex.example,+33 1 23 45 67 89,linkedin.com/in/cleo\n",
        encoding="utf-8",
    )
    table = load_table(source)
    result = convert(table, guess_mapping(table.headers), TODAY)
    assert not result.issues
    import_applications(database, result.items)
    (cleo,) = [c for c in contacts.all() if c.name == "Cleo"]
    assert (cleo.phone, cleo.profile_url) == ("+33 1 23 45 67 89", "https://linkedin.com/in/cleo")
