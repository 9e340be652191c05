"""What was seen: typed dates saved wrong without a word; empty pickers opening at January 2000
with the calendar spilling off the dialog. Each case as the person met it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.wizard import GoalAnswer
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.application_dialog import ApplicationDialog
from nextmove.ui.widgets.calendar_popup import CalendarPopup
from nextmove.ui.widgets.date_field import DateField
from nextmove.ui.wizard.goal_list import GoalEditor
from tests.gui.tracker_helpers import COLUMN, TODAY, app, cell, repository, row_of, seed


def _new_application(qtbot, window: MainWindow) -> ApplicationDialog:  # type: ignore[no-untyped-def]
    seed(window)
    window.action("action_new_application").trigger()
    assert window.editing is not None
    assert window.editing.dialog is not None
    dialog = window.editing.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.company, "Northwind Health")
    qtbot.keyClicks(dialog.role, "Data Analyst")
    return dialog


def _select_all_and_type(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("03 Oct 2026", date(2026, 10, 3)),  # was saved as 20 Oct 2026
        ("20 Nov 2026", date(2026, 11, 20)),  # was 14 Nov
        ("2026-11-20", date(2026, 11, 20)),  # was ignored
    ],
)
def test_a_typed_applied_date_is_saved_as_typed(
    qtbot, window: MainWindow, typed: str, saved: date
) -> None:  # type: ignore[no-untyped-def]
    dialog = _new_application(qtbot, window)
    edit = dialog.findChild(QLineEdit, "field_applied_on_text")
    assert edit is not None
    _select_all_and_type(qtbot, edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter saves the dialog straight from the field
    assert not dialog.isVisible()
    (ident,) = window.model.ids()
    assert repository(window).get(ident).applied_on == saved


def test_an_impossible_applied_date_is_refused_and_nothing_is_saved(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = _new_application(qtbot, window)
    edit = dialog.findChild(QLineEdit, "field_applied_on_text")
    _select_all_and_type(qtbot, edit, "31/02/2026")  # was saved as 14 Dec 2026, a future date
    hint = dialog.findChild(QWidget, "field_applied_on_hint")
    assert hint.isVisible()
    assert "does not exist" in hint.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.error_text("applied_on") == "That day does not exist in that month."
    assert repository(window).count() == 0
    assert edit.hasFocus()
    _select_all_and_type(qtbot, edit, "28/02/2026")
    assert not hint.isVisible() or "does not exist" not in hint.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    (ident,) = window.model.ids()
    assert repository(window).get(ident).applied_on == date(2026, 2, 28)


def test_no_future_applied_date_even_typed_as_a_word(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = _new_application(qtbot, window)
    _select_all_and_type(qtbot, dialog.applied_on.text_edit, "tomorrow")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.error_text("applied_on") == "The application date cannot be in the future."
    _select_all_and_type(qtbot, dialog.applied_on.text_edit, "yesterday")
    assert dialog.error_text("applied_on") == ""  # the message goes as soon as it is fixed
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    (ident,) = window.model.ids()
    assert repository(window).get(ident).applied_on == TODAY - timedelta(days=1)


def test_a_typed_date_in_a_table_cell_is_saved_and_an_unclear_one_changes_nothing(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    (ident,) = seed(window, app("Acme", next_action_on=date(2026, 12, 1)))
    index = window.model.index(row_of(window, ident), COLUMN["next_action_on"])
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit)
    assert edit.objectName() == "date_editor_text"
    _select_all_and_type(qtbot, edit, "13/13/2026")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.table.state() == QAbstractItemView.State.EditingState  # kept, with the reason
    assert "month 13" in edit.toolTip()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.table.state() != QAbstractItemView.State.EditingState)
    assert repository(window).get(ident).next_action_on == date(2026, 12, 1)

    window.table.edit(index)
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit)
    _select_all_and_type(qtbot, edit, "3 Dec")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.table.state() != QAbstractItemView.State.EditingState)
    assert repository(window).get(ident).next_action_on == date(2026, 12, 3)
    assert cell(window, row_of(window, ident), "next_action_on") == "3 Dec 2026"


def _popup(field: DateField) -> CalendarPopup:
    popup = field.findChild(CalendarPopup)
    assert popup is not None
    assert popup.isVisible()
    return popup


def test_an_empty_learning_goal_due_date_opens_its_calendar_at_today(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = GoalEditor(GoalAnswer("SQL", "Window functions", "", "", None))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.due_on.value() is None
    editor.due_on.calendar_button.click()
    popup = _popup(editor.due_on)
    assert popup.objectName() == "goal_due_on_calendar"
    assert popup.calendar.selectedDate().toPython() == date.today()  # not January 2000
    qtbot.keyClick(popup.calendar, Qt.Key.Key_Escape)
    editor.due_on.set_value(date(2027, 3, 15))
    editor.due_on.calendar_button.click()
    assert _popup(editor.due_on).calendar.selectedDate().toPython() == date(2027, 3, 15)


@pytest.mark.parametrize("corner", ["bottom_right", "top_left"])
def test_the_calendar_always_fits_on_the_screen(qtbot, corner: str) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    field = DateField(TODAY)
    field.setObjectName("field_next_action_on")
    QVBoxLayout(dialog).addWidget(field)
    qtbot.addWidget(dialog)
    dialog.resize(260, 60)
    area = QGuiApplication.primaryScreen().availableGeometry()
    where = area.bottomRight() - QPoint(260, 60) if corner == "bottom_right" else area.topLeft()
    dialog.move(where)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.calendar_button.click()
    popup = _popup(field)
    assert area.contains(popup.frameGeometry()), (area, popup.frameGeometry())
    assert popup.calendar.selectedDate().toPython() == TODAY
    popup.calendar.clicked.emit(popup.calendar.selectedDate().addDays(3))
    assert not popup.isVisible()
    assert field.value() == TODAY + timedelta(days=3)
