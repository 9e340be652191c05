"""A message bar above the table when an application turns "rejected": hard to miss, never a
forced dialog. "Reflect now" opens the wizard, "Not now" puts the bar away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class RejectionNotice(QFrame):
    # The person asked to work through the rejection of this application.
    handleRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejection_bar")
        self.setAccessibleName(self.tr("Rejection"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The palette's tooltip colours: a soft note colour in light and dark schemes alike.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self._application_id = 0
        self.label = QLabel()
        self.label.setObjectName("rejection_bar_text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.handle_button = QPushButton(self.tr("Reflect now…"))
        self.handle_button.setObjectName("rejection_bar_reflect")
        self.handle_button.setAccessibleName(self.tr("Reflect on this rejection now"))
        self.handle_button.setDefault(False)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setObjectName("rejection_bar_dismiss")
        self.dismiss_button.setAccessibleName(self.tr("Not now"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
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
        self.label.setText(
            self.tr(
                "Sorry about {what}. Reflecting on it now helps the next application. "
                "Want to go through it?"
            ).format(what=label)
        )
        self.show()

    def _on_handle_button_clicked(self) -> None:
        self.hide()
        self.handleRequested.emit(self._application_id)
