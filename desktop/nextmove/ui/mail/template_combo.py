"""The compose window's template picker: a combo box that a passing scroll wheel leaves alone.

Choosing a template replaces the message, so only a deliberate choice may do it: the wheel is
ignored unless the picker has keyboard focus, and scrolling goes to the window instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class TemplateCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compose_template")
        self.setAccessibleName(self.tr("Template"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel turn never takes focus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
