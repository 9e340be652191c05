"""Startup timing for benchmarks: NEXTMOVE_REPORT_FIRST_PAINT=1 makes the app report when
things reached the screen, then quit.

It prints `first_frame <t>` (the window's first painted frame), `first_rows <t>` (the table
painted with rows) and `ready <t>` (painted with every row loaded and every feature
installed), each `t`
being wall-clock seconds since the epoch so another process can subtract its own start time,
and then `peak_rss_mb <m>`, the process's peak memory so far. With the value `stay` it reports
the same and keeps running (the end-to-end screenshot test waits for `ready`).
`tests/benchmarks/tracker.py` reads these lines. Without the variable nothing here runs.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from nextmove.ui.host import Host

ENV_VAR = "NEXTMOVE_REPORT_FIRST_PAINT"


def wanted() -> bool:
    return os.environ.get(ENV_VAR, "") not in ("", "0")


def _report(what: str) -> None:
    print(f"{what} {time.time():.6f}", flush=True)


def _peak_rss_mb() -> float | None:
    """This process's peak resident memory. On Linux the kernel's high-water mark of this
    program's own memory (VmHWM): getrusage's figure also counts what the parent held when it
    started this process, so a benchmark that had just built a big file inflated it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    if sys.platform == "win32":
        return None
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


class PaintProbe(QObject):
    def __init__(self, window: Host) -> None:
        super().__init__(window.widget())
        self._window = window
        self._seen: set[str] = set()
        self._last_tick: float | None = None
        self._rows_at_last_tick = False
        self._max_stall = 0.0
        window.firstPainted.connect(self._on_window_first_painted)
        window.trackerBuilt.connect(self._on_window_tracker_built)
        # Ready is reported at the next paint: ask for one.
        window.startupFinished.connect(lambda: window.tracker_stack.update())

    def _on_window_tracker_built(self) -> None:
        self._window.table.viewport().installEventFilter(self)
        self._window.empty_state.installEventFilter(self)
        # Another view of the applications (the board) joins the stack later: watch it too.
        self._window.tracker_stack.installEventFilter(self)

    def _once(self, what: str) -> None:
        if what not in self._seen:
            self._seen.add(what)
            _report(what)
            if what == "first_rows":  # stalls count from here
                self._last_tick = time.perf_counter()
                self._rows_at_last_tick = True

    def _on_window_first_painted(self) -> None:
        self._once("first_frame")
        self._tick()

    def _tick(self) -> None:
        """Measure the longest the event loop was kept from running once the first rows were
        on screen (while the data folder is attached and the rest load): what a person who
        starts typing or scrolling at once would feel."""
        now = time.perf_counter()
        if self._last_tick is not None and self._rows_at_last_tick:
            self._max_stall = max(self._max_stall, now - self._last_tick)
        self._last_tick = now
        self._rows_at_last_tick = "first_rows" in self._seen
        if "ready" not in self._seen:
            QTimer.singleShot(0, self._tick)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window.tracker_stack and event.type() == QEvent.Type.ChildAdded:
            child = event.child()  # type: ignore[attr-defined]
            if child is not self._window.table and isinstance(child, QWidget):
                child.installEventFilter(self)  # the board, and a scroll area's contents
                inner = getattr(child, "widget", None)
                if callable(inner) and inner() is not None:
                    inner().installEventFilter(self)
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.Paint:
            # Report once this paint is done, not before it starts.
            if self._window.model.rowCount() > 0:
                QTimer.singleShot(0, lambda: self._once("first_rows"))
            ready = self._window.started() and not self._window.loading()
            if ready and "ready" not in self._seen:
                QTimer.singleShot(0, self._finish)
        return super().eventFilter(watched, event)

    def _finish(self) -> None:
        if "ready" in self._seen:
            return
        self._once("first_frame")
        self._once("ready")
        print(f"max_stall_ms {self._max_stall * 1000:.1f}")
        peak = _peak_rss_mb()
        if peak is not None:
            print(f"peak_rss_mb {peak:.1f}")
        sys.stdout.flush()
        if os.environ.get(ENV_VAR) != "stay":
            QCoreApplication.quit()
