"""The wizard's steps as a list beside the page: where you are, what is done, what is left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QVBoxLayout, QWidget

DONE = "✓"
CURRENT = "▸"


class WizardSteps(QWidget):
    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard_steps_panel")
        self.count_label = QLabel()
        self.count_label.setObjectName("wizard_step_count")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.count_label.font())
        font.setBold(True)
        self.count_label.setFont(font)
        self.list = QListWidget()
        self.list.setObjectName("wizard_steps")
        self.list.setAccessibleName(self.tr("Steps"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._titles = titles
        for _ in titles:
            self.list.addItem("")
        widest = max(self.list.fontMetrics().horizontalAdvance(f"{DONE}  9. {t}") for t in titles)
        self.list.setFixedWidth(min(widest + 24, 200))
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        self.set_current(1)

    def add_note(self, note: QWidget) -> None:
        """A note under the list (the wizard's "where your draft waits")."""
        self._layout.addWidget(note)

    def set_current(self, step: int) -> None:
        """Mark `step` (1-based) as current and every step before it as done."""
        total = len(self._titles)
        self.count_label.setText(self.tr("Step {n} of {total}").format(n=step, total=total))
        self.list.setAccessibleDescription(self.count_label.text())
        for number, title in enumerate(self._titles, start=1):
            item = self.list.item(number - 1)
            mark = DONE if number < step else CURRENT if number == step else "  "
            item.setText(f"{mark}  {number}. {title}")
            font = QFont(self.list.font())
            font.setBold(number == step)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, number < step)  # finished
            if number == step:
                self.list.setCurrentRow(number - 1)
