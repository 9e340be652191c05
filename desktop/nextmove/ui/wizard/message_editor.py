"""An email the wizard offers to queue: previewed from a template, editable, opt-in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.templates import TemplateText, render
from nextmove.domain.wizard import MessageDraft


class MessageEditor(QWidget):
    # The person asked for the template's text again.
    resetRequested = Signal()

    def __init__(self, name: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.purpose = ""
        self.enabled_box = QCheckBox(label)
        self.enabled_box.setObjectName(f"{name}_enabled")
        self.to_label = QLabel()
        self.to_label.setObjectName(f"{name}_to")
        self.subject = QLineEdit()
        self.subject.setObjectName(f"{name}_subject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setObjectName(f"{name}_body")
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(130)
        self.reset_button = QPushButton(self.tr("Use the &template again"))
        self.reset_button.setObjectName(f"{name}_reset")

        form = QFormLayout()
        form.addRow(QLabel(self.tr("To:")), self.to_label)  # read-only: no buddy to jump to
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("&Message:"), self.body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        self._details = QWidget()
        details_layout = QVBoxLayout(self._details)
        details_layout.setContentsMargins(20, 0, 0, 0)
        details_layout.addLayout(form)
        details_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self._details)

        self.enabled_box.toggled.connect(self._on_enabled_box_toggled)
        self.reset_button.clicked.connect(self.resetRequested)
        self._on_enabled_box_toggled(False)

    def set_recipient(self, text: str) -> None:
        self.to_label.setText(text or self.tr("(no email address yet — add one on the first page)"))

    def fill(self, template: TemplateText) -> None:
        self.purpose = template.purpose
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)

    def fill_in(self, values: dict[str, str]) -> None:
        """Fill placeholders still in the text (say, a name given after it was drafted);
        everything the person wrote stays as it is."""
        subject = render(self.subject.text(), values)
        body = render(self.body.toPlainText(), values)
        if subject != self.subject.text():
            self.subject.setText(subject)
        if body != self.body.toPlainText():
            self.body.setPlainText(body)

    def is_empty(self) -> bool:
        return not self.body.toPlainText().strip()

    def load(self, message: MessageDraft) -> None:
        self.purpose = message.purpose
        self.enabled_box.setChecked(message.enabled)
        self.subject.setText(message.subject)
        self.body.setPlainText(message.body)

    def store(self, message: MessageDraft) -> None:
        if self.purpose:
            message.purpose = self.purpose
        message.enabled = self.enabled_box.isChecked()
        message.subject = self.subject.text()
        message.body = self.body.toPlainText()

    def _on_enabled_box_toggled(self, checked: bool) -> None:
        self._details.setEnabled(checked)
