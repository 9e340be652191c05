"""The main window: menus, toolbar, the tracker table and the side panel.

It is built in steps so the first frame is on screen before anything slow happens:
`MainWindow()` is the frame only (window_frame.py: menus, toolbar, search bar, empty panes);
the tracker's widgets follow right after (`ensure_tracker()`, tracker_pane.py);
`start_preview()` reads the first screenful of rows straight from the file (sqlite3 only, on a
thread); `attach_rows(context)` connects the opened data folder and loads every row
(row_loading.py), and `attach_editing()` makes the rows editable, which needs SQLAlchemy: the
window started by `nextmove` runs it once that is imported off the GUI thread
(startup_sequence.py); `attach(context)` does both at once. Nothing here imports SQLAlchemy,
nor the tracker's modules or PySide's `Qt` namespace (about 50 ms) before the first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from nextmove.ui.actions import create_actions
from nextmove.ui.undo_actions import UndoActions
from nextmove.ui.window_frame import build_frame

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from nextmove.domain.status import EventKind, Status
    from nextmove.ui.context import AppContext
    from nextmove.ui.row_loading import RowLoading
    from nextmove.ui.tracker.column_fit import ColumnFit
    from nextmove.ui.tracker.day_watch import DayWatch
    from nextmove.ui.tracker.editing import TrackerEditing
    from nextmove.ui.tracker.empty_state import EmptyState
    from nextmove.ui.tracker.no_matches import NoMatches
    from nextmove.ui.tracker.side_fit import SidePanelFit
    from nextmove.ui.tracker.table_model import TrackerModel
    from nextmove.ui.tracker.table_view import TrackerTable
    from nextmove.ui.tracker_pane import TrackerPane
    from nextmove.ui.window_attach import PreviewRead

# How long a status-bar message stays; the next action's message replaces it sooner.
MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    # An application's status changed by any means (table, dialog, timeline, undo).
    applicationStatusChanged = Signal(int, str)
    # The selection moved to another application (0 when nothing is selected).
    selectedApplicationChanged = Signal(int)
    # The window's first frame has been painted (emitted once; startup continues from here).
    firstPainted = Signal()
    # The tracker table and its model exist now (emitted once, by ensure_tracker()).
    trackerBuilt = Signal()
    # Every feature is installed (emitted once, by mark_started(); see started()).
    startupFinished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Next Move"))
        self.setAccessibleName(self.tr("Next Move"))
        self.context: AppContext | None = None
        self.editing: TrackerEditing | None = None
        self.day_watch: DayWatch | None = None
        self._pane: TrackerPane | None = None
        self._rows: RowLoading | None = None
        self._painted = False
        self._started = False
        # Every destructive edit (add, edit, delete, status change) is a command on this stack.
        self.undo_stack = QUndoStack(self)
        self._menus, self._actions = create_actions(self)
        frame = build_frame(self)
        self.search_box = frame.search_box
        self.status_filter = frame.status_filter
        self.tracker_stack = frame.tracker_stack
        self.side_panel = frame.side_panel
        self.count_label = frame.count_label
        self.splitter = frame.splitter
        self.toolbar = frame.toolbar
        self._left_layout = frame.left_layout
        self.statusBar().showMessage(self.tr("Opening your data…"))
        self.action("action_quit").triggered.connect(self.close)
        self.action("action_find").triggered.connect(self._on_find_triggered)
        self.action("action_about").triggered.connect(self._on_about_triggered)
        self.undo_actions = UndoActions(
            self.undo_stack,
            self.action("action_undo"),
            self.action("action_redo"),
            self.statusBar(),
            MESSAGE_MS,
        )

    # -- the tracker's widgets (built by ensure_tracker) ------------------------------------

    def ensure_tracker(self) -> None:
        """Build the table, its model and the empty state (once); cheap, but not free."""
        if self._pane is not None:
            return
        from nextmove.ui.row_loading import RowLoading
        from nextmove.ui.tracker_pane import TrackerPane

        self._pane = TrackerPane(self)
        self._rows = RowLoading(self)
        self.model.countsChanged.connect(self._rows.update_counts)
        self.empty_state.importRequested.connect(self.action("action_import_csv").trigger)
        self.empty_state.newRequested.connect(self.action("action_new_application").trigger)
        self.trackerBuilt.emit()

    def _built(self) -> TrackerPane:
        assert self._pane is not None, "ensure_tracker() builds the tracker first"
        return self._pane

    @property
    def model(self) -> TrackerModel:
        return self._built().model

    @property
    def table(self) -> TrackerTable:
        return self._built().table

    @property
    def empty_state(self) -> EmptyState:
        return self._built().empty_state

    @property
    def no_matches(self) -> NoMatches:
        return self._built().no_matches

    @property
    def side_fit(self) -> SidePanelFit:
        return self._built().side_fit

    @property
    def column_fit(self) -> ColumnFit:
        return self._built().column_fit

    @property
    def main_view(self) -> QWidget:
        """What shows the applications when there are some: the table, or the board."""
        return self._built().main_view

    def _row_loading(self) -> RowLoading:
        self.ensure_tracker()
        assert self._rows is not None
        return self._rows

    # -- what features use ------------------------------------------------------------------

    def add_message_bar(self, bar: QWidget) -> None:
        """Show `bar` (a feature's in-window message) between the search bar and the table."""
        self._left_layout.insertWidget(self._left_layout.indexOf(self.tracker_stack), bar)

    def action(self, name: str) -> QAction:
        return self._actions[name]

    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def today(self) -> date:
        if self.context is not None:
            return self.context.today()
        from datetime import date  # not at import time: the first frame does not need it

        return date.today()

    def set_main_view(self, view: QWidget) -> None:
        """Show the applications in `view` (the table or the board) from now on."""
        if self.tracker_stack.indexOf(view) < 0:
            self.tracker_stack.addWidget(view)
        self._built().main_view = view
        self._row_loading().update_counts()

    def side_panel_shown(self) -> bool:
        return self.splitter.sizes()[1] > 0

    def selected_application_id(self) -> int | None:
        return (self._pane.selected_id if self._pane is not None else 0) or None

    def select_application(self, application_id: int) -> None:
        if self._pane is not None:
            self._pane.select(application_id)

    def loading(self) -> bool:
        """True while the rows of a big file are still being read (the first ones show)."""
        return self._rows is not None and self._rows.loading()

    def hold_loading(self, held: bool) -> None:
        """Pause or resume reading the rest of a big file (while startup imports run)."""
        self._row_loading().hold(held)

    def started(self) -> bool:
        """True once every feature is installed (`startupFinished` has been emitted)."""
        return self._started

    def mark_started(self) -> None:
        if not self._started:
            self._started = True
            self.startupFinished.emit()

    def note_changed(self, application_id: int) -> None:
        """An application's row was written: re-read it once loading ends, if it is going on."""
        if self._rows is not None:
            self._rows.note_changed(application_id)

    def reload(self) -> None:
        """Re-read every application (after an import or a restore), keeping the selection.

        The undo history is cleared: after a restore its commands would name rows that are
        no longer what they were.
        """
        if self.context is not None:
            self._row_loading().reload()

    def refresh_application(self, application_id: int) -> None:
        """Re-read one application's row (after its timeline or contacts changed elsewhere)."""
        if self.context is not None:
            self._row_loading().refresh(application_id)

    def add_timeline_entry(
        self,
        application_id: int,
        kind: EventKind,
        on: date,
        notes: str = "",
        round_number: int | None = None,
        details: dict[str, object] | None = None,
    ) -> int:
        """Add a timeline entry as one undoable step (see TrackerEditing); its id, or 0.
        `details`: an interview's time, place and people."""
        if self.editing is None:
            return 0
        return self.editing.add_timeline_entry(
            application_id, kind, on, notes, round_number, details
        )

    def edit_timeline_entry(
        self,
        application_id: int,
        event_id: int,
        entry: tuple[EventKind, date, str, int | None],
        details: dict[str, object] | None = None,
    ) -> None:
        """Change a timeline entry as one undoable step (the status follows the timeline)."""
        if self.editing is not None:
            self.editing.edit_timeline_entry(application_id, event_id, entry, details)

    def remove_timeline_entry(self, application_id: int, event_id: int, what: str) -> Status | None:
        """Delete a timeline entry as one undoable step; the new status if that changed it."""
        if self.editing is None:
            return None
        return self.editing.remove_timeline_entry(application_id, event_id, what)

    # -- startup --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint has reached the screen, not inside it.
            QTimer.singleShot(0, self.firstPainted.emit)

    def start_preview(self, data_dir: Path, settings: QSettings) -> PreviewRead:
        """Read the first screenful from the file (on a thread) before the data layer loads:
        `show()` paints it once `finished()` (best effort)."""
        self.ensure_tracker()
        from nextmove.ui.window_attach import PreviewRead

        return PreviewRead(self, data_dir, settings)

    def attach(self, context: AppContext) -> None:
        """Connect the window to an open data folder, show its applications, allow edits."""
        self.attach_rows(context)
        self.attach_editing()

    def attach_rows(self, context: AppContext) -> None:
        """Connect the window to an open data folder and show its applications (read only
        until `attach_editing()`): plain sqlite3, no SQLAlchemy."""
        self.ensure_tracker()
        from nextmove.ui.window_attach import restore_layout, start_on_rows

        self.context = context
        restore_layout(self, context)  # first: the rows load in the restored order
        self._row_loading().load()
        start_on_rows(self)

    def attach_editing(self) -> None:
        """Make the rows editable (its repository imports SQLAlchemy)."""
        from nextmove.ui.window_attach import attach_editing

        assert self.context is not None
        attach_editing(self, self.context)
        self._built().enable_row_actions()

    # -- layout ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context is not None:
            from nextmove.ui.tracker.layout import save_window_layout

            save_window_layout(self, self.splitter, self.table, self.context.settings)
        super().closeEvent(event)

    # -- what features use besides the above (ui.host.Host) ----------------------------------

    def widget(self) -> QMainWindow:
        """The window as the parent of a feature's dialogs, actions and docks."""
        return self

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def clear_filters(self) -> None:
        """Show every application again (no search text, any status)."""
        self.search_box.clear()
        self.status_filter.setCurrentIndex(0)

    # -- slots -----------------------------------------------------------------------------------

    def _on_find_triggered(self) -> None:
        from PySide6.QtCore import Qt

        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_about_triggered(self) -> None:
        from nextmove.ui.about_dialog import show_about

        show_about(self)
