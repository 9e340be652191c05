"""A quiet offer in the status bar when an application turns "rejected": never a forced dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class RejectionNotice(QWidget):
    # The person asked to work through the rejection of this application.
    handleRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejection_notice")
        self.setAccessibleName(self.tr("Rejection notice"))
        self._application_id = 0
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.handle_button = QPushButton(self.tr("Handle rejection…"))
        self.handle_button.setObjectName("rejection_notice_handle")
        self.dismiss_button = QToolButton()
        self.dismiss_button.setObjectName("rejection_notice_dismiss")
        self.dismiss_button.setText(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.handle_button)
        layout.addWidget(self.dismiss_button)
        self.handle_button.clicked.connect(self._on_handle_button_clicked)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    @property
    def application_id(self) -> int:
        return self._application_id

    def offer(self, application_id: int, label: str) -> None:
        self._application_id = application_id
        self.label.setText(self.tr("Sorry about {what}. Want to reflect on it?").format(what=label))
        self.show()

    def _on_handle_button_clicked(self) -> None:
        self.hide()
        self.handleRequested.emit(self._application_id)
