"""What a new user sees instead of an empty grid: how to add the first application."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    # The person chose how to start.
    newRequested = Signal()
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tracker_empty_state")
        self.setAccessibleName(self.tr("No applications yet"))
        title = QLabel(self.tr("No applications yet"))
        title.setObjectName("empty_state_title")
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        body = QLabel(
            self.tr(
                "Every application you track here gets a timeline, reminders for the next step, "
                "and a guided way through a rejection when one comes.\n\n"
                "Add your first one with Ctrl+N, or bring in the spreadsheet you kept so far "
                "with File › Import CSV."
            )
        )
        body.setObjectName("empty_state_text")
        body.setWordWrap(True)
        body.setMaximumWidth(520)
        for label in (title, body):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.new_button = QPushButton(self.tr("Add an application"))
        self.new_button.setObjectName("empty_state_new")
        self.new_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Import a CSV…"))
        self.import_button.setObjectName("empty_state_import")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.new_button.clicked.connect(self.newRequested)
        self.import_button.clicked.connect(self.importRequested)
