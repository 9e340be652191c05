"""Reads every tracker row a slice per turn of the event loop, so a big file never freezes
the window: the first screenful is already on show, and typing, scrolling and painting go on
between slices. The rows go into a fresh `RowStore`, which is then sorted a slice per turn as
well (`RowStore.sort_steps`), so even a million rows never hold the loop for long. A small
file is read and sorted in one go, before `start()` returns."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from nextmove.storage import tracker_rows
from nextmove.storage.tracker_rows import TrackerRows
from nextmove.ui.tracker.row_store import RowStore

# The first slice: enough rows for any screen, read at once.
SLICE_ROWS = 5000
# How long one later slice should take (ms): the loader sizes them to fit, as this depends on
# the machine and on what else it is doing.
SLICE_MS = 12.0


class RowLoader(QObject):
    # Every row has been read and sorted (the RowStore holding them).
    finished = Signal(object)

    def __init__(self, path: Path, store: RowStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._store = store
        self._shared: dict[Any, Any] = {None: None}
        self._first: TrackerRows | None = None
        self._steps = self._work()
        self._cancelled = False
        self._held = False
        self._waiting = False  # a step was due while held
        self.done = False

    def start(self) -> None:
        """Read the first slice now; the rest follow from the event loop."""
        self._step()

    def cancel(self) -> None:
        self._cancelled = True

    def hold(self, held: bool) -> None:
        """Stop reading after the current slice (True) or go on (False). SQLite hands the GIL
        back and forth for every row it reads, so reading while another thread runs Python
        code (the startup's imports) would wait for that thread at every row."""
        self._held = held
        if not held and self._waiting:
            self._waiting = False
            QTimer.singleShot(0, self._step)

    def first_slice(self) -> TrackerRows:
        """The rows of the first slice (to show while the rest load)."""
        assert self._first is not None
        return self._first

    def _work(self) -> Iterator[None]:
        after, size = 0, SLICE_ROWS
        while True:
            started = time.perf_counter()
            part = tracker_rows.read_range(self._path, after, size, self._shared)
            if self._first is None:
                self._first = part
            self._store.append(part)
            if len(part.rows) < size:
                break
            after = part.rows[-1].id
            took = max(time.perf_counter() - started, 0.001) * 1000
            size = max(200, min(SLICE_ROWS * 4, int(size * SLICE_MS / took)))
            yield
        if len(self._store) <= SLICE_ROWS:  # a small file is read and sorted in one go
            self._store.sort_steps_now()
        else:
            yield
            yield from self._store.sort_steps()

    def _step(self) -> None:
        if self._cancelled:
            return
        if self._held:
            self._waiting = True
            return
        if next(self._steps, StopIteration) is StopIteration:
            self.done = True
            self.finished.emit(self._store)
        else:
            QTimer.singleShot(0, self._step)
