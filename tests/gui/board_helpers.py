"""Shared steps for the board's GUI tests: switch to the board, find columns, drop cards."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QListView

from nextmove.domain.status import Status
from nextmove.storage import tracker_rows
from nextmove.ui.board.board_view import BoardView
from nextmove.ui.board.column_model import BoardColumnModel
from nextmove.ui.board.column_view import CardList
from nextmove.ui.board.controller import BoardController
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.table_model import ID_ROLE


def controller(window: MainWindow) -> BoardController:
    found = window.findChild(BoardController)
    assert isinstance(found, BoardController)
    return found


def show_board(window: MainWindow) -> BoardView:
    window.action("action_view_board").trigger()
    view = window.findChild(BoardView, "board_view")
    assert isinstance(view, BoardView)
    assert window.tracker_stack.currentWidget() is view
    return view


def column(window: MainWindow, status: Status) -> CardList:
    found = window.findChild(QListView, f"board_column_{status.value}")
    assert isinstance(found, CardList)
    return found


def card_ids(window: MainWindow, status: Status) -> list[int]:
    view = column(window, status)
    model = view.model()
    return [int(model.index(row, 0).data(ID_ROLE)) for row in range(model.rowCount())]


def drag_card(window: MainWindow, application_id: int, to: Status) -> None:
    """Drop a card on another column the way a mouse drag does: the source view's model
    makes the QMimeData, and the target view's own drop handling receives it."""
    row_data = window.model.row_data(application_id)
    assert row_data is not None
    source = column(window, Status(row_data[tracker_rows.STATUS]))
    model = source.model()
    assert isinstance(model, BoardColumnModel)
    row = model.row_of(application_id)
    assert row is not None
    mime = model.mimeData([model.index(row, 0)])
    target = column(window, to)
    receiver = target.viewport() if target.isVisible() else target.parentWidget()
    assert receiver is not None
    at = QPointF(receiver.rect().center())
    action, button, none = (
        Qt.DropAction.MoveAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # The events a drag delivers, in order: enter, move, drop.
    enter = QDragEnterEvent(at.toPoint(), action, mime, button, none)
    QApplication.sendEvent(receiver, enter)
    move = QDragMoveEvent(at.toPoint(), action, mime, button, none)
    QApplication.sendEvent(receiver, move)
    assert move.isAccepted(), "the column refused the card"
    drop = QDropEvent(at, action, mime, button, none)
    drop.ignore()  # as Qt delivers it: not yet taken by anyone
    QApplication.sendEvent(receiver, drop)
