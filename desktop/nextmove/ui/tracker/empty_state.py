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
        intro = QLabel(
            self.tr(
                "Every application you track here gets a timeline, reminders for the next step, "
                "and a guided way through a rejection when one comes."
            )
        )
        intro.setObjectName("empty_state_intro")
        start = QLabel(
            self.tr(
                "Add your first one with Ctrl+N, or bring in the spreadsheet you kept so far "
                "with File › Import CSV."
            )
        )
        start.setObjectName("empty_state_text")
        for label in (title, intro, start):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for label in (intro, start):
            label.setWordWrap(True)
            # Qt does not give a wrapped label its height inside an aligned layout item: fix
            # the width and ask for the height that width needs.
            width = label.fontMetrics().averageCharWidth() * 64
            label.setFixedWidth(width)
            label.setMinimumHeight(label.heightForWidth(width))
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
        layout.addWidget(intro, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        layout.addWidget(start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.new_button.clicked.connect(self.newRequested)
        self.import_button.clicked.connect(self.importRequested)
