"""The main window: menus, toolbar, the tracker table and the side panel.

It is built in steps so the first frame is on screen before anything slow happens:
`MainWindow()` is the frame only (menus, toolbar, search bar, empty panes); the tracker table
is built right after (`ensure_tracker()`, from `preview()` or `attach()`); `preview()` shows the
first screenful of rows straight from the file (sqlite3 only); `attach(context)` connects the
opened, migrated data folder and loads everything. Nothing here imports SQLAlchemy, and the
tracker's own modules are imported only when the table is built. So is PySide's `Qt` namespace:
loading it costs about 50 ms, so code that runs before the first frame does not touch it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from nextmove.ui.actions import create_actions
from nextmove.ui.labels import QT_TRANSLATE_NOOP
from nextmove.ui.undo_actions import UndoActions

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtCore import QModelIndex, QSettings
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from nextmove.domain.status import EventKind, Status
    from nextmove.storage.tracker_rows import TrackerRows
    from nextmove.ui.context import AppContext
    from nextmove.ui.tracker.editing import TrackerEditing
    from nextmove.ui.tracker.empty_state import EmptyState
    from nextmove.ui.tracker.no_matches import NoMatches
    from nextmove.ui.tracker.row_loader import RowLoader
    from nextmove.ui.tracker.side_fit import SidePanelFit
    from nextmove.ui.tracker.table_model import TrackerModel
    from nextmove.ui.tracker.table_view import TrackerTable

# Enough rows to fill a tall screen before the rest are loaded.
PREVIEW_ROWS = 80
# How long a status-bar message stays; the next action's message replaces it sooner.
MESSAGE_MS = 6000
# The toolbar's short, fixed labels (the menus keep the full texts; Undo's says what it undoes
# in the Edit menu and the tooltip, so the toolbar never changes width).
TOOLBAR_ACTIONS: tuple[tuple[str, str] | None, ...] = (
    ("action_new_application", QT_TRANSLATE_NOOP("MainWindow", "New")),
    ("action_edit_application", QT_TRANSLATE_NOOP("MainWindow", "Edit")),
    ("action_delete_application", QT_TRANSLATE_NOOP("MainWindow", "Delete")),
    None,
    ("action_undo", QT_TRANSLATE_NOOP("MainWindow", "Undo")),
    ("action_redo", QT_TRANSLATE_NOOP("MainWindow", "Redo")),
)


class MainWindow(QMainWindow):
    # An application's status changed by any means (table, dialog, timeline, undo).
    applicationStatusChanged = Signal(int, str)
    # The selection moved to another application (0 when nothing is selected).
    selectedApplicationChanged = Signal(int)
    # The window's first frame has been painted (emitted once; startup continues from here).
    firstPainted = Signal()
    # The tracker table and its model exist now (emitted once, by ensure_tracker()).
    trackerBuilt = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Next Move"))
        self.setAccessibleName(self.tr("Next Move"))
        self.context: AppContext | None = None
        self.editing: TrackerEditing | None = None
        self._painted = False
        self._selected_id = 0
        # While a big file is read slice by slice: the loader, and the applications changed
        # meanwhile (re-read once every row is in, as the slices may predate the change).
        self._loader: RowLoader | None = None
        self._changed_while_loading: set[int] = set()
        # Every destructive edit (add, edit, delete, status change) is a command on this stack.
        self.undo_stack = QUndoStack(self)
        self._menus, self._actions = create_actions(self)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("search_box")
        self.search_box.setAccessibleName(self.tr("Search applications"))
        self.search_box.setPlaceholderText(self.tr("Search company, role, location, notes…"))
        self.search_box.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        # Wide enough for its longest entry, also for those added after the first frame.
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Built by ensure_tracker(), right after the first frame.
        self.model: TrackerModel
        self.table: TrackerTable
        self.empty_state: EmptyState
        self.no_matches: NoMatches
        self.side_fit: SidePanelFit
        self.tracker_stack = QStackedWidget()
        self.tracker_stack.setObjectName("tracker_stack")
        self.side_panel = QWidget()
        self.side_panel.setObjectName("side_panel")
        self.side_panel.setAccessibleName(self.tr("Selected application"))
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.count_label.setAccessibleName(self.tr("Number of applications shown"))

        filter_label = QLabel(self.tr("S&tatus:"))
        filter_label.setBuddy(self.status_filter)
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(filter_label)
        bar.addWidget(self.status_filter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.tracker_stack, 1)
        self._left_layout = left_layout
        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side_panel)
        # Extra width goes to the table; the side panel keeps the width it was given.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.setCentralWidget(self.splitter)
        self._build_toolbar()
        self.statusBar().addPermanentWidget(self.count_label)
        self._fit_to_screen()
        self.statusBar().showMessage(self.tr("Opening your data…"))
        self._setup_actions()
        self._connect()

    def ensure_tracker(self) -> None:
        """Build the table, its model and the empty state (once); cheap, but not free."""
        if hasattr(self, "model"):
            return
        from PySide6.QtCore import Qt

        from nextmove.domain.status import Status
        from nextmove.ui.tracker.columns import status_label
        from nextmove.ui.tracker.empty_state import EmptyState
        from nextmove.ui.tracker.no_matches import NoMatches
        from nextmove.ui.tracker.side_fit import SidePanelFit
        from nextmove.ui.tracker.table_model import OPEN, TrackerModel
        from nextmove.ui.tracker.table_view import TrackerTable

        self.status_filter.addItem(self.tr("Open (not closed)"), OPEN)
        for status in Status:
            self.status_filter.addItem(status_label(status.value), status.value)
        self.model = TrackerModel(self._today, self)
        self.table = TrackerTable(self.model, self._today)
        self.empty_state = EmptyState()
        self.no_matches = NoMatches()
        from nextmove.ui.tracker.column_fit import ColumnFit

        self.column_fit = ColumnFit(self.table)
        self.tracker_stack.addWidget(self.table)
        # What shows the applications when there are some: the table, or the board.
        self.main_view: QWidget = self.table
        self.tracker_stack.addWidget(self.empty_state)
        self.tracker_stack.addWidget(self.no_matches)
        # The side panel gives way when the table would lose its key columns.
        self.side_fit = SidePanelFit(
            self.splitter, self.side_panel, self.table, self.action("action_show_details")
        )
        # Enter and Delete belong to the table: the search box and editors keep their keys.
        for name in ("action_edit_application", "action_delete_application"):
            action = self.action(name)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        # Ctrl+Z in a text field undoes the typing there; the tracker's undo answers only where
        # the tracker has the focus (the table and its stand-ins, the side panel), or the menu.
        for name in ("action_undo", "action_redo"):
            action = self.action(name)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tracker_stack.addAction(action)
            self.side_panel.addAction(action)
        from nextmove.ui.tracker.search_keys import SearchKeys

        self.search_keys = SearchKeys(self.search_box, self.table)
        self.search_box.textChanged.connect(self._on_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.model.countsChanged.connect(self._on_model_counts_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.empty_state.importRequested.connect(self.action("action_import_csv").trigger)
        self.empty_state.newRequested.connect(self.action("action_new_application").trigger)
        self.no_matches.clearRequested.connect(self._on_no_matches_clear_requested)
        self.trackerBuilt.emit()

    def _fit_to_screen(self) -> None:
        """A roomy first size (a remembered geometry replaces it once data is attached)."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1280, 760
        if screen is not None and screen.width() > 0:
            # Nine columns and a side panel want room: most of a laptop screen, not all of a
            # big one.
            width = min(1840, max(960, screen.width() * 24 // 25))
            height = min(1000, max(600, screen.height() * 24 // 25))
        self.resize(width, height)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        from PySide6.QtCore import Qt

        from nextmove.ui.icons import ACTION_ICONS, themed_icon

        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for entry in TOOLBAR_ACTIONS:
            if entry is None:
                toolbar.addSeparator()
                continue
            name, label = entry
            action = self.action(name)
            action.setIcon(themed_icon(ACTION_ICONS[name]))
            action.setIconText(self.tr(label))
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _setup_actions(self) -> None:
        self.action("action_reject_wizard").setEnabled(False)
        self.action("action_show_details").setCheckable(True)
        self.action("action_show_details").setChecked(True)
        self.action("action_edit_application").setShortcuts(
            [QKeySequence("Return"), QKeySequence("Enter")]
        )
        for name in (
            "action_new_application",
            "action_edit_application",
            "action_delete_application",
            "action_undo",
            "action_redo",
        ):
            self.action(name).setEnabled(False)

    def _connect(self) -> None:
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

    def add_message_bar(self, bar: QWidget) -> None:
        """Show `bar` (a feature's in-window message) between the search bar and the table."""
        self._left_layout.insertWidget(self._left_layout.indexOf(self.tracker_stack), bar)

    def action(self, name: str) -> QAction:
        return self._actions[name]

    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def _today(self) -> date:
        if self.context is not None:
            return self.context.today()
        from datetime import date  # not at import time: the first frame does not need it

        return date.today()

    def set_main_view(self, view: QWidget) -> None:
        """Show the applications in `view` (the table or the board) from now on."""
        if self.tracker_stack.indexOf(view) < 0:
            self.tracker_stack.addWidget(view)
        self.main_view = view
        self._on_model_counts_changed()

    def side_panel_shown(self) -> bool:
        return self.splitter.sizes()[1] > 0

    # -- startup --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint has reached the screen, not inside it.
            QTimer.singleShot(0, self.firstPainted.emit)

    def preview(self, data_dir: Path, settings: QSettings) -> None:
        """Paint the first screenful from the file before the data layer loads (best effort)."""
        self.ensure_tracker()
        from PySide6.QtCore import Qt

        from nextmove.storage import tracker_rows
        from nextmove.ui.tracker.layout import restore_table_layout

        path = data_dir / tracker_rows.DATABASE_FILE
        if self.context is not None or not path.is_file():
            return

        try:
            restore_table_layout(self.table, settings)
            column, order = self.model.sort_state()
            key = self.model.column_key(column)
            descending = order == Qt.SortOrder.DescendingOrder
            rows = tracker_rows.read_first(path, PREVIEW_ROWS, key, descending)
        except Exception:  # an old, locked or damaged file: attach() deals with it
            return
        self.model.set_rows(rows, keep_order=True)
        self.table.viewport().repaint()

    def attach(self, context: AppContext) -> None:
        """Connect the window to an open data folder and show its applications."""
        from PySide6.QtCore import Qt

        from nextmove.storage.applications import ApplicationRepository
        from nextmove.ui.tracker.editing import TrackerEditing

        self.ensure_tracker()
        self.context = context
        self._restore_state()
        from nextmove.ui.tracker.day_watch import DayWatch

        # Entries whose day has come since the last start (a booked interview) take effect.
        self.day_watch = DayWatch(self, context)
        self.day_watch.start()
        self.editing = TrackerEditing(
            self,
            ApplicationRepository(context.database, today=lambda: context.today()),
            self.model,
            self.undo_stack,
        )
        self.action("action_new_application").setEnabled(True)
        self._load_rows()
        if self.tracker_stack.currentWidget() is self.table:
            # The keyboard starts on the applications (Enter, Delete, Ctrl+Z act there), with
            # nothing selected until the person picks a row.
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    # -- what other parts of the window call ---------------------------------------------------

    def selected_application_id(self) -> int | None:
        return self._selected_id or None

    def select_application(self, application_id: int) -> None:
        if not hasattr(self, "model"):
            return
        from PySide6.QtCore import QItemSelectionModel

        row = self.model.row_of(application_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def loading(self) -> bool:
        """True while the rows of a big file are still being read (the first ones show)."""
        return self._loader is not None

    def note_changed(self, application_id: int) -> None:
        """An application's row was written: re-read it once loading ends, if it is going on."""
        if self._loader is not None:
            self._changed_while_loading.add(application_id)

    def _load_rows(self) -> None:
        from nextmove.ui.tracker.row_loader import RowLoader

        assert self.context is not None
        self._loader = RowLoader(self.context.database.path, self)
        self._changed_while_loading = set()
        self._loader.finished.connect(self._on_row_loader_finished)
        self._loader.start()
        if self._loader is not None:  # more to come
            if self.model.total_count() == 0:  # no first screenful from preview(): show these
                self.model.set_rows(self._loader.so_far())
            self._on_model_counts_changed()

    def _on_row_loader_finished(self, rows: TrackerRows) -> None:
        from nextmove.storage import tracker_rows

        assert self.context is not None
        loader, self._loader = self._loader, None
        if loader is not None:
            loader.deleteLater()
        selected = self._selected_id
        self.model.set_rows(rows)
        for application_id in sorted(self._changed_while_loading):
            found = tracker_rows.read_one(self.context.database.path, application_id)
            if found is None:
                self.model.remove(application_id)
            else:
                self.model.upsert(*found)
        self._changed_while_loading = set()
        if selected:
            self.select_application(selected)

    def reload(self) -> None:
        """Re-read every application (after an import or a restore), keeping the selection.

        The undo history is cleared: after a restore its commands would name rows that are
        no longer what they were.
        """
        if self.context is None:
            return
        from nextmove.storage import tracker_rows

        if self._loader is not None:
            self._loader.cancel()
            self._loader.deleteLater()
            self._loader = None
        selected = self._selected_id
        self.model.set_rows(tracker_rows.read_all(self.context.database.path))
        self.undo_stack.clear()
        if selected:
            self.select_application(selected)

    def add_timeline_entry(
        self,
        application_id: int,
        kind: EventKind,
        on: date,
        notes: str = "",
        round_number: int | None = None,
    ) -> int:
        """Add a timeline entry as one step on the undo stack (Ctrl+Z removes it and puts the
        status back). Returns the new entry's id; 0 when nothing was added (no data attached,
        or the application is gone). The row, `applicationStatusChanged` and the side panel
        follow as for any other edit."""
        if self.editing is None:
            return 0
        return self.editing.add_timeline_entry(application_id, kind, on, notes, round_number)

    def remove_timeline_entry(self, application_id: int, event_id: int, what: str) -> Status | None:
        """Delete a timeline entry as one undoable step; the new status if that changed it."""
        if self.editing is None:
            return None
        return self.editing.remove_timeline_entry(application_id, event_id, what)

    def refresh_application(self, application_id: int) -> None:
        """Re-read one application's row (after its timeline or contacts changed elsewhere)."""
        if self.context is None:
            return
        from nextmove.storage import tracker_rows

        self.note_changed(application_id)
        before = self.model.row_data(application_id)
        found = tracker_rows.read_one(self.context.database.path, application_id)
        if found is None:
            self.model.remove(application_id)
            return
        row, haystack = found
        self.model.upsert(row, haystack)
        if before is not None and before[tracker_rows.STATUS] != row[tracker_rows.STATUS]:
            self.applicationStatusChanged.emit(application_id, row[tracker_rows.STATUS])

    # -- settings ------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        from nextmove.ui.tracker.layout import restore_window_layout

        assert self.context is not None
        restore_window_layout(self, self.splitter, self.table, self.context.settings)
        # Hidden last time: shown again when the window has room for it.
        self.side_fit.auto_hidden = not self.side_panel_shown()

    def _save_state(self) -> None:
        if self.context is None:
            return
        from nextmove.ui.tracker.layout import save_window_layout

        save_window_layout(self, self.splitter, self.table, self.context.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_state()
        super().closeEvent(event)

    # -- slots -----------------------------------------------------------------------------------

    def _on_filter_changed(self) -> None:
        self.model.set_filter(self.search_box.text(), str(self.status_filter.currentData()))
        self.table.set_highlight(self.model.needle())

    def _on_no_matches_clear_requested(self) -> None:
        self.search_box.clear()
        self.status_filter.setCurrentIndex(0)
        self.table.setFocus()

    def _on_model_reset(self) -> None:
        # A filter or reload rebuilt the rows: put the selection back if its row is still shown.
        if self._selected_id and self.model.row_of(self._selected_id) is not None:
            self.select_application(self._selected_id)
        elif self._selected_id:
            self._set_selected(0)

    def _on_model_counts_changed(self) -> None:
        total = self.model.total_count()
        shown = self.model.shown_count()
        if self._loader is not None and not self._loader.done:
            self.count_label.setText(self.tr("Loading applications…"))
            return
        if total == 0 and self.context is not None:
            self.tracker_stack.setCurrentWidget(self.empty_state)
        elif shown == 0 and total > 0:
            status = self.status_filter.currentText() if self.status_filter.currentIndex() else ""
            self.no_matches.show_for(self.search_box.text(), status)
            self.tracker_stack.setCurrentWidget(self.no_matches)
        else:
            self.tracker_stack.setCurrentWidget(self.main_view)
        if shown == total:
            text = (
                self.tr("1 application")
                if total == 1
                else self.tr("{total} applications").format(total=f"{total:,}")
            )
        else:
            text = self.tr("{shown} of {total} applications").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        self.count_label.setText(text)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_selected(self.model.id_at(current.row()) if current.isValid() else 0)

    def _set_selected(self, application_id: int) -> None:
        has = application_id != 0
        self.action("action_edit_application").setEnabled(has and self.editing is not None)
        self.action("action_delete_application").setEnabled(has and self.editing is not None)
        if application_id != self._selected_id:
            self._selected_id = application_id
            self.selectedApplicationChanged.emit(application_id)

    def _on_find_triggered(self) -> None:
        from PySide6.QtCore import Qt

        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_about_triggered(self) -> None:
        from nextmove.ui.about_dialog import show_about

        show_about(self)
