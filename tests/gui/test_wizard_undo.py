"""Undoing the wizard's "rejected" takes its unsent emails out of the outbox; redo queues them
again. The real window, the real outbox on the data folder's SQLite file, a real SMTP server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard

from nextmove.domain.status import EventKind, Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.outbox import OutboxRepository
from nextmove.ui.main_window import MainWindow
from nextmove.ui.wizard.controller import WizardController
from tests.gui.wizard_helpers import add_interviewed_application, drive_to
from tests.mail.gui_support import add_account, mail_controller, trigger
from tests.smtp_server import SmtpServer


def _finish_wizard(window: MainWindow, qtbot: Any, app_id: int) -> None:
    """Every page answered as a person would: a feedback request to Sam and a note to an
    expert (Morgan) are queued."""
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    wizard = controller.open_for(app_id)
    assert wizard is not None
    drive_to(wizard, 8)
    with qtbot.waitSignal(wizard.reflectionFinished, timeout=2000):
        wizard.button(QWizard.WizardButton.FinishButton).click()


def _outbox(window: MainWindow) -> list[tuple[str, str, str, str]]:
    assert window.context is not None
    rows = OutboxRepository(window.context.database).rows()
    return sorted((r.purpose, r.to_address, r.subject, r.state) for r in rows)


def _status(window: MainWindow, app_id: int) -> Status:
    assert window.context is not None
    return ApplicationRepository(window.context.database).get(app_id).status


def test_undo_withdraws_the_wizards_unsent_emails_and_redo_queues_them_again(
    window: MainWindow, qtbot: Any
) -> None:
    assert window.context is not None
    app_id = add_interviewed_application(window.context.database)
    window.reload()
    _finish_wizard(window, qtbot, app_id)
    queued = _outbox(window)
    assert [(p, s) for p, _, _, s in queued] == [("experts", "queued"), ("feedback_request",
                                                                         "queued")]  # fmt: skip
    assert _status(window, app_id) is Status.REJECTED
    assert "rejected (rejection wizard)" in window.action("action_undo").text()

    trigger(window, "action_undo")
    assert _status(window, app_id) is Status.INTERVIEWING
    assert _outbox(window) == []  # nothing left that would be sent
    message = window.statusBar().currentMessage()
    assert "2 emails from the wizard were taken out of the outbox" in message
    kinds = [e.kind for e in ApplicationRepository(window.context.database).events(app_id)]
    assert EventKind.REJECTED not in kinds
    assert window.model.row_data(app_id) is not None

    trigger(window, "action_redo")
    assert _status(window, app_id) is Status.REJECTED
    assert _outbox(window) == queued  # the same emails, waiting again
    assert "2 emails from the wizard are back in the outbox" in window.statusBar().currentMessage()

    trigger(window, "action_undo")  # and once more: the new copies are withdrawn too
    assert _outbox(window) == []
    assert _status(window, app_id) is Status.INTERVIEWING

    window.undo_stack.redo()  # not through the menu: the status bar still says what happened
    assert _outbox(window) == queued
    assert window.statusBar().currentMessage() == "2 emails from the wizard are back in the outbox."


def test_an_email_already_sent_is_never_withdrawn_and_the_status_bar_says_so(
    window: MainWindow, qtbot: Any, server: SmtpServer, cert: Path
) -> None:
    assert window.context is not None
    controller = mail_controller(window)
    add_account(controller, server, cert)
    app_id = add_interviewed_application(window.context.database)
    window.reload()
    _finish_wizard(window, qtbot, app_id)
    rows = OutboxRepository(window.context.database).rows()
    [request] = [r for r in rows if r.purpose == "feedback_request"]
    with qtbot.waitSignal(controller.batchFinished, timeout=10000):
        controller.send_now({request.id})
    assert len(server.received) == 1

    trigger(window, "action_undo")
    assert _outbox(window) == [
        ("feedback_request", "sam@acme.example", request.subject, "sent")
    ]  # the expert's email is withdrawn, the one that left stays on record
    message = window.statusBar().currentMessage()
    assert "1 email from the wizard was taken out of the outbox" in message
    assert "1 had already been sent and cannot be taken back" in message

    trigger(window, "action_redo")
    assert [(p, s) for p, _, _, s in _outbox(window)] == [("experts", "queued"),
                                                          ("feedback_request", "sent")]  # fmt: skip
    assert "1 email from the wizard is back in the outbox" in window.statusBar().currentMessage()
    assert len(server.received) == 1  # nothing was sent twice


def test_a_rejection_marked_in_the_table_before_the_wizard_is_undone_after_its_emails(
    window: MainWindow, qtbot: Any
) -> None:
    assert window.context is not None
    app_id = add_interviewed_application(window.context.database)
    window.reload()
    window.model.editRequested.emit(app_id, "status", "rejected")
    assert _status(window, app_id) is Status.REJECTED
    _finish_wizard(window, qtbot, app_id)
    assert len(_outbox(window)) == 2

    trigger(window, "action_undo")  # first the wizard's emails, which came last
    assert _outbox(window) == []
    assert _status(window, app_id) is Status.REJECTED
    assert "2 emails from the wizard were taken out" in window.statusBar().currentMessage()
    trigger(window, "action_undo")  # then the status change itself
    assert _status(window, app_id) is Status.INTERVIEWING
    assert _outbox(window) == []
