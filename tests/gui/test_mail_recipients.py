"""Several recipients from the compose window: To, Cc and Bcc, each address checked; Bcc
recipients get the message but no copy shows them."""

from __future__ import annotations

from pathlib import Path

from nextmove.ui.mail.compose_dialog import ComposeDialog
from nextmove.ui.main_window import MainWindow
from tests.mail.gui_support import add_account, mail_controller, trigger
from tests.smtp_server import SmtpServer


def _open(window: MainWindow) -> ComposeDialog:
    trigger(window, "action_compose_email")
    dialog = window.findChild(ComposeDialog, "compose_dialog")
    assert dialog is not None
    return dialog


def test_to_cc_and_bcc_each_checked_then_sent_once_to_everyone_without_a_bcc_header(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    add_account(controller, server, cert)
    dialog = _open(window)
    assert dialog.cc.objectName() == "compose_cc"
    assert dialog.bcc.objectName() == "compose_bcc"
    dialog.to.setText("ana@panel.example, ben@panel.example")
    dialog.cc.setText("recruiter@agency.example")
    dialog.bcc.setText("me-too@example")  # no dot in the domain: refused
    dialog.subject.setText("Thank you")
    dialog.body.setPlainText("Thank you all for your time.")
    assert "Bcc: me-too@example (hidden from the others)" in dialog.preview.toPlainText()

    dialog.send_button.click()
    assert dialog.errors.text("bcc")
    assert dialog.errors.text("to") == ""
    assert controller.outbox.messages.rows() == []

    dialog.bcc.setText("mentor@example.org")
    dialog.send_button.click()

    [received] = server.received
    assert received.recipients == [
        "ana@panel.example", "ben@panel.example", "recruiter@agency.example",
        "mentor@example.org",
    ]  # fmt: skip
    assert received.message["To"] == "ana@panel.example, ben@panel.example"
    assert received.message["Cc"] == "recruiter@agency.example"
    assert received.message["Bcc"] is None
    assert b"mentor@" not in received.data
    [row] = controller.outbox.messages.rows()
    assert row.state == "sent"
    assert (row.cc_addresses, row.bcc_addresses) == (
        "recruiter@agency.example",
        "mentor@example.org",
    )
