"""The outbox names the application each email is about and shows the selected one in full."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from nextmove.domain.application import ApplicationData
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.outbox import OutgoingDraft
from nextmove.ui.mail.outbox_view import OutboxView
from nextmove.ui.main_window import MainWindow
from tests.mail.gui_support import mail_controller, trigger


def test_the_outbox_shows_the_application_and_a_preview(window: MainWindow) -> None:
    assert window.context is not None
    app_id = ApplicationRepository(window.context.database).add(
        ApplicationData("Żabka Nano", "Python Engineer"), date(2026, 11, 26)
    )
    outbox = mail_controller(window).outbox
    about = outbox.queue(
        OutgoingDraft(
            "thank_you",
            "sam@acme.example",
            "Thank you for your time",
            "Dear Sam,\n\nThank you for the interview.\n\nBest,\nAlex",
            application_id=app_id,
        )
    )
    outbox.queue(OutgoingDraft("follow_up", "kim@other.example", "Hello", "Just checking in."))
    trigger(window, "action_outbox")
    view = window.findChild(OutboxView, "outbox_view")
    assert view is not None
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Application" in headers
    column = headers.index("Application")
    cells = {model.data(model.index(r, 1)): model.data(model.index(r, column)) for r in range(2)}
    assert cells == {
        "sam@acme.example": "Żabka Nano – Python Engineer",
        "kim@other.example": "",
    }
    preview = view.findChild(QPlainTextEdit, "outbox_preview")
    assert preview is not None
    assert preview.isVisible()
    assert preview.isReadOnly()
    assert preview.toPlainText() == ""
    view.select(about)
    text = preview.toPlainText()
    assert "To: sam@acme.example" in text
    assert "Subject: Thank you for your time" in text
    assert "About: Żabka Nano – Python Engineer" in text
    assert text.endswith("Dear Sam,\n\nThank you for the interview.\n\nBest,\nAlex")
    view.table.clearSelection()
    assert preview.toPlainText() == ""
