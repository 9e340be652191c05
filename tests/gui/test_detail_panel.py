"""The side panel: the selected application's timeline and the people met along the way."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from nextmove.domain.application import ApplicationData
from nextmove.domain.contact import ContactData
from nextmove.domain.status import ContactRole, EventKind, Status
from nextmove.storage import tracker_rows
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.contacts import ContactRepository
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.contact_dialog import ContactDialog
from nextmove.ui.tracker.contact_link_dialog import ContactLinkDialog
from nextmove.ui.tracker.detail_panel import DetailPanel
from nextmove.ui.tracker.event_dialog import EventDialog

TODAY = date(2026, 11, 26)


@pytest.fixture
def panel(window: MainWindow) -> DetailPanel:
    found = window.findChild(DetailPanel, "detail_panel")
    assert isinstance(found, DetailPanel)
    return found


@pytest.fixture
def app_id(window: MainWindow) -> int:
    assert window.context is not None
    window.context.today = lambda: TODAY
    repo = ApplicationRepository(window.context.database)
    new_id = repo.add(
        ApplicationData(
            "Acme",
            "Backend Engineer",
            Status.APPLIED,
            job_url="https://acme.example/jobs/1",
            applied_on=date(2026, 10, 1),
        ),
        TODAY,
    )
    window.reload()
    window.select_application(new_id)
    return new_id


def _dialog(panel: DetailPanel, kind: type):  # type: ignore[no-untyped-def]
    dialogs = [d for d in panel.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_empty_state_until_an_application_is_selected(
    window: MainWindow, panel: DetailPanel
) -> None:
    assert panel.pages.currentWidget() is panel.empty
    # No applications yet: the table's own empty state speaks, the panel stays quiet.
    assert panel.empty.text() == ""
    assert not window.findChild(QAction, "action_add_contact").isEnabled()
    assert window.context is not None
    ApplicationRepository(window.context.database).add(ApplicationData("Acme", "Dev"), TODAY)
    window.reload()
    window.select_application(0)
    assert panel.pages.currentWidget() is panel.empty
    assert "Select an application" in panel.empty.text()


def test_selecting_shows_header_timeline_and_opens_the_link(
    window: MainWindow, panel: DetailPanel, app_id: int
) -> None:
    assert panel.application_id == app_id
    assert (panel.company.text(), panel.role.text(), panel.status.text()) == (
        "Acme",
        "Backend Engineer",
        "Applied",
    )
    assert panel.company.textFormat() == Qt.TextFormat.PlainText
    assert panel.timeline.list.topLevelItem(0).text(1) == "Applied"
    opened: list[QUrl] = []
    panel.open_url = opened.append
    panel.link_button.click()
    assert opened == [QUrl("https://acme.example/jobs/1")]


def test_adding_an_interview_moves_the_status_and_the_table_follows(
    qtbot,
    window: MainWindow,
    panel: DetailPanel,
    app_id: int,  # type: ignore[no-untyped-def]
) -> None:
    changed: list[tuple[int, str]] = []
    window.applicationStatusChanged.connect(lambda i, s: changed.append((i, s)))
    action = window.findChild(QAction, "action_add_event")
    assert action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+T"
    action.trigger()
    dialog = _dialog(panel, EventDialog)
    assert dialog.current_kind() is EventKind.SCREEN  # the likely next step after applying
    dialog.select_kind(EventKind.INTERVIEW)
    assert dialog.round.isVisibleTo(dialog)
    dialog.day.setDate(dialog.day.date().addDays(-3))
    qtbot.keyClicks(dialog.notes, "Met the team")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert panel.timeline.list.topLevelItem(0).text(1) == "Interview (round 1) — Met the team"
    assert panel.status.text() == "Interviewing"
    assert changed == [(app_id, "interviewing")]
    assert "Added" in window.statusBar().currentMessage()


def test_a_future_rejection_is_refused_next_to_the_date(
    window: MainWindow, panel: DetailPanel, app_id: int
) -> None:
    panel.timeline.add_button.click()
    dialog = _dialog(panel, EventDialog)
    dialog.select_kind(EventKind.REJECTED)
    dialog.day.setDate(dialog.day.date().addDays(2))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.day_error.isVisible()
    assert "hasn't happened yet" in dialog.day_error.text()
    assert len(panel.applications.events(app_id)) == 1
    dialog.reject()


def test_deleting_an_entry_asks_first_and_puts_the_status_back(
    window: MainWindow, panel: DetailPanel, app_id: int
) -> None:
    panel.applications.add_event(app_id, EventKind.REJECTED, date(2026, 11, 1))
    panel.reload()
    questions: list[str] = []
    answer = False

    def ask(_parent: object, _title: str, text: str) -> bool:
        questions.append(text)
        return answer

    panel.ask = ask
    panel.timeline.list.setCurrentItem(panel.timeline.list.topLevelItem(0))
    panel.timeline.delete_button.click()
    assert questions == [
        "Delete “Rejected” from the timeline?\n\n"
        "The status will go back from Rejected to Applied, as the timeline then says. "
        "Anything else you recorded, such as a reflection, is kept.\n\n"
        "Edit › Undo (Ctrl+Z) brings it back."
    ]
    assert len(panel.applications.events(app_id)) == 2
    assert panel.status.text() == "Rejected"
    answer = True
    # From the keyboard: Delete in the timeline list does the same.
    QTest.keyClick(panel.timeline.list, Qt.Key.Key_Delete)
    assert len(panel.applications.events(app_id)) == 1
    assert panel.status.text() == "Applied"
    assert window.statusBar().currentMessage() == (
        "Deleted “Rejected” from the timeline; the status is Applied again"
    )
    # Deleting is one undoable step: undo puts the very same entry back, status and all.
    window.undo_stack.undo()
    assert [e.kind for e in panel.applications.events(app_id)][-1] is EventKind.REJECTED
    assert panel.applications.get(app_id).status is Status.REJECTED
    window.undo_stack.redo()
    assert panel.applications.get(app_id).status is Status.APPLIED
    # An entry that does not set the status just asks.
    questions.clear()
    panel.timeline.list.setCurrentItem(panel.timeline.list.topLevelItem(0))
    answer = False
    panel.timeline.delete_button.click()
    # Without any status entry the timeline says nothing beyond the wishlist, and the
    # confirmation tells that before anything changes.
    assert questions == [
        "Delete “Applied” from the timeline?\n\n"
        "The status will go back from Applied to Wishlist, as the timeline then says. "
        "Anything else you recorded, such as a reflection, is kept.\n\n"
        "Edit › Undo (Ctrl+Z) brings it back."
    ]


def test_add_contact_validates_email_next_to_the_field_and_saves_nothing(
    qtbot,
    window: MainWindow,
    panel: DetailPanel,
    app_id: int,  # type: ignore[no-untyped-def]
) -> None:
    panel.people.add_button.click()
    dialog = _dialog(panel, ContactDialog)
    assert dialog.company.text() == "Acme"
    qtbot.keyClicks(dialog.name, "Ann Lee")
    qtbot.keyClicks(dialog.email, "ann@acme")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.email_error.isVisible()
    assert dialog.email_error.text() == (  # the same sentence as the wizard's and Compose's
        "This email address doesn't look right: "
        "the part after the @-sign is not valid; it should have a period."
    )
    assert panel.contacts.all() == []

    dialog.email.setText("ann@acme.example")
    dialog.role.setCurrentIndex(dialog.role.findData(ContactRole.RECRUITER.value))
    dialog.save_button.click()
    assert not dialog.isVisible()
    (ann,) = panel.contacts.for_application(app_id)
    assert (ann.name, ann.email, ann.role, ann.company) == (
        "Ann Lee",
        "ann@acme.example",
        ContactRole.RECRUITER,
        "Acme",
    )
    assert panel.people.list.item(0).text() == "Ann Lee · Recruiter, Acme · ann@acme.example"


def test_link_an_existing_contact_then_unlink(
    qtbot,
    window: MainWindow,
    panel: DetailPanel,
    app_id: int,  # type: ignore[no-untyped-def]
) -> None:
    assert window.context is not None
    repo = ContactRepository(window.context.database)
    repo.add(ContactData("Bob Ray", "bob@globex.example"))
    repo.add(ContactData("Cleo Diaz", "cleo@initech.example"))
    panel.people.link_button.click()
    dialog = _dialog(panel, ContactLinkDialog)
    assert dialog.results.count() == 2
    qtbot.keyClicks(dialog.query, "initech")
    assert dialog.results.count() == 1
    dialog.link_button.click()
    assert [c.name for c in panel.contacts.for_application(app_id)] == ["Cleo Diaz"]
    panel.people.list.setCurrentRow(0)
    panel.people.unlink_button.click()
    assert panel.contacts.for_application(app_id) == []
    assert len(panel.contacts.all()) == 2


def test_screenshot_of_a_busy_panel(window: MainWindow, panel: DetailPanel, app_id: int) -> None:
    repo = panel.applications
    repo.add_event(app_id, EventKind.SCREEN, date(2026, 10, 6), "Recruiter call with Ann")
    repo.add_event(app_id, EventKind.INTERVIEW, date(2026, 10, 14), "System design", 1)
    repo.add_event(app_id, EventKind.INTERVIEW, date(2026, 10, 21), "Team fit; met 4 people", 2)
    panel.contacts.add(
        ContactData("Ann Lee", "ann@acme.example", ContactRole.RECRUITER, "Acme"), link_to=app_id
    )
    panel.contacts.add(
        ContactData("Raj Patel", "", ContactRole.HIRING_MANAGER, "Acme"), link_to=app_id
    )
    window.refresh_application(app_id)
    panel.reload()
    image = window.grab()
    assert not image.isNull()
    assert panel.status.text() == "Interviewing"
    assert panel.timeline.list.topLevelItemCount() == 4
    folder = Path(os.environ.get("NEXTMOVE_SCREENSHOTS", "artifacts/screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    image.save(str(folder / "detail_panel.png"))


def test_an_entry_added_from_the_panel_is_one_undo_step(
    qtbot,
    window: MainWindow,
    panel: DetailPanel,
    app_id: int,  # type: ignore[no-untyped-def]
) -> None:
    window.findChild(QAction, "action_add_event").trigger()
    dialog = _dialog(panel, EventDialog)
    dialog.select_kind(EventKind.INTERVIEW)
    dialog.day.setDate(dialog.day.date().addDays(-3))
    dialog.save_button.click()
    assert panel.status.text() == "Interviewing"

    window.undo_stack.undo()

    assert panel.status.text() == "Applied"
    assert [e.kind for e in ApplicationRepository(window.context.database).events(app_id)] == [
        EventKind.APPLIED
    ]
    window.undo_stack.redo()
    assert panel.status.text() == "Interviewing"


def test_the_delete_question_defaults_to_no_so_enter_deletes_nothing(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nextmove.ui.ask import ask_yes_no

    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default = box.defaultButton()
        seen.append(box.standardButton(default).name if default is not None else "none")
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert ask_yes_no(window, "Delete this entry?", "Edit › Undo brings it back.") is False
    assert seen == ["No"]


def test_contact_changes_are_undo_steps_and_the_row_follows(
    window: MainWindow, panel: DetailPanel, app_id: int
) -> None:
    def people() -> list[str]:
        return [c.name for c in panel.contacts.for_application(app_id)]

    def contact_cell() -> str:
        row = window.model.row_data(app_id)
        assert row is not None
        return str(row[tracker_rows.CONTACT])

    panel._on_add_dialog_submitted(ContactData("Ann Lee", "ann@acme.example"))
    assert people() == ["Ann Lee"]
    assert window.undo_stack.undoText() == "Add Ann Lee"
    (ann,) = panel.contacts.for_application(app_id)
    window.undo_stack.undo()
    assert people() == []
    assert "Ann Lee" not in panel.people.list.item(0).text()  # the "No one yet" line
    assert panel.contacts.all() == []  # the new person is gone, not just unlinked
    window.undo_stack.redo()
    assert [(c.id, c.name) for c in panel.contacts.for_application(app_id)] == [
        (ann.id, "Ann Lee")
    ]  # the same person, under the same id
    assert "Ann Lee" in contact_cell()

    panel._on_edit_dialog_submitted(ann.id, ContactData("Ann Leigh", "ann@acme.example"))
    assert people() == ["Ann Leigh"]
    window.undo_stack.undo()
    assert people() == ["Ann Lee"]
    assert panel.people.list.item(0).text().startswith("Ann Lee")

    panel._on_people_unlink_requested(ann.id)
    assert people() == []
    window.undo_stack.undo()
    assert people() == ["Ann Lee"]
    assert "Ann Lee" in contact_cell()
