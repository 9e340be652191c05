"""The compose window's preview: exactly what will leave, headers and all, and which
placeholders still need filling in before it can."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from nextmove.domain.templates import unfilled
from nextmove.ui.mail.recipient_fields import preview_copies


class ComposePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setObjectName("compose_preview")
        self.text.setAccessibleName(self.tr("Preview"))
        self.text.setReadOnly(True)
        self.text.setFont(QFont("monospace"))
        self.label = QLabel()
        self.label.setObjectName("compose_preview_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.text, 1)

    def show_message(
        self, name: str, address: str, to: str, cc: str, bcc: str, subject: str, body: str
    ) -> None:
        """Show the message as it will be sent (subject and body already rendered)."""
        sender = f"{name} <{address}>" if name else address or self.tr("(no account yet)")
        copies = preview_copies(cc, bcc, self.tr("(hidden from the others)"))
        self.text.setPlainText(
            f"From: {sender}\nTo: {to.strip()}\n{copies}Subject: {subject}\n\n{body}"
        )
        missing = list(dict.fromkeys(unfilled(subject) + unfilled(body)))
        if missing:
            names = ", ".join("{" + key + "}" for key in missing)
            self.label.setText(
                self.tr("Preview — {names} must be filled in before this can be sent:").replace(
                    "{names}", names
                )
            )
        else:
            self.label.setText(self.tr("Preview — exactly what will be sent:"))
