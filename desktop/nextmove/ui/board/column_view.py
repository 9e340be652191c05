"""One column of the board: a header with the stage and its count, and a list of cards.

The list is a plain QListView over the column's model (cards are painted by the delegate).
Closed stages start collapsed: a narrow strip with the header that still takes dropped cards.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.status import CLOSED_STATUSES
from nextmove.ui.board.card_delegate import CardDelegate
from nextmove.ui.board.column_model import MIME_TYPE, BoardColumnModel
from nextmove.ui.tracker.columns import status_label
from nextmove.ui.tracker.table_model import ID_ROLE

COLUMN_WIDTH = 212
COLLAPSED_WIDTH = 124


class CardList(QListView):
    """The cards of one column; drags carry ids, drops ask the model for a status change."""

    # A card was double-clicked (open the application).
    openRequested = Signal(int)

    def __init__(self, model: BoardColumnModel, delegate: CardDelegate, parent: QWidget) -> None:
        super().__init__(parent)
        status = model.status.value
        self.setObjectName(f"board_column_{status}")
        self.setModel(model)
        self.setItemDelegate(delegate)
        # Every card is as tall as the next: Qt never measures 10,000 of them.
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # the whole column is the target, not a gap
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.doubleClicked.connect(self._on_self_doubleClicked)

    def column_model(self) -> BoardColumnModel:
        model = self.model()
        assert isinstance(model, BoardColumnModel)
        return model

    def count(self) -> int:
        return self.column_model().rowCount()

    def _on_self_doubleClicked(self, index: QModelIndex) -> None:
        self.openRequested.emit(int(index.data(ID_ROLE)))


class BoardColumn(QFrame):
    """A column's frame: header button (collapses closed stages) and its card list."""

    def __init__(self, model: BoardColumnModel, delegate: CardDelegate, parent: QWidget) -> None:
        super().__init__(parent)
        self.status = model.status
        self.setObjectName(f"board_frame_{self.status.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)  # a collapsed column still takes cards
        self.header = QToolButton(self)
        self.header.setObjectName(f"board_header_{self.status.value}")
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.header.setAutoRaise(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list = CardList(model, delegate, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self.collapsible = self.status in CLOSED_STATUSES
        self.header.setCheckable(self.collapsible)
        self.header.toggled.connect(self.set_expanded)
        model.modelReset.connect(self.update_count)
        model.rowsInserted.connect(self.update_count)
        model.rowsRemoved.connect(self.update_count)
        self.set_expanded(not self.collapsible)

    @property
    def expanded(self) -> bool:
        return self.list.isVisibleTo(self)

    def set_expanded(self, expanded: bool) -> None:
        expanded = expanded or not self.collapsible
        self.list.setVisible(expanded)
        self.setFixedWidth(COLUMN_WIDTH if expanded else COLLAPSED_WIDTH)
        if self.collapsible and self.header.isChecked() != expanded:
            self.header.setChecked(expanded)
        self.update_count()

    def update_count(self) -> None:
        count = self.list.count()
        label = status_label(self.status.value)
        arrow = ("▾ " if self.expanded else "▸ ") if self.collapsible else ""
        self.header.setText(f"{arrow}{label}  {count:,}")
        self.list.setAccessibleName(
            self.tr("{stage}: {count} applications").format(stage=label, count=count)
        )
        self.header.setAccessibleName(self.list.accessibleName())
        if self.collapsible:
            tip = self.tr("Hide these cards") if self.expanded else self.tr("Show these cards")
            self.header.setToolTip(tip)

    # A collapsed column (and the header of an open one) takes dropped cards too.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        model = self.list.column_model()
        if model.canDropMimeData(event.mimeData(), event.dropAction(), -1, -1, QModelIndex()):
            model.dropMimeData(event.mimeData(), event.dropAction(), -1, -1, QModelIndex())
            event.acceptProposedAction()
