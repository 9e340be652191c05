"""One board column's cards: a thin list model over the tracker's own rows.

It holds only application ids (in the tracker's display order); every value comes from the
tracker model's row store when a card is painted, so the board and the table never disagree.
Dragging a card carries its id in a private MIME type; a drop asks for the status change
(`moveRequested`) and never writes anything itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from nextmove.domain.status import Status
from nextmove.ui.tracker.table_model import ID_ROLE, TrackerModel

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-nextmove-application-ids"

# What the card delegate reads besides the display text.
ROW_ROLE = Qt.ItemDataRole.UserRole + 20  # the whole TrackerRow
SINCE_ROLE = Qt.ItemDataRole.UserRole + 21  # ISO date the current stage began, or ""
DUE_STATE_ROLE = Qt.ItemDataRole.UserRole + 22  # "overdue", "due" or ""

_CARD_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)


def encode_ids(ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(",".join(map(str, ids)).encode("ascii")))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MIME_TYPE):
        return []
    raw = bytes(mime.data(MIME_TYPE).data()).decode("ascii", "replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class BoardColumnModel(QAbstractListModel):
    # Cards dropped here: move each application (id) to this column's status.
    moveRequested = Signal(int, str)

    def __init__(
        self, status: Status, tracker: TrackerModel, since: dict[int, str], parent: object = None
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.status = status
        self._tracker = tracker
        self._since = since  # shared with the other columns; kept by BoardModels
        self.ids: list[int] = []

    # -- what the coordinator calls -------------------------------------------------------------

    def replace(self, ids: list[int]) -> None:
        """Show `ids`, with the smallest change the views can follow (one card in or out)."""
        old = self.ids
        if ids == old:
            return
        if len(ids) == len(old) + 1:
            at = _first_difference(old, ids)
            if old[at:] == ids[at + 1 :]:
                self.beginInsertRows(QModelIndex(), at, at)
                self.ids = ids
                self.endInsertRows()
                return
        elif len(ids) == len(old) - 1:
            at = _first_difference(ids, old)
            if ids[at:] == old[at + 1 :]:
                self.beginRemoveRows(QModelIndex(), at, at)
                self.ids = ids
                self.endRemoveRows()
                return
        self.beginResetModel()
        self.ids = ids
        self.endResetModel()

    def refresh(self, changed: set[int]) -> None:
        """Repaint the cards of these applications, if shown here."""
        for row, ident in enumerate(self.ids):
            if ident in changed:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def row_of(self, application_id: int) -> int | None:
        try:
            return self.ids.index(application_id)
        except ValueError:
            return None

    # -- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # the empty space below the cards
        return _CARD_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        ident = self.ids[index.row()]
        row = self._tracker.row_data(ident)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.company} – {row.role}" if row.role else row.company
        if role == ID_ROLE:
            return ident
        if role == ROW_ROLE:
            return row
        if role == SINCE_ROLE:
            return self._since.get(ident, "")
        if role == DUE_STATE_ROLE:
            return self._tracker.due_state(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.next_action or None
        return None

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return encode_ids([self.ids[row] for row in rows if 0 <= row < len(self.ids)])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        moved = [ident for ident in decode_ids(data) if ident not in self.ids]
        for ident in moved:
            self.moveRequested.emit(ident, self.status.value)
        # False: the cards move by the status change itself, so the source view must not
        # remove anything on its side.
        return False

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False  # a card leaves a column only when its status changes


def _first_difference(shorter: list[int], longer: list[int]) -> int:
    for at, (a, b) in enumerate(zip(shorter, longer, strict=False)):
        if a != b:
            return at
    return len(shorter)
