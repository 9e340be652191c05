"""The Inbox panel on a real window and a real Dovecot: findings listed with their sentence,
the wizard opened pre-filled, and every accepted suggestion undoable."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from nextmove.domain.status import Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.inbox import InboxRepository
from nextmove.storage.reflections import ReflectionService
from nextmove.ui.inbox.controller import InboxController
from nextmove.ui.main_window import MainWindow
from tests.imap_server import Dovecot
from tests.inbox_support import add_corpus_applications, add_imap_account, corpus_path

REJECTION = "001-rejection.eml"  # Jane Roe at Acme, Data Analyst, Tue 20 Oct 2026
INTERVIEW = "039-interview.eml"
FEEDBACK = "083-feedback.eml"  # Ola Berg at Zephyr, UX Researcher


def controller_of(window: MainWindow) -> InboxController:
    found = window.findChild(QObject, "inbox_controller")
    assert isinstance(found, InboxController)
    return found


@pytest.fixture
def ids(window: MainWindow) -> dict[str, int]:
    assert window.context is not None
    found = add_corpus_applications(window.context.database)
    window.reload()
    return found


def deliver_and_check(window: MainWindow, dovecot: Dovecot, *names: str) -> InboxController:
    assert window.context is not None
    controller = controller_of(window)
    store = window.context.services.credentials  # the window's keyring is in memory
    user = dovecot.add_user()
    dovecot.deliver(user, [corpus_path(name).read_bytes() for name in names])
    add_imap_account(window.context.database, store, dovecot, user)
    action = window.findChild(QAction, "action_check_replies")
    assert isinstance(action, QAction)
    assert action.shortcut().toString() == "F5"
    action.trigger()
    assert not controller.checking
    return controller


def status_of(window: MainWindow, application_id: int) -> Status:
    assert window.context is not None
    return ApplicationRepository(window.context.database).get(application_id).status


def test_check_for_replies_lists_what_was_found_and_changes_nothing(
    window: MainWindow, ids: dict[str, int], dovecot: Dovecot
) -> None:
    controller = deliver_and_check(window, dovecot, REJECTION, "091-other.eml")
    panel = controller.panel
    assert panel.isVisible()
    assert panel.list.count() == 1  # the job alert is not listed
    text = panel.list.item(0).text()
    assert text == "Acme — Data Analyst: this looks like a rejection (Tue 20 Oct, from Jane Roe)"
    assert panel.evidence.text().startswith(
        "“After careful consideration, we have decided to move forward with other candidates"
    )
    assert status_of(window, ids["acme_da"]) is Status.APPLIED  # nothing without a click
    for name in ("inbox_open_wizard", "inbox_mark_rejected", "inbox_add_to_timeline",
                 "inbox_not_this_application", "inbox_ignore"):  # fmt: skip
        assert panel.findChild(QObject, name).isEnabled(), name


def test_open_the_wizard_fills_in_what_the_email_says(
    window: MainWindow, ids: dict[str, int], dovecot: Dovecot, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = deliver_and_check(window, dovecot, REJECTION)
    qtbot.mouseClick(controller.panel.buttons["wizard"], Qt.MouseButton.LeftButton)
    from nextmove.ui.wizard.controller import WizardController

    wizard = window.findChild(WizardController, "wizard_controller").wizard
    assert wizard is not None
    assert wizard.isVisible()
    page = wizard.findChild(QObject, "page_what_happened")
    rejected_on = page.findChild(QObject, "rejected_on").date()
    assert (rejected_on.year(), rejected_on.month(), rejected_on.day()) == (2026, 10, 20)
    assert page.findChild(QObject, "how_heard").currentData() == "Email"
    assert page.findChild(QObject, "contact_name").text() == "Jane Roe"
    assert (
        page.findChild(QObject, "reason")
        .toPlainText()
        .startswith("After careful consideration, we have decided")
    )
    assert controller.panel.list.count() == 0
    wizard.close()


def test_mark_rejected_is_one_undoable_step(
    window: MainWindow, ids: dict[str, int], dovecot: Dovecot, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = deliver_and_check(window, dovecot, REJECTION)
    qtbot.mouseClick(controller.panel.buttons["reject"], Qt.MouseButton.LeftButton)
    assert status_of(window, ids["acme_da"]) is Status.REJECTED
    assert controller.panel.list.count() == 0
    assert window.context is not None
    events = ApplicationRepository(window.context.database).events(ids["acme_da"])
    assert events[-1].occurred_on == date(2026, 10, 20)

    window.undo_stack.undo()

    assert status_of(window, ids["acme_da"]) is Status.APPLIED
    assert controller.panel.list.count() == 1
    window.undo_stack.redo()
    assert status_of(window, ids["acme_da"]) is Status.REJECTED


def test_an_interview_invitation_offers_an_interview_event(
    window: MainWindow, ids: dict[str, int], dovecot: Dovecot, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = deliver_and_check(window, dovecot, INTERVIEW)
    button = controller.panel.buttons["timeline"]
    assert button.text().replace("&", "") == "Add Interview"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert status_of(window, ids["acme_da"]) is Status.INTERVIEWING
    window.undo_stack.undo()
    assert status_of(window, ids["acme_da"]) is Status.APPLIED


def test_a_feedback_reply_fills_the_reflections_feedback_received(
    window: MainWindow, ids: dict[str, int], dovecot: Dovecot, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert window.context is not None
    service = ReflectionService(window.context.database)
    draft = service.start(ids["zephyr_ux"], date(2026, 11, 1))
    controller = deliver_and_check(window, dovecot, FEEDBACK)
    row = controller.panel.current()
    assert row is not None
    assert row.application_id == ids["zephyr_ux"]
    qtbot.mouseClick(controller.panel.buttons["timeline"], Qt.MouseButton.LeftButton)
    answers = service.load(draft.reflection_id).answers
    assert answers.feedback_text.startswith("Thanks for asking for feedback")
    assert answers.feedback_received_on is not None
    window.undo_stack.undo()
    assert service.load(draft.reflection_id).answers.feedback_text == ""


def test_not_this_application_and_ignore_are_undoable(
    window: MainWindow, ids: dict[str, int], dovecot: Dovecot
) -> None:
    controller = deliver_and_check(window, dovecot, REJECTION)
    controller.choose = lambda _parent, _subject, _choices, _current: ids["acme_de"]
    controller.panel.buttons["reassign"].click()
    assert controller.panel.current().application_id == ids["acme_de"]
    assert controller.panel.list.item(0).text().startswith("Acme — Data Engineer:")
    controller.panel.buttons["ignore"].click()
    assert controller.panel.list.count() == 0
    assert window.context is not None
    assert InboxRepository(window.context.database).findings(states=("ignored",))
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert controller.panel.current().application_id == ids["acme_da"]


def test_f5_without_a_watched_account_says_how_to_turn_it_on(window: MainWindow) -> None:
    controller = controller_of(window)
    assert not controller.check(manual=True)
    assert "Watch the inbox for replies" in window.statusBar().currentMessage()


def test_the_watcher_checks_every_15_minutes_unless_the_setting_says_otherwise(
    window: MainWindow, ids: dict[str, int], dovecot: Dovecot
) -> None:
    controller = deliver_and_check(window, dovecot, INTERVIEW)
    assert controller.timer.isActive()
    assert controller.timer.interval() == 15 * 60_000
    assert window.context is not None
    window.context.settings.setValue("inbox/interval_minutes", 5)
    assert controller.interval_minutes() == 5
    window.context.settings.setValue("inbox/interval_minutes", "nonsense")
    assert controller.interval_minutes() == 15

    user = dovecot.add_user()
    dovecot.deliver(user, [corpus_path(REJECTION).read_bytes()])
    add_imap_account(
        window.context.database, controller.scanner.credentials, dovecot, user, name="Other"
    )
    controller.timer.timeout.emit()  # the timer firing, without waiting 15 minutes
    texts = [controller.panel.list.item(i).text() for i in range(controller.panel.list.count())]
    assert any("this looks like a rejection" in text for text in texts)


def test_delete_on_the_list_ignores_and_ctrl_z_brings_it_back(
    window: MainWindow, ids: dict[str, int], dovecot: Dovecot, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = deliver_and_check(window, dovecot, REJECTION)
    panel = controller.panel
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.list.count() == 0
    window.undo_stack.undo()
    assert panel.list.count() == 1
    assert status_of(window, ids["acme_da"]) is Status.APPLIED
