"""The main window's startup steps once its frame is on screen: the first screenful straight
from the file, then the data folder with every row (plain sqlite3), then editing (which needs
SQLAlchemy). `MainWindow.preview`, `attach_rows` and `attach_editing` call these; the window
started by `nextmove` runs them a step per turn of the event loop (startup_sequence.py)."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt

from nextmove.storage import tracker_rows
from nextmove.ui.tracker.layout import restore_table_layout, restore_window_layout

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.main_window import MainWindow

# Enough rows to fill a tall screen before the rest are loaded.
PREVIEW_ROWS = 80


class PreviewRead:
    """The first screenful read from the file on a thread, in the table's saved order.

    Sorted by a column SQLite has no index for, the query reads every row: most of a second at
    a million applications. sqlite3 leaves the GIL while SQLite works, so on a thread it does
    not hold the window up. `show()` puts the rows in the table once `finished()`.
    """

    def __init__(self, window: MainWindow, data_dir: Path, settings: QSettings) -> None:
        self._window = window
        self._rows: tracker_rows.TrackerRows | None = None
        self._thread: threading.Thread | None = None
        path = data_dir / tracker_rows.DATABASE_NAME
        if window.context is not None or not path.is_file():
            return
        model = window.model
        try:
            restore_table_layout(window.table, settings)
        except Exception:  # an old or damaged settings file: attach() deals with it
            return
        column, order = model.sort_state()
        descending = order == Qt.SortOrder.DescendingOrder
        self._thread = threading.Thread(
            target=self._read, args=(path, model.column_key(column), descending), daemon=True
        )
        self._thread.start()

    def _read(self, path: Path, key: str, descending: bool) -> None:
        # An old, locked or damaged file: attach() deals with it.
        with contextlib.suppress(Exception):
            self._rows = tracker_rows.read_first(path, PREVIEW_ROWS, key, descending)

    def finished(self) -> bool:
        return self._thread is None or not self._thread.is_alive()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def show(self) -> None:
        if self._rows is not None and self._window.context is None:
            self._window.model.set_rows(self._rows, keep_order=True)
            self._window.table.viewport().repaint()


def restore_layout(window: MainWindow, context: AppContext) -> None:
    """The window's size, panes and columns (with the sort) as they were left."""
    restore_window_layout(window, window.splitter, window.table, context.settings)
    # Hidden last time: shown again when the window has room for it.
    window.side_fit.auto_hidden = not window.side_panel_shown()


def start_on_rows(window: MainWindow) -> None:
    """The keyboard on the applications once they show; say the window is ready."""
    if window.tracker_stack.currentWidget() is window.table:
        # The keyboard starts on the applications (Enter, Delete, Ctrl+Z act there), with
        # nothing selected until the person picks a row.
        window.table.setCurrentIndex(window.model.index(-1, -1))
        window.table.setFocus(Qt.FocusReason.OtherFocusReason)
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Ready"), 3000)


def attach_editing(window: MainWindow, context: AppContext) -> None:
    """Make the rows editable, and let entries whose day has come take effect."""
    from nextmove.ui.tracker.day_watch import DayWatch
    from nextmove.ui.tracker.editing import TrackerEditing

    # Entries whose day has come since the last start (a booked interview) take effect.
    window.day_watch = DayWatch(window, context)
    window.day_watch.start()
    window.editing = TrackerEditing(
        window,
        context.services.applications,
        window.model,
        window.undo_stack,
    )
    window.action("action_new_application").setEnabled(True)
