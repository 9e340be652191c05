"""The board: one column per stage, side by side, scrolling sideways when the window is narrow.

It follows the window's selection both ways (a clicked card selects the application, the side
panel follows; a selection made elsewhere shows on the board), and Left/Right walk between
columns. It never writes: a dropped or key-moved card is a request for the window's editing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QScrollArea, QWidget

from nextmove.domain.board import BOARD_STATUSES
from nextmove.domain.status import Status
from nextmove.ui.board.board_models import BoardModels
from nextmove.ui.board.card_delegate import CardDelegate
from nextmove.ui.board.column_view import BoardColumn, CardList
from nextmove.ui.tracker.table_model import ID_ROLE


class BoardView(QScrollArea):
    # The person picked a card (application id).
    cardSelected = Signal(int)
    # A card was double-clicked: open the application.
    openRequested = Signal(int)

    def __init__(
        self, models: BoardModels, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("board_view")
        self.setAccessibleName(self.tr("Board"))
        self.models = models
        self._delegate = CardDelegate(today, self)
        self._selected = 0
        strip = QWidget()
        strip.setObjectName("board_strip")
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.columns: dict[Status, BoardColumn] = {}
        for status in BOARD_STATUSES:
            column = BoardColumn(models.columns[status], self._delegate, strip)
            self.columns[status] = column
            row.addWidget(column)
            column.list.selectionModel().currentChanged.connect(self._on_list_currentChanged)
            column.list.openRequested.connect(self.openRequested)
            column.list.installEventFilter(self)
        row.addStretch(1)
        self.setWidget(strip)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        models.countsChanged.connect(self._on_models_countsChanged)

    def list_for(self, status: Status) -> CardList:
        return self.columns[status].list

    def lists(self) -> list[CardList]:
        return [column.list for column in self.columns.values()]

    def counts(self) -> dict[str, int]:
        return {status.value: column.list.count() for status, column in self.columns.items()}

    # -- selection ---------------------------------------------------------------------------

    def show_selected(self, application_id: int) -> None:
        """Make this application's card the current one (nothing selected if it is not shown)."""
        self._selected = application_id
        column = self.models.column_of(application_id) if application_id else None
        focus = QApplication.focusWidget()
        had_focus = isinstance(focus, CardList) and self.isAncestorOf(focus)
        for status, board_column in self.columns.items():
            view = board_column.list
            if column is None or status is not column.status:
                if view.selectionModel().hasSelection() or view.currentIndex().isValid():
                    view.selectionModel().clear()
                continue
            row = column.row_of(application_id)
            assert row is not None
            index = column.index(row, 0)
            if view.currentIndex() != index:
                view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            view.scrollTo(index)
            if not board_column.expanded:
                board_column.set_expanded(True)
            if had_focus:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(board_column, 0, 0)

    def _on_list_currentChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.models.busy:
            return  # a card that moved away is not the person picking its neighbour
        application_id = int(current.data(ID_ROLE))
        if application_id != self._selected:
            self._selected = application_id
            self.cardSelected.emit(application_id)
        for view in self.lists():
            if view.model() is not current.model() and view.selectionModel().hasSelection():
                view.selectionModel().clear()

    def _on_models_countsChanged(self) -> None:
        if self._selected:
            self.show_selected(self._selected)

    # -- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, CardList)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        ):
            self._walk(watched, -1 if event.key() == Qt.Key.Key_Left else 1)
            return True
        return super().eventFilter(watched, event)

    def _walk(self, view: CardList, step: int) -> None:
        """Focus the nearest column with cards to the left or right, at about the same height."""
        statuses = list(self.columns)
        at = statuses.index(view.column_model().status)
        row = max(0, view.currentIndex().row())
        position = at + step
        while 0 <= position < len(statuses):
            column = self.columns[statuses[position]]
            if column.expanded and column.list.count():
                target = column.list
                index = target.model().index(min(row, target.count() - 1), 0)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                target.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return
            position += step
