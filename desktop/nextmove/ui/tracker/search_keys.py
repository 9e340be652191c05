"""The search box's keys, as in a mail client or a file manager: Escape clears the search,
Down (or Page Down) goes into the results, keeping the selection or taking the first row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from nextmove.ui.tracker.table_view import TrackerTable

_INTO_RESULTS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)


class SearchKeys(QObject):
    def __init__(self, box: QLineEdit, table: TrackerTable) -> None:
        super().__init__(box)
        self._box = box
        self._table = table
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self._box.text():
                self._box.clear()
                return True
            if event.key() in _INTO_RESULTS and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                return self._into_results()
        return super().eventFilter(watched, event)

    def _into_results(self) -> bool:
        model = self._table.model()
        if model.rowCount() == 0:
            return False
        selection = self._table.selectionModel()
        if not selection.selectedRows():
            first = model.index(0, 0)
            selection.setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._table.scrollTo(first)
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
