"""What the tracker shows is right the moment it changes: undo where the focus is, a status
picked from the list saved at once, no overdue tint on a closed application, and a next
action from the wizard in its row without a reload."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget, QWizard

from nextmove.domain.status import EventKind, Status
from nextmove.storage import tracker_rows
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.models.tracker import Application
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.table_model import DUE_ROLE
from nextmove.ui.wizard.controller import WizardController
from tests.gui.tracker_helpers import COLUMN, TODAY, app, cell, repository, row_of, seed
from tests.gui.wizard_helpers import add_interviewed_application, drive_to

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _status(window: MainWindow, ident: int) -> str:
    return str(cell(window, row_of(window, ident), "status"))


def test_ctrl_z_undoes_typing_in_text_fields_and_the_tracker_only_where_it_has_focus(
    qtbot: Any, window: MainWindow
) -> None:
    (ident,) = seed(window, app("Acme"))
    window.editing.add_timeline_entry(ident, EventKind.REJECTED, TODAY)  # type: ignore[union-attr]
    assert _status(window, ident) == "Rejected"
    done = window.undo_stack.index()

    # The status filter has the focus: Ctrl+Z there leaves the tracker alone.
    _focus(qtbot, window.status_filter)
    qtbot.keyClick(window.status_filter, Qt.Key.Key_Z, CTRL)
    assert window.undo_stack.index() == done
    assert _status(window, ident) == "Rejected"

    # In the search box it takes back the typing, and only that.
    _focus(qtbot, window.search_box)
    qtbot.keyClicks(window.search_box, "Acm")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Z, CTRL)
    assert window.search_box.text() == ""
    assert window.undo_stack.index() == done
    assert _status(window, ident) == "Rejected"

    # With the table focused, Ctrl+Z and Ctrl+Shift+Z act on the tracker.
    _focus(qtbot, window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    assert _status(window, ident) == "Applied"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _status(window, ident) == "Rejected"

    # The side panel counts as the tracker too (its timeline list here).
    timeline = window.findChild(QWidget, "timeline_list")
    assert timeline is not None
    _focus(qtbot, timeline)
    qtbot.keyClick(timeline, Qt.Key.Key_Z, CTRL)
    assert _status(window, ident) == "Applied"

    # And Edit › Undo works from anywhere.
    window.undo_stack.redo()
    _focus(qtbot, window.search_box)
    window.action("action_undo").trigger()
    assert _status(window, ident) == "Applied"


def _status_editor(window: MainWindow, ident: int) -> QComboBox:
    index = window.model.index(row_of(window, ident), COLUMN["status"])
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    assert editor.objectName() == "status_editor"
    return editor


def test_a_status_picked_from_the_list_is_saved_at_once(qtbot: Any, window: MainWindow) -> None:
    (ident,) = seed(window, app("Acme"))
    # From the keyboard: the arrow picks the next status, saved without Enter, and the editor
    # closes with the focus back on the table.
    editor = _status_editor(window, ident)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert repository(window).get(ident).status is Status.SCREENING
    assert _status(window, ident) == "Screening"
    qtbot.waitUntil(lambda: window.table.state() != window.table.State.EditingState)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)

    # From the open list with the mouse.
    editor = _status_editor(window, ident)
    editor.showPopup()
    view = editor.view()
    qtbot.waitUntil(view.isVisible)
    choice = view.model().index(editor.findData(Status.INTERVIEWING.value), 0)
    view.scrollTo(choice)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(choice).center()
    )
    qtbot.waitUntil(lambda: repository(window).get(ident).status is Status.INTERVIEWING)
    assert _status(window, ident) == "Interviewing"
    qtbot.waitUntil(lambda: window.table.state() != window.table.State.EditingState)


def test_a_closed_application_never_shows_an_overdue_next_action(
    qtbot: Any, window: MainWindow
) -> None:
    """Rejected with an interview still booked for next week and a note added afterwards."""
    (ident,) = seed(
        window,
        app("Acme", next_action_on=TODAY - timedelta(days=3), next_action="Send portfolio"),
    )
    row = row_of(window, ident)
    next_action = window.model.index(row, COLUMN["next_action_on"])
    assert next_action.data(DUE_ROLE) == "overdue"
    window.add_timeline_entry(ident, EventKind.INTERVIEW, TODAY + timedelta(days=7), "", 1)
    window.model.setData(window.model.index(row, COLUMN["status"]), Status.REJECTED.value)
    window.add_timeline_entry(ident, EventKind.NOTE, TODAY, "Asked for feedback")
    assert _status(window, ident) == "Rejected"
    assert next_action.data(DUE_ROLE) == ""
    assert next_action.data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_next_action_set_in_the_wizard_shows_in_its_row_at_once(
    qtbot: Any, window: MainWindow
) -> None:
    assert window.context is not None
    database = window.context.database
    rejected = add_interviewed_application(database)
    other = add_interviewed_application(database, "Globex")
    apps = ApplicationRepository(database)
    overdue = window.context.today() - timedelta(days=2)
    with database.sessions.begin() as session:
        stored_app = session.get(Application, rejected)
        assert stored_app is not None
        stored_app.next_action_on = overdue
    window.reload()
    assert window.model.index(row_of(window, rejected), COLUMN["next_action_on"]).data(DUE_ROLE)

    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    wizard = controller.open_for(rejected)
    assert wizard is not None
    drive_to(wizard, 8)
    page: Any = wizard.currentPage()
    page.add_button.click()
    combo = wizard.findChild(QComboBox, "next_action_app_0")
    combo.setCurrentIndex(combo.findData(other))
    wizard.findChild(QWidget, "next_action_text_0").setText("Send my portfolio")
    with qtbot.waitSignal(wizard.reflectionFinished, timeout=2000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    # No reload: the other row shows its next action, the rejected one loses its tint.
    stored = apps.get(other).next_action_on
    assert stored is not None
    row = window.model.row_data(other)
    assert row is not None
    assert row[tracker_rows.NEXT_ACTION] == "Send my portfolio"
    assert row[tracker_rows.NEXT_ACTION_ON] == stored.isoformat()
    assert cell(window, row_of(window, other), "next_action_on")
    assert _status(window, rejected) == "Rejected"
    due = window.model.index(row_of(window, rejected), COLUMN["next_action_on"]).data(DUE_ROLE)
    assert due == ""


def test_an_imported_note_reads_whole_in_a_narrow_side_panel(
    qtbot: Any, window: MainWindow, tmp_path: Any
) -> None:
    """Finding 3: "Ghosted — Imported from my_ap…" was cut; the entry now wraps instead."""
    from pathlib import Path

    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QTreeWidget

    from nextmove.domain.csv_format import guess_mapping, read_table
    from nextmove.domain.csv_import import convert
    from nextmove.storage.csv_io import import_applications

    assert window.context is not None
    name = "my_applications_exported_from_google_sheets_spring_2026_final.csv"
    table = read_table(
        b"Company,Role,Status,Applied,Last activity\nAcme,Dev,Ghosted,2026-05-04,2026-06-12\n"
    )
    result = convert(table, guess_mapping(table.headers), TODAY, source_name=name)
    import_applications(window.context.database, result.items)
    window.reload()
    window.resize(900, 600)
    window.splitter.setSizes([560, 340])
    (ident,) = (
        [r[0] for r in window.model._store.rows()]
        if hasattr(window.model, "_store") and hasattr(window.model._store, "rows")
        else [1]
    )
    window.select_application(ident)
    timeline = window.findChild(QTreeWidget, "timeline_list")
    assert timeline is not None
    qtbot.waitUntil(lambda: timeline.topLevelItemCount() == 2)
    item = timeline.topLevelItem(0)
    # Whole (invisible break points let the long file name wrap), never "…".
    assert item.text(1).replace("\u200b", "") == f"Ghosted — imported from {name}"
    qtbot.wait(50)  # the delayed relayout after the panel took its width
    rect = timeline.visualItemRect(item)
    width = timeline.header().sectionSize(1)
    needed = timeline.fontMetrics().boundingRect(
        QRect(0, 0, width - 8, 10_000), int(Qt.TextFlag.TextWordWrap), item.text(1)
    )
    assert needed.height() > timeline.fontMetrics().height()  # it does need two lines here
    assert rect.height() >= needed.height()
    shots = Path("/work/screens/trust-writer")
    shots.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(shots / "timeline_imported_note.png"))


def test_a_booked_interview_takes_effect_at_midnight_while_the_window_stays_open(
    window: MainWindow,
) -> None:
    (ident,) = seed(window, app("Acme", next_action_on=TODAY + timedelta(days=1)))
    window.add_timeline_entry(ident, EventKind.INTERVIEW, TODAY + timedelta(days=1), "", 1)
    assert _status(window, ident) == "Applied"
    due = window.model.index(row_of(window, ident), COLUMN["next_action_on"])
    assert due.data(DUE_ROLE) == ""
    assert window.context is not None
    window.context.today = lambda: TODAY + timedelta(days=1)
    window.day_watch.check()  # what its timer does every minute
    assert _status(window, ident) == "Interviewing"
    assert due.data(DUE_ROLE) == "due"
    assert window.context.settings.value("timeline/settled_through") == "2026-11-27"
