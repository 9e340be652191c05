"""Record feedback that arrived after the wizard, so the reply rate in the insights is true."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from nextmove.ui import palette
from nextmove.ui.widgets.date_field import DateField


class FeedbackArrived(QGroupBox):
    # The person saved the feedback: (text, received on).
    saved = Signal(str, date)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_arrived")
        self.setTitle(self.tr("Their feedback arrived"))
        self.setAccessibleName(self.tr("Record feedback that arrived"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("feedback_arrived_text")
        self.text.setAccessibleName(self.tr("What they said"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.received_on = DateField(
            today,
            optional=False,
            maximum=today,
            maximum_message=self.tr("Feedback cannot arrive in the future."),
        )
        self.received_on.setObjectName("feedback_arrived_on")
        self.received_on.setAccessibleName(self.tr("Received on"))
        self.error = QLabel()
        self.error.setObjectName("feedback_arrived_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        palette.text_colour(self.error, "error")
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save Feedback"))
        self.save_button.setObjectName("feedback_arrived_save")
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        form = QFormLayout(self)
        form.addRow(self.tr("What they said:"), self.text)
        form.addRow(self.tr("Received on:"), self.received_on)
        form.addRow(buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.text.textChanged.connect(self._on_text_changed)

    def _on_save_button_clicked(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            self.error.setText(self.tr("Write down what they said, even in a few words."))
            self.error.show()
            return
        self.error.hide()
        if not self.received_on.check():
            self.received_on.setFocus()
            return
        self.saved.emit(text, self.received_on.value() or self.received_on.today())

    def _on_text_changed(self) -> None:
        if self.text.toPlainText().strip():
            self.error.hide()
