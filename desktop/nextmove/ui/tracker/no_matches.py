"""What the table area shows when a search or status filter leaves no rows: what was asked
for, and one button back to every application."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class NoMatches(QWidget):
    # The person wants the search and the filter cleared.
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tracker_no_matches")
        self.setAccessibleName(self.tr("No matching applications"))
        self.message = QLabel()
        self.message.setObjectName("no_matches_text")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the search text is the user's
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message.setStyleSheet("font-size: 13pt;")
        self.clear_button = QPushButton(self.tr("Show all applications"))
        self.clear_button.setObjectName("no_matches_clear")
        self.clear_button.setAccessibleName(self.tr("Clear the search and the status filter"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.clear_button.clicked.connect(self.clearRequested)

    def show_for(self, search: str, status: str) -> None:
        """Say what found nothing: the search text, the status filter's name, or both."""
        search = search.strip()
        if search and status:
            text = self.tr("No applications in “{status}” match “{search}”.")
        elif search:
            text = self.tr("No applications match “{search}”.")
        else:
            text = self.tr("No applications in “{status}”.")
        self.message.setText(text.format(search=search, status=status))
