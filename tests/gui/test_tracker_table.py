"""The tracker table as a user sees it: columns, search, status filter, sort, due dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from nextmove.domain.status import Status
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.table_model import DUE_ROLE, OVERDUE_TEXT
from tests.gui.tracker_helpers import COLUMN, TODAY, app, cell, column_values, row_of, seed


def test_model_passes_qt_model_tester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    seed(window, app("Acme", notes="remote first"), app("Globex"), app("Initech"))
    qtmodeltester.check(window.model, force_py=True)
    window.search_box.setText("acme")
    qtmodeltester.check(window.model, force_py=True)


def test_rows_show_every_column(window: MainWindow) -> None:
    (ident,) = seed(
        window,
        app(
            "Northwind",
            "Data Analyst",
            status=Status.INTERVIEWING,
            applied_on=date(2026, 11, 3),
            location="Leeds",
            source="Referral",
            next_action_on=date(2026, 12, 4),
        ),
    )
    row = row_of(window, ident)
    assert cell(window, row, "company") == "Northwind"
    assert cell(window, row, "role") == "Data Analyst"
    assert cell(window, row, "status") == "Interviewing"
    assert cell(window, row, "applied_on") == "3 Nov 2026"
    assert cell(window, row, "last_activity_on") == "3 Nov 2026"
    assert cell(window, row, "next_action_on") == "4 Dec 2026"
    assert cell(window, row, "location") == "Leeds"
    assert cell(window, row, "source") == "Referral"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Company"


def test_search_is_instant_and_matches_company_role_location_notes(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    seed(
        window,
        app("Acme", "Designer"),
        app("Globex", "Analyst", location="Lisbon"),
        app("Initech", "Engineer", notes="Friend of Acme's CTO"),
        app("Hooli", "Data Analyst"),
    )
    qtbot.keyClicks(window.search_box, "acme")
    assert column_values(window, "company") == ["Acme", "Initech"]
    window.search_box.setText("LISBON")
    assert column_values(window, "company") == ["Globex"]
    window.search_box.setText("analyst")
    assert column_values(window, "company") == ["Globex", "Hooli"]
    assert window.count_label.text() == "2 of 4 applications"
    window.search_box.clear()
    assert window.model.rowCount() == 4
    assert window.count_label.text() == "4 applications"


def test_status_filter_open_and_single_status(window: MainWindow) -> None:
    seed(
        window,
        app("Acme", status=Status.APPLIED),
        app("Globex", status=Status.REJECTED),
        app("Initech", status=Status.OFFER),
        app("Hooli", status=Status.GHOSTED),
    )
    combo = window.status_filter
    assert combo.itemText(0) == "All statuses"
    combo.setCurrentIndex(combo.findData("open"))
    assert column_values(window, "company") == ["Acme", "Initech"]
    combo.setCurrentIndex(combo.findData("rejected"))
    assert column_values(window, "company") == ["Globex"]
    window.search_box.setText("acme")
    assert window.model.rowCount() == 0
    assert window.count_label.text() == "0 of 4 applications"


def test_sort_by_header_click_text_dates_and_status(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    seed(
        window,
        app("beta", status=Status.OFFER, applied_on=date(2026, 9, 1)),
        app("Alpha", status=Status.WISHLIST),
        app("gamma", status=Status.APPLIED, applied_on=date(2026, 10, 1)),
    )
    window.table.sortByColumn(COLUMN["company"], Qt.SortOrder.AscendingOrder)
    assert column_values(window, "company") == ["Alpha", "beta", "gamma"]
    window.table.sortByColumn(COLUMN["company"], Qt.SortOrder.DescendingOrder)
    assert column_values(window, "company") == ["gamma", "beta", "Alpha"]
    window.table.sortByColumn(COLUMN["applied_on"], Qt.SortOrder.AscendingOrder)
    assert column_values(window, "company") == ["beta", "gamma", "Alpha"]  # no date sinks
    window.table.sortByColumn(COLUMN["status"], Qt.SortOrder.AscendingOrder)
    assert column_values(window, "status") == ["Wishlist", "Applied", "Offer"]  # pipeline order


def test_sort_keeps_the_selected_application_selected(window: MainWindow) -> None:
    ids = seed(window, app("Cyan"), app("Amber"), app("Beige"))
    window.select_application(ids[0])
    window.table.sortByColumn(COLUMN["company"], Qt.SortOrder.AscendingOrder)
    assert window.selected_application_id() == ids[0]
    current = window.table.currentIndex()
    assert cell(window, current.row(), "company") == "Cyan"


def test_next_action_due_today_and_overdue_are_highlighted(window: MainWindow) -> None:
    ids = seed(
        window,
        app("Late", next_action_on=TODAY - timedelta(days=3), next_action="Send portfolio"),
        app("Today", next_action_on=TODAY),
        app("Later", next_action_on=TODAY + timedelta(days=5)),
        app("Closed", status=Status.REJECTED, next_action_on=TODAY - timedelta(days=3)),
    )
    states = [cell(window, row_of(window, i), "next_action_on", DUE_ROLE) for i in ids]
    assert states == ["overdue", "due", "", ""]
    late = row_of(window, ids[0])
    assert cell(window, late, "next_action_on", Qt.ItemDataRole.ForegroundRole) == OVERDUE_TEXT
    tooltip = cell(window, late, "next_action_on", Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Overdue by 3 days: Send portfolio"
    today = row_of(window, ids[1])
    assert cell(window, today, "next_action_on", Qt.ItemDataRole.ToolTipRole) == "Due today"
    later = row_of(window, ids[2])
    assert cell(window, later, "next_action_on", Qt.ItemDataRole.BackgroundRole) is None


def test_empty_state_guides_a_new_user_until_the_first_application(window: MainWindow) -> None:
    assert window.tracker_stack.currentWidget() is window.empty_state
    how_to_start = window.empty_state.findChild(QLabel, "empty_state_text")
    assert isinstance(how_to_start, QLabel)
    assert "Ctrl+N" in how_to_start.text()
    assert how_to_start.isVisible()
    # Wrapped text gets the height it needs, not one clipped line.
    assert how_to_start.height() >= how_to_start.heightForWidth(how_to_start.width())
    window.empty_state.new_button.click()
    assert window.editing is not None
    assert window.editing.dialog is not None
    window.editing.dialog.reject()
    seed(window, app("Acme"))
    assert window.tracker_stack.currentWidget() is window.table


def test_selection_is_announced_and_kept_across_reload(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = seed(window, app("Acme"), app("Globex"))
    with qtbot.waitSignal(window.selectedApplicationChanged) as blocker:
        window.select_application(ids[1])
    assert blocker.args == [ids[1]]
    window.reload()
    assert window.selected_application_id() == ids[1]
    window.search_box.setText("acme")
    assert window.selected_application_id() is None


def test_a_search_that_finds_nothing_says_so_and_offers_the_way_back(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    seed(window, app("Acme"), app("Globex", status=Status.REJECTED))
    window.search_box.setText("zzzz")
    assert window.tracker_stack.currentWidget() is window.no_matches
    assert window.no_matches.message.text() == "No applications match “zzzz”."
    window.search_box.setText("acme")
    window.status_filter.setCurrentIndex(window.status_filter.findData("rejected"))
    assert window.no_matches.message.text() == "No applications in “Rejected” match “acme”."
    window.search_box.clear()
    assert window.tracker_stack.currentWidget() is window.table
    window.status_filter.setCurrentIndex(window.status_filter.findData("offer"))
    assert window.no_matches.message.text() == "No applications in “Offer”."
    window.search_box.setText("<b>x</b>")
    assert window.no_matches.message.textFormat() == Qt.TextFormat.PlainText
    qtbot.mouseClick(window.no_matches.clear_button, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == ""
    assert window.status_filter.currentIndex() == 0
    assert window.tracker_stack.currentWidget() is window.table
    assert window.model.rowCount() == 2
