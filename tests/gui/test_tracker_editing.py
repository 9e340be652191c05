"""Adding, editing, deleting and undoing from the tracker window, as a user would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
)

from nextmove.domain.status import EventKind, Status
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.application_dialog import ApplicationDialog
from nextmove.ui.tracker.optional_date_edit import OptionalDateEdit
from tests.gui.tracker_helpers import COLUMN, TODAY, app, cell, repository, row_of, seed


def _dialog(window: MainWindow) -> ApplicationDialog:
    assert window.editing is not None
    dialog = window.editing.dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def _save(dialog: ApplicationDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_add_through_the_dialog_then_undo_and_redo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    seed(window)
    window.action("action_new_application").trigger()
    dialog = _dialog(window)
    assert dialog.objectName() == "application_dialog"
    qtbot.keyClicks(dialog.company, "Northwind Health")
    qtbot.keyClicks(dialog.role, "Data Analyst")
    dialog.job_description.setPlainText("Own the analytics stack.\nSQL, Python.")
    _save(dialog)
    assert window.editing is not None
    assert window.editing.dialog is None  # closed and let go
    assert cell(window, 0, "company") == "Northwind Health"
    new_id = window.selected_application_id()
    assert new_id is not None
    assert repository(window).get(new_id).job_description.startswith("Own the analytics")
    assert "Added Northwind Health" in window.statusBar().currentMessage()
    assert window.action("action_undo").text() == "&Undo Add Northwind Health – Data Analyst"

    window.action("action_undo").trigger()
    assert window.model.total_count() == 0
    assert repository(window).count() == 0
    assert window.tracker_stack.currentWidget() is window.empty_state
    window.action("action_redo").trigger()
    assert window.model.total_count() == 1
    assert repository(window).get(new_id).company == "Northwind Health"


def test_dialog_refuses_bad_input_next_to_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    seed(window)
    window.action("action_new_application").trigger()
    dialog = _dialog(window)
    qtbot.keyClicks(dialog.role, "Engineer")
    qtbot.keyClicks(dialog.job_url, "not a link")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.error_text("company") == "Enter the company name."
    assert "https://" in dialog.error_text("job_url")
    assert repository(window).count() == 0
    dialog.company.setText("Acme")
    dialog.job_url.setText("https://acme.example/jobs/1")
    _save(dialog)
    assert repository(window).count() == 1


def test_edit_with_enter_changes_fields_and_appends_a_status_event(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    (ident,) = seed(window, app("Acme", "Designer", applied_on=date(2026, 11, 1)))
    window.select_application(ident)
    window.table.setFocus()
    changes = []
    window.applicationStatusChanged.connect(lambda i, s: changes.append((i, s)))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    dialog = _dialog(window)
    assert dialog.company.text() == "Acme"
    dialog.role.setText("Senior Designer")
    dialog.status.setCurrentIndex(dialog.status.findData("interviewing"))
    _save(dialog)
    row = row_of(window, ident)
    assert cell(window, row, "role") == "Senior Designer"
    assert cell(window, row, "status") == "Interviewing"
    assert changes == [(ident, "interviewing")]
    kinds = [e.kind for e in repository(window).events(ident)]
    assert kinds == [EventKind.APPLIED, EventKind.INTERVIEW]

    window.undo_stack.undo()
    assert repository(window).get(ident).role == "Designer"
    assert [e.kind for e in repository(window).events(ident)] == [EventKind.APPLIED]
    assert changes[-1] == (ident, "applied")


def test_enter_and_delete_in_the_search_box_stay_in_the_search_box(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    (ident,) = seed(window, app("Acme"))
    window.select_application(ident)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "acmx")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Home)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Delete)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.search_box.text() == "cm"
    assert window.editing is not None
    assert window.editing.dialog is None
    assert repository(window).count() == 1


def test_delete_key_deletes_with_undo_and_no_question(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = seed(window, app("Acme"), app("Globex"), app("Initech"))
    repository(window).set_status(ids[1], Status.SCREENING, TODAY)
    window.select_application(ids[1])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.row_of(ids[1]) is None
    assert window.selected_application_id() == ids[2]  # the next row steps up
    assert window.statusBar().currentMessage() == ("Deleted Globex – Analyst — Undo with Ctrl+Z")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell(window, row_of(window, ids[1]), "status") == "Screening"
    assert len(repository(window).events(ids[1])) == 2
    assert window.selected_application_id() == ids[1]
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, shift)
    assert window.model.row_of(ids[1]) is None
    assert repository(window).count() == 2


def _edit_cell(qtbot, window: MainWindow, ident: int, key: str):  # type: ignore[no-untyped-def]
    index = window.model.index(row_of(window, ident), COLUMN[key])
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None
    return index, editor


def test_inline_status_edit_appends_an_event_and_is_undoable(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    (ident,) = seed(window, app("Acme", applied_on=date(2026, 11, 2)))
    index, editor = _edit_cell(qtbot, window, ident, "status")
    assert isinstance(editor, QComboBox)
    with qtbot.waitSignal(window.applicationStatusChanged) as blocker:
        editor.setCurrentIndex(editor.findData("rejected"))
        window.table.commitData(editor)
    assert blocker.args == [ident, "rejected"]
    window.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert cell(window, index.row(), "status") == "Rejected"
    events = repository(window).events(ident)
    assert [(e.kind, e.occurred_on) for e in events][-1] == (EventKind.REJECTED, TODAY)
    assert window.action("action_undo").text() == "&Undo Mark Acme – Analyst as Rejected"
    window.undo_stack.undo()
    assert cell(window, row_of(window, ident), "status") == "Applied"
    assert [e.kind for e in repository(window).events(ident)] == [EventKind.APPLIED]


def test_inline_text_and_date_edits_save_and_bad_text_is_refused(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    (ident,) = seed(window, app("Acme"))
    _, editor = _edit_cell(qtbot, window, ident, "location")
    assert isinstance(editor, QLineEdit)
    editor.setText("Porto")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits on the next turn of the event loop
    qtbot.waitUntil(lambda: window.table.state() != QAbstractItemView.State.EditingState)
    assert repository(window).get(ident).location == "Porto"
    assert cell(window, row_of(window, ident), "location") == "Porto"

    _, editor = _edit_cell(qtbot, window, ident, "next_action_on")
    date_edit = editor.parent()
    assert isinstance(date_edit, OptionalDateEdit)
    date_edit.set_value(date(2026, 12, 24))
    window.table.commitData(date_edit)
    assert repository(window).get(ident).next_action_on == date(2026, 12, 24)
    assert cell(window, row_of(window, ident), "next_action_on") == "24 Dec 2026"

    window.model.setData(window.model.index(row_of(window, ident), COLUMN["company"]), "  ")
    assert repository(window).get(ident).company == "Acme"
    assert "Enter the company name" in window.statusBar().currentMessage()
    future = QDate(2027, 1, 1)
    window.model.setData(window.model.index(row_of(window, ident), COLUMN["applied_on"]), future)
    assert repository(window).get(ident).applied_on is None


def test_refresh_application_reports_a_status_changed_elsewhere(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    (ident,) = seed(window, app("Acme"))
    repository(window).add_event(ident, EventKind.REJECTED, TODAY)
    with qtbot.waitSignal(window.applicationStatusChanged) as blocker:
        window.refresh_application(ident)
    assert blocker.args == [ident, "rejected"]
    assert cell(window, row_of(window, ident), "status") == "Rejected"


def test_tab_leaves_an_empty_inline_date_for_the_next_cell(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    (ident,) = seed(window, app("Acme"))
    index, editor = _edit_cell(qtbot, window, ident, "next_action_on")
    assert isinstance(editor.parent(), OptionalDateEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.table.currentIndex().column() != index.column())
    assert repository(window).get(ident).next_action_on is None


def test_a_refusal_does_not_outlive_the_next_successful_edit(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    (ident,) = seed(window, app("Acme"))
    row = row_of(window, ident)
    window.model.setData(window.model.index(row, COLUMN["applied_on"]), QDate(2027, 1, 1))
    refusal = "Not saved: The application date cannot be in the future."
    assert window.statusBar().currentMessage() == refusal
    window.model.setData(window.model.index(row, COLUMN["location"]), "Porto")
    assert window.statusBar().currentMessage() == "Saved Acme – Analyst"
    window.model.setData(window.model.index(row, COLUMN["status"]), "interviewing")
    assert window.statusBar().currentMessage() == "Acme – Analyst is now Interviewing"
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert message == "Undone: Mark Acme – Analyst as Interviewing"
