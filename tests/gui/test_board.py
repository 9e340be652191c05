"""The board: cards in one column per stage, moved by drag or keys through the same undoable
status change as the table, following search and the status filter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from nextmove.app import build
from nextmove.domain.status import EventKind, Status
from nextmove.ui.board.card_delegate import CardDelegate
from nextmove.ui.board.column_model import ROW_ROLE, SINCE_ROLE
from nextmove.ui.main_window import MainWindow
from nextmove.ui.wizard.rejection_notice import RejectionNotice
from tests.gui.board_helpers import card_ids, column, drag_card, show_board
from tests.gui.tracker_helpers import TODAY, app, cell, repository, row_of, seed


def _seed_board(window: MainWindow) -> list[int]:
    return seed(
        window,
        app("Northwind", "Data Analyst", applied_on=TODAY - timedelta(days=9)),
        app("Globex", "Engineer", status=Status.INTERVIEWING),
        app("Initech", "Analyst", status=Status.WISHLIST),
        app("Umbrella", "Scientist", status=Status.REJECTED),
        app("Hooli", "Designer"),
    )


def test_every_stage_has_a_column_with_its_count_and_closed_ones_start_collapsed(
    window: MainWindow,
) -> None:
    ids = _seed_board(window)
    board = show_board(window)
    assert board.counts() == {
        "wishlist": 1,
        "applied": 2,
        "screening": 0,
        "interviewing": 1,
        "offer": 0,
        "accepted": 0,
        "rejected": 1,
        "withdrawn": 0,
        "ghosted": 0,
    }
    assert card_ids(window, Status.APPLIED) == [ids[0], ids[4]]
    applied = board.columns[Status.APPLIED]
    assert applied.header.text() == "Applied  2"
    assert column(window, Status.APPLIED).accessibleName() == "Applied: 2 applications"
    rejected = board.columns[Status.REJECTED]
    assert not rejected.expanded
    assert rejected.header.text() == "▸ Rejected  1"
    assert rejected.width() < applied.width()
    rejected.header.click()
    assert rejected.expanded
    assert rejected.header.text() == "▾ Rejected  1"
    # The open stages come first, in the order a job hunt goes.
    names = [c.list.objectName() for c in board.columns.values()]
    assert names[:5] == [
        "board_column_wishlist",
        "board_column_applied",
        "board_column_screening",
        "board_column_interviewing",
        "board_column_offer",
    ]


def test_a_card_shows_company_role_days_in_stage_and_the_next_action(window: MainWindow) -> None:
    ids = seed(
        window,
        app(
            "Northwind",
            "Data Analyst",
            applied_on=TODAY - timedelta(days=20),
            next_action="Prepare case study",
            next_action_on=TODAY - timedelta(days=2),
        ),
    )
    repository(window).add_event(ids[0], EventKind.SCREEN, TODAY - timedelta(days=12))
    window.refresh_application(ids[0])
    show_board(window)
    view = column(window, Status.SCREENING)
    index = view.model().index(0, 0)
    row = index.data(ROW_ROLE)
    assert (row[1], row[2]) == ("Northwind", "Data Analyst")
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    assert delegate.days_text(index.data(SINCE_ROLE)) == "12 days in this stage"
    assert delegate.next_text(row, "overdue") == "Overdue 24 Nov 2026 · Prepare case study"
    assert index.data(Qt.ItemDataRole.UserRole + 22) == "overdue"


def test_dragging_a_card_changes_the_status_with_one_undo_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = _seed_board(window)
    show_board(window)
    statuses: list[tuple[int, str]] = []
    window.applicationStatusChanged.connect(lambda i, s: statuses.append((i, s)))
    drag_card(window, ids[0], Status.SCREENING)
    assert card_ids(window, Status.SCREENING) == [ids[0]]
    assert card_ids(window, Status.APPLIED) == [ids[4]]
    assert repository(window).get(ids[0]).status is Status.SCREENING
    assert [e.kind for e in repository(window).events(ids[0])][-1] is EventKind.SCREEN
    assert cell(window, row_of(window, ids[0]), "status") == "Screening"
    assert statuses == [(ids[0], "screening")]
    assert window.action("action_undo").text() == "&Undo Mark Northwind – Data Analyst as Screening"
    # Undo belongs to the focus: the board, like the table, takes Ctrl+Z.
    window.activateWindow()
    landed = column(window, Status.SCREENING)
    landed.setFocus()
    qtbot.waitUntil(landed.hasFocus)
    qtbot.keyClick(landed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card_ids(window, Status.APPLIED) == [ids[0], ids[4]]
    assert card_ids(window, Status.SCREENING) == []
    assert repository(window).get(ids[0]).status is Status.APPLIED
    assert EventKind.SCREEN not in [e.kind for e in repository(window).events(ids[0])]
    window.undo_stack.redo()
    assert card_ids(window, Status.SCREENING) == [ids[0]]
    assert repository(window).get(ids[0]).status is Status.SCREENING


def test_dropping_a_card_on_its_own_column_changes_nothing(window: MainWindow) -> None:
    ids = _seed_board(window)
    show_board(window)
    drag_card(window, ids[0], Status.APPLIED)
    assert window.undo_stack.count() == 0
    assert [e.kind for e in repository(window).events(ids[0])] == [EventKind.APPLIED]


def test_dropping_on_collapsed_rejected_offers_the_wizard(window: MainWindow) -> None:
    ids = _seed_board(window)
    board = show_board(window)
    assert not board.columns[Status.REJECTED].expanded
    drag_card(window, ids[1], Status.REJECTED)
    assert repository(window).get(ids[1]).status is Status.REJECTED
    assert ids[1] in card_ids(window, Status.REJECTED)
    offer = window.findChild(RejectionNotice, "rejection_bar")
    assert offer is not None
    assert offer.isVisible()
    assert offer.application_id == ids[1]
    assert "Engineer at Globex" in offer.label.text()


def test_ctrl_shift_arrows_move_the_selected_card_and_it_stays_selected(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ids = _seed_board(window)
    show_board(window)
    window.select_application(ids[2])
    view = column(window, Status.WISHLIST)
    view.setFocus()
    assert view.currentIndex().row() == 0
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_Right, mods)
    assert repository(window).get(ids[2]).status is Status.APPLIED
    assert ids[2] in card_ids(window, Status.APPLIED)
    applied = column(window, Status.APPLIED)
    assert applied.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == ids[2]
    assert applied.hasFocus()
    qtbot.keyClick(applied, Qt.Key.Key_Right, mods)
    assert repository(window).get(ids[2]).status is Status.SCREENING
    qtbot.keyClick(column(window, Status.SCREENING), Qt.Key.Key_Left, mods)
    assert repository(window).get(ids[2]).status is Status.APPLIED
    assert window.undo_stack.count() == 3
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert repository(window).get(ids[2]).status is Status.WISHLIST
    assert card_ids(window, Status.WISHLIST) == [ids[2]]
    # Wishlist is the first column: nothing lies to its left.
    qtbot.keyClick(column(window, Status.WISHLIST), Qt.Key.Key_Left, mods)
    assert window.undo_stack.index() == 0


def test_clicking_a_card_selects_the_application_for_the_side_panel(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ids = _seed_board(window)
    show_board(window)
    view = column(window, Status.INTERVIEWING)
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_application_id() == ids[1]
    # Left and Right walk to the neighbouring columns that have cards.
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.selected_application_id() in (ids[0], ids[4])
    assert column(window, Status.APPLIED).hasFocus()


def test_search_and_the_status_filter_apply_to_the_board(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = _seed_board(window)
    board = show_board(window)
    qtbot.keyClicks(window.search_box, "glob")
    assert sum(board.counts().values()) == 1
    assert card_ids(window, Status.INTERVIEWING) == [ids[1]]
    assert board.columns[Status.APPLIED].header.text() == "Applied  0"
    window.search_box.clear()
    assert sum(board.counts().values()) == 5
    window.status_filter.setCurrentIndex(window.status_filter.findData("applied"))
    assert board.counts()["applied"] == 2
    assert sum(board.counts().values()) == 2
    # A move made meanwhile still shows where the filter says.
    window.status_filter.setCurrentIndex(window.status_filter.findData("open"))
    drag_card(window, ids[4], Status.OFFER)
    assert card_ids(window, Status.OFFER) == [ids[4]]


def test_the_chosen_view_is_remembered(qtbot, window: MainWindow, data_dir) -> None:  # type: ignore[no-untyped-def]
    _seed_board(window)
    assert window.action("action_view_table").isChecked()
    assert window.tracker_stack.currentWidget() is window.table
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.action("action_view_board").isChecked()
    assert window.tracker_stack.currentWidget().objectName() == "board_view"
    window.close()
    assert window.context is not None
    window.context.database.close()
    again = build(data_dir)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    try:
        assert again.action("action_view_board").isChecked()
        assert again.tracker_stack.currentWidget().objectName() == "board_view"
        assert again.action("action_view_table").shortcut().toString() == "Ctrl+1"
        again.action("action_view_table").trigger()
        assert again.tracker_stack.currentWidget() is again.table
    finally:
        again.close()
        assert again.context is not None
        again.context.database.close()


def test_edits_elsewhere_and_deletions_reach_the_board(window: MainWindow) -> None:
    ids = _seed_board(window)
    board = show_board(window)
    window.add_timeline_entry(ids[4], EventKind.OFFER, TODAY)
    assert card_ids(window, Status.OFFER) == [ids[4]]
    window.select_application(ids[4])
    window.action("action_delete_application").trigger()
    assert card_ids(window, Status.OFFER) == []
    window.undo_stack.undo()
    assert card_ids(window, Status.OFFER) == [ids[4]]
    assert board.columns[Status.OFFER].header.text() == "Offer  1"


@pytest.mark.parametrize("status", list(Status))
def test_board_column_models_pass_the_model_tester(
    window: MainWindow, qtmodeltester, status: Status
) -> None:  # type: ignore[no-untyped-def]
    _seed_board(window)
    show_board(window)
    qtmodeltester.check(column(window, status).model(), force_py=True)


def test_the_model_tester_follows_a_move(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    ids = _seed_board(window)
    show_board(window)
    model = column(window, Status.APPLIED).model()
    qtmodeltester.check(model, force_py=True)
    drag_card(window, ids[0], Status.OFFER)
    drag_card(window, ids[2], Status.APPLIED)
    window.undo_stack.undo()
    assert model.rowCount() == 1
