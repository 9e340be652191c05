"""Reads every tracker row a slice per turn of the event loop, so a big file never freezes
the window: the first screenful is already on show, and typing, scrolling and painting go on
between slices. A small file is read in one go, before `start()` returns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from nextmove.storage import tracker_rows
from nextmove.storage.tracker_rows import TrackerRows

# About 20 ms of reading on a laptop: short enough that nobody notices the pause.
SLICE_ROWS = 5000


class RowLoader(QObject):
    # Every row has been read (TrackerRows, in id order).
    finished = Signal(object)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._shared: dict[Any, Any] = {None: None}
        self._rows: list[tracker_rows.TrackerRow] = []
        self._haystacks: list[str] = []
        self._cancelled = False
        self.done = False

    def start(self) -> None:
        """Read the first slice now; the rest follow from the event loop."""
        self._step()

    def cancel(self) -> None:
        self._cancelled = True

    def so_far(self) -> TrackerRows:
        """A copy of the rows read until now (to show while the rest load)."""
        return TrackerRows(list(self._rows), list(self._haystacks))

    def _step(self) -> None:
        if self._cancelled:
            return
        after = self._rows[-1][tracker_rows.ID] if self._rows else 0
        part = tracker_rows.read_range(self._path, after, SLICE_ROWS, self._shared)
        self._rows.extend(part.rows)
        self._haystacks.extend(part.haystacks)
        if len(part.rows) < SLICE_ROWS:
            self.done = True
            self.finished.emit(TrackerRows(self._rows, self._haystacks))
        else:
            QTimer.singleShot(0, self._step)
