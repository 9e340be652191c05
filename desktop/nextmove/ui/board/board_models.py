"""Sorts the tracker's shown rows into one column model per status, and keeps them sorted.

The board has no rows of its own: it follows the tracker model (search, status filter, sort,
every edit and undo arrive as that model's signals), in one pass over the shown rows each
time. While the board is hidden it only notes that it is stale and catches up when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Signal

from nextmove.domain.board import BOARD_STATUSES
from nextmove.storage import board_rows
from nextmove.ui.board.column_model import BoardColumnModel
from nextmove.ui.tracker.table_model import TrackerModel


class BoardModels(QObject):
    # The number of cards in some column changed.
    countsChanged = Signal()
    # A card dropped or moved by key: application id, the status asked for.
    moveRequested = Signal(int, str)

    def __init__(
        self,
        tracker: TrackerModel,
        database_path: Callable[[], Path | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tracker = tracker
        self._path = database_path
        self.since: dict[int, str] = {}
        self._since_loaded = False
        self.columns = {
            status: BoardColumnModel(status, tracker, self.since, self) for status in BOARD_STATUSES
        }
        self._active = False
        self._stale = True
        # True while the columns change under the views (their current card moves by itself).
        self.busy = False
        for column in self.columns.values():
            column.moveRequested.connect(self.moveRequested)
        tracker.modelReset.connect(self._on_tracker_changed)
        tracker.layoutChanged.connect(self._on_tracker_changed)
        tracker.rowsInserted.connect(self._on_tracker_rows_changed)
        tracker.rowsRemoved.connect(self._on_tracker_rows_changed)
        tracker.dataChanged.connect(self._on_tracker_dataChanged)

    def column_of(self, application_id: int) -> BoardColumnModel | None:
        row = self._tracker.row_data(application_id)
        if row is None:
            return None
        column = self.columns.get(row.status)  # type: ignore[call-overload]
        return column if column is not None and column.row_of(application_id) is not None else None

    def set_active(self, active: bool) -> None:
        """Follow the tracker live while shown; catch up at once when shown again."""
        self._active = active
        if active and self._stale:
            self.rebuild()

    def reload_since(self) -> None:
        """Re-read every stage date (after a reload, an import or a restore)."""
        self._since_loaded = False
        if self._active:
            self.rebuild()
        else:
            self._stale = True

    def rebuild(self) -> None:
        self._stale = False
        self._load_since()
        buckets: dict[str, list[int]] = {status.value: [] for status in BOARD_STATUSES}
        for row in self._tracker.shown_rows():
            bucket = buckets.get(row.status)
            if bucket is not None:
                bucket.append(row.id)
        self.busy = True
        try:
            for status, column in self.columns.items():
                column.replace(buckets[status.value])
        finally:
            self.busy = False
        self.countsChanged.emit()

    def _load_since(self) -> None:
        path = self._path()
        if self._since_loaded or path is None:
            return
        self.since.clear()
        try:
            self.since.update(board_rows.stage_since(path))
        except Exception:  # a locked or damaged file: the cards just leave the days out
            return
        self._since_loaded = True

    # -- the tracker's signals --------------------------------------------------------------------

    def _on_tracker_changed(self) -> None:
        if self._active:
            self.rebuild()
        else:
            self._stale = True

    def _on_tracker_rows_changed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self._on_tracker_changed()

    def _on_tracker_dataChanged(self, top: QModelIndex, bottom: QModelIndex) -> None:
        changed = {self._tracker.id_at(row) for row in range(top.row(), bottom.row() + 1)}
        path = self._path()
        if path is not None and self._since_loaded:
            try:
                fresh = board_rows.stage_since(path, changed)
            except Exception:
                fresh = {}
            for ident in changed:
                if ident in fresh:
                    self.since[ident] = fresh[ident]
                else:
                    self.since.pop(ident, None)
        if not self._active:
            self._stale = True
            return
        self.rebuild()
        for column in self.columns.values():
            column.refresh(changed)
