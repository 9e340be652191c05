"""What a feature may use of the main window, as a Protocol: features are handed a `Host`
and never import `ui.main_window` (an import-linter contract keeps it so).

A feature adds its actions to the window's menus, says things in the status bar, follows and
changes the selection, asks for rows to be re-read, and pushes its edits onto the one undo
stack. `widget()` is the window as a plain QMainWindow: the parent of a feature's dialogs,
actions and docks.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QStatusBar, QWidget

    from nextmove.domain.status import EventKind, Status
    from nextmove.ui.context import AppContext
    from nextmove.ui.tracker.editing import TrackerEditing
    from nextmove.ui.tracker.empty_state import EmptyState
    from nextmove.ui.tracker.table_model import TrackerModel
    from nextmove.ui.tracker.table_view import TrackerTable


class Host(Protocol):
    # An application's status changed by any means: (application id, status value).
    @property
    def applicationStatusChanged(self) -> SignalInstance: ...
    # The selection moved to another application (0 when nothing is selected).
    @property
    def selectedApplicationChanged(self) -> SignalInstance: ...
    # The first frame was painted; the tracker table exists (each emitted once).
    @property
    def firstPainted(self) -> SignalInstance: ...
    @property
    def trackerBuilt(self) -> SignalInstance: ...
    # Every feature is installed (emitted once; `started()` says whether it has been).
    @property
    def startupFinished(self) -> SignalInstance: ...

    def started(self) -> bool: ...

    # -- the frame -----------------------------------------------------------------------------

    def widget(self) -> QMainWindow:
        """The window itself, as the parent of a feature's dialogs, actions and docks."""
        ...

    def menu(self, key: str) -> QMenu: ...

    def action(self, name: str) -> QAction: ...

    def statusBar(self) -> QStatusBar: ...

    def show_message(self, text: str, timeout_ms: int = 0) -> None: ...

    def add_message_bar(self, bar: QWidget) -> None: ...

    def tr(self, text: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...

    # -- the data and its edits ----------------------------------------------------------------

    @property
    def context(self) -> AppContext | None: ...
    @property
    def undo_stack(self) -> QUndoStack: ...
    @property
    def editing(self) -> TrackerEditing | None: ...

    def add_timeline_entry(
        self,
        application_id: int,
        kind: EventKind,
        on: date,
        notes: str = "",
        round_number: int | None = None,
        details: dict[str, object] | None = None,
    ) -> int: ...

    def edit_timeline_entry(
        self,
        application_id: int,
        event_id: int,
        entry: tuple[EventKind, date, str, int | None],
        details: dict[str, object] | None = None,
    ) -> None: ...

    def remove_timeline_entry(
        self, application_id: int, event_id: int, what: str
    ) -> Status | None: ...

    # -- the applications shown ----------------------------------------------------------------

    @property
    def model(self) -> TrackerModel: ...
    @property
    def table(self) -> TrackerTable: ...
    @property
    def side_panel(self) -> QWidget: ...
    @property
    def tracker_stack(self) -> QStackedWidget: ...
    @property
    def empty_state(self) -> EmptyState: ...

    @property
    def main_view(self) -> QWidget: ...

    def set_main_view(self, view: QWidget) -> None:
        """Show the applications in `view` (the table or the board) from now on."""
        ...

    def clear_filters(self) -> None: ...

    def ensure_tracker(self) -> None: ...

    def selected_application_id(self) -> int | None: ...

    def select_application(self, application_id: int) -> None: ...

    def refresh_application(self, application_id: int) -> None: ...

    def note_changed(self, application_id: int) -> None: ...

    def reload(self) -> None: ...

    def loading(self) -> bool: ...
