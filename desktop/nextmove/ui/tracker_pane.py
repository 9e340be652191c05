"""The tracker's part of the main window: the table and its model, the empty state, the
"no matches" page, and what ties them to the search bar and the side panel.

Built right after the window's first frame (importing the tracker's modules is cheap, but not
free), by `MainWindow.ensure_tracker()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from nextmove.domain.status import Status
from nextmove.ui.tracker.column_fit import ColumnFit
from nextmove.ui.tracker.columns import status_label
from nextmove.ui.tracker.empty_state import EmptyState
from nextmove.ui.tracker.no_matches import NoMatches
from nextmove.ui.tracker.search_keys import SearchKeys
from nextmove.ui.tracker.side_fit import SidePanelFit
from nextmove.ui.tracker.table_model import OPEN, TrackerModel
from nextmove.ui.tracker.table_view import TrackerTable

if TYPE_CHECKING:
    from nextmove.ui.main_window import MainWindow


class TrackerPane:
    """The tracker's widgets, built on `window`'s frame."""

    def __init__(self, window: MainWindow) -> None:
        window.status_filter.addItem(
            QCoreApplication.translate("MainWindow", "Open (not closed)"), OPEN
        )
        for status in Status:
            window.status_filter.addItem(status_label(status.value), status.value)
        self.model = TrackerModel(window.today, window)
        self.table = TrackerTable(self.model, window.today)
        self.empty_state = EmptyState()
        self.no_matches = NoMatches()
        self.column_fit = ColumnFit(self.table)
        stack = window.tracker_stack
        stack.addWidget(self.table)
        # What shows the applications when there are some: the table, or the board.
        self.main_view: QWidget = self.table
        stack.addWidget(self.empty_state)
        stack.addWidget(self.no_matches)
        # The side panel gives way when the table would lose its key columns.
        self.side_fit = SidePanelFit(
            window.splitter, window.side_panel, self.table, window.action("action_show_details")
        )
        # Enter and Delete belong to the table: the search box and editors keep their keys.
        for name in ("action_edit_application", "action_delete_application"):
            action = window.action(name)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        # Ctrl+Z in a text field undoes the typing there; the tracker's undo answers only where
        # the tracker has the focus (the table and its stand-ins, the side panel), or the menu.
        for name in ("action_undo", "action_redo"):
            action = window.action(name)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            stack.addAction(action)
            window.side_panel.addAction(action)
        self.search_keys = SearchKeys(window.search_box, self.table)
        self._window = window
        self._search_box, self._status_filter = window.search_box, window.status_filter
        # The selected application (0: none), kept across filters, sorts and reloads.
        self.selected_id = 0
        self.model.modelReset.connect(self._on_model_reset)
        self.model.searchFinished.connect(self._on_model_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        window.search_box.textChanged.connect(self._on_filter_changed)
        window.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.no_matches.clearRequested.connect(self._on_no_matches_clear_requested)

    def _on_filter_changed(self) -> None:
        self.model.set_filter(self._search_box.text(), str(self._status_filter.currentData()))
        self.table.set_highlight(self.model.needle())

    def _on_no_matches_clear_requested(self) -> None:
        self._search_box.clear()
        self._status_filter.setCurrentIndex(0)
        self.table.setFocus()

    def select(self, application_id: int) -> None:
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

    def enable_row_actions(self) -> None:
        """Edit and Delete act on a selected row, once the rows can be edited."""
        on = self.selected_id != 0 and self._window.editing is not None
        self._window.action("action_edit_application").setEnabled(on)
        self._window.action("action_delete_application").setEnabled(on)

    def _on_model_reset(self) -> None:
        # A filter or reload rebuilt the rows: put the selection back if its row is still shown.
        # (A search in parts may bring it later: looked for again at searchFinished.)
        if self.selected_id and self.model.row_of(self.selected_id) is not None:
            self.select(self.selected_id)
        elif self.selected_id and not self.model.searching():
            self._set_selected(0)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_selected(self.model.id_at(current.row()) if current.isValid() else 0)

    def _set_selected(self, application_id: int) -> None:
        changed = application_id != self.selected_id
        self.selected_id = application_id
        self.enable_row_actions()
        if changed:
            self._window.selectedApplicationChanged.emit(application_id)
