"""The tracker's part of the main window: the table and its model, the empty state, the
"no matches" page, and what ties them to the search bar and the side panel.

Built right after the window's first frame (importing the tracker's modules is cheap, but not
free), by `MainWindow.ensure_tracker()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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
        window.status_filter.addItem(window.tr("Open (not closed)"), OPEN)
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
