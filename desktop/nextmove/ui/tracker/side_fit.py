"""Keeps the tracker table's key columns in view beside the side panel.

When the window (or a dock beside it) leaves too little room for the table to show company to
next action next to the side panel, the side panel collapses; it comes back once there is room.
Once the person shows or hides it (View › Details Panel, or dragging the divider), their choice
stands for the rest of the session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QWidget

from nextmove.ui.tracker.table_view import TrackerTable

# The table pane's left margin, beside the table's own width.
_LEFT_MARGIN = 6


class SidePanelFit(QObject):
    def __init__(
        self, splitter: QSplitter, side: QWidget, table: TrackerTable, action: QAction
    ) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._side = side
        self._table = table
        self._action = action
        self.auto_hidden = False
        self.manual = False
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._on_splitter_moved)
        action.triggered.connect(self._on_action_triggered)

    def shown(self) -> bool:
        return self._splitter.sizes()[1] > 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            # After the splitter has shared out the new width itself.
            QTimer.singleShot(0, self.fit)
        return super().eventFilter(watched, event)

    def _side_min(self) -> int:
        return self._side.minimumSizeHint().width()

    def fit(self) -> None:
        total = sum(self._splitter.sizes())
        if self.manual or total <= 0:
            return
        side_min = self._side_min()
        fits = total - side_min >= self._table.key_columns_width() + _LEFT_MARGIN
        if self.shown() and not fits:
            self.auto_hidden = True
            self._splitter.setSizes([total, 0])
        elif self.auto_hidden and fits:
            self.auto_hidden = False
            side = max(side_min, total * 3 // 10)
            self._splitter.setSizes([total - side, side])
        self._action.setChecked(self.shown())

    def _on_action_triggered(self, shown: bool) -> None:
        self.manual = True
        total = sum(self._splitter.sizes())
        side = max(self._side_min(), total * 3 // 10) if shown else 0
        self._splitter.setSizes([total - side, side])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self.manual = True
        self._action.setChecked(self.shown())
