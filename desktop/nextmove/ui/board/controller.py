"""Plugs the board into the main window: View › Table / Board (remembered), moving cards by
drag or by Ctrl+Shift+←/→, and the selection shared with the table and the side panel.

A move is a request to the tracker model (`request_status`), the same request an inline edit
of the status cell makes, so the same undoable command, timeline entry and rejection offer
follow whichever way the status was changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QActionGroup

from nextmove.domain.board import neighbour
from nextmove.domain.status import Status
from nextmove.ui.board.board_models import BoardModels
from nextmove.ui.board.board_view import BoardView

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

VIEW_KEY = "tracker/view"
BOARD = "board"
TABLE = "table"


class BoardController(QObject):
    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self._window = window
        self._context = context
        self.models = BoardModels(window.model, lambda: context.database.path, self)
        self.view: BoardView | None = None
        self._table_action = window.action("action_view_table")
        self._board_action = window.action("action_view_board")
        group = QActionGroup(self)
        for action in (self._table_action, self._board_action):
            action.setCheckable(True)
            group.addAction(action)
        self._table_action.setChecked(True)
        self._moves = (
            window.action("action_board_move_left"),
            window.action("action_board_move_right"),
        )
        for action in self._moves:
            action.setEnabled(False)
        self._table_action.triggered.connect(self.show_table)
        self._board_action.triggered.connect(self.show_board)
        self._moves[0].triggered.connect(lambda: self.move_selected(-1))
        self._moves[1].triggered.connect(lambda: self.move_selected(1))
        self.models.moveRequested.connect(self._on_models_moveRequested)
        window.selectedApplicationChanged.connect(self._on_window_selectedApplicationChanged)
        if context.settings.value(VIEW_KEY) == BOARD:
            self.show_board()

    def board_shown(self) -> bool:
        return self.view is not None and self._window.main_view is self.view

    def ensure_view(self) -> BoardView:
        if self.view is None:
            view = BoardView(self.models, lambda: self._context.today())
            self.view = view
            view.cardSelected.connect(self._window.select_application)
            if self._window.editing is not None:
                view.openRequested.connect(self._window.editing.edit)
            for action in (*self._moves, self._window.action("action_delete_application")):
                view.addAction(action)
            for action in self._moves:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for card_list in view.lists():
                # Enter opens and Delete deletes the current card, as in the table.
                card_list.addAction(self._window.action("action_edit_application"))
                card_list.addAction(self._window.action("action_delete_application"))
        return self.view

    def show_board(self) -> None:
        view = self.ensure_view()
        self.models.set_active(True)
        self._window.set_main_view(view)
        self._board_action.setChecked(True)
        for action in self._moves:
            action.setEnabled(True)
        view.show_selected(self._window.selected_application_id() or 0)
        self._context.settings.setValue(VIEW_KEY, BOARD)

    def show_table(self) -> None:
        self.models.set_active(False)
        self._window.set_main_view(self._window.table)
        self._table_action.setChecked(True)
        for action in self._moves:
            action.setEnabled(False)
        self._context.settings.setValue(VIEW_KEY, TABLE)

    def move_selected(self, step: int) -> None:
        """Ctrl+Shift+←/→: the selected card one column left or right."""
        application_id = self._window.selected_application_id()
        row = None if application_id is None else self._window.model.row_data(application_id)
        if application_id is None or row is None:
            return
        target = neighbour(Status(row.status), step)
        if target is not None:
            self._window.model.request_status(application_id, target.value)

    def _on_models_moveRequested(self, application_id: int, status: str) -> None:
        self._window.model.request_status(application_id, status)

    def _on_window_selectedApplicationChanged(self, application_id: int) -> None:
        if self.board_shown():
            assert self.view is not None
            self.view.show_selected(application_id)


def install(window: Host, context: AppContext) -> BoardController:
    return BoardController(window, context)
