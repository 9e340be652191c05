"""File › Export Calendar… and interview invitations in the window: imported from the menu or
dropped on a table row or a board card, each one undo step."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from nextmove.domain.status import EventKind, Status
from nextmove.storage.calendar import event_times
from nextmove.ui.calendar_actions import CalendarActions
from nextmove.ui.main_window import MainWindow
from tests.gui.board_helpers import column, show_board
from tests.gui.tracker_helpers import TODAY, app, repository, row_of, seed

SAMPLES = Path(__file__).resolve().parents[1] / "unit" / "invitations"


def _actions(window: MainWindow) -> CalendarActions:
    found = window.findChild(QObject, "calendar_actions")
    assert isinstance(found, CalendarActions)
    found.zone_name = "Europe/Berlin"
    return found


def _interviews(window: MainWindow, application_id: int) -> list[int]:
    return [
        e.id for e in repository(window).events(application_id) if e.kind is EventKind.INTERVIEW
    ]


def _drop_file(receiver: QWidget, at: QPointF, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), Qt.DropAction.CopyAction, mime, buttons, none)
    QApplication.sendEvent(receiver, enter)
    assert enter.isAccepted(), "the drop target refused the invitation"
    drop = QDropEvent(at, Qt.DropAction.CopyAction, mime, buttons, none)
    drop.ignore()
    QApplication.sendEvent(receiver, drop)


def test_export_calendar_writes_the_file_chosen(window: MainWindow, tmp_path: Path) -> None:
    soon = TODAY + timedelta(days=2)
    seed(window, app("Northwind", next_action="Prepare case study", next_action_on=soon))
    actions = _actions(window)
    target = tmp_path / "jobs.ics"
    asked: list[Path] = []
    actions.choose_export_path = lambda folder: asked.append(folder) or target  # type: ignore[func-returns-value]
    assert window.action("action_export_calendar").objectName() == "action_export_calendar"
    window.action("action_export_calendar").trigger()
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Northwind: Prepare case study"
    assert event["DTSTART"].dt == soon
    assert window.statusBar().currentMessage() == "Wrote 1 event to jobs.ics"
    actions.choose_export_path = lambda _folder: None
    target.unlink()
    window.action("action_export_calendar").trigger()  # cancelled: nothing written
    assert not target.exists()


def test_an_invitation_from_the_menu_becomes_an_interview_with_its_time(window: MainWindow) -> None:
    ids = seed(window, app("Northwind", "Data Analyst"))
    # The interview's own day (3 December): it takes effect at once, as the app's clock says.
    window.context.today = lambda: date(2026, 12, 3)  # type: ignore[union-attr]
    actions = _actions(window)
    actions.choose_invitation = lambda _folder: SAMPLES / "outlook.ics"
    window.select_application(ids[0])
    window.action("action_import_invitation").trigger()
    (event_id,) = _interviews(window, ids[0])
    times = event_times(window.context.database, event_id)  # type: ignore[union-attr]
    assert times is not None
    assert (times.starts_at, times.duration_minutes, times.place) == (
        "14:30",
        60,
        "Microsoft Teams Meeting",
    )
    assert times.attendees[0] == ("Dana Scully", "dana.scully@northwind.example")
    assert repository(window).get(ids[0]).status is Status.INTERVIEWING
    window.undo_stack.undo()
    assert _interviews(window, ids[0]) == []
    assert repository(window).get(ids[0]).status is Status.APPLIED


def test_a_broken_invitation_adds_nothing_and_says_why(window: MainWindow, tmp_path: Path) -> None:
    ids = seed(window, app("Northwind"))
    bad = tmp_path / "not-really.ics"
    bad.write_text("Company,Role\n", encoding="utf-8")
    assert _actions(window).import_invitation(ids[0], bad) == 0
    assert _interviews(window, ids[0]) == []
    assert window.statusBar().currentMessage() == (
        "Nothing was added: This file is not a calendar invitation (.ics)."
    )


def test_dropping_an_invitation_on_a_table_row(window: MainWindow) -> None:
    ids = seed(window, app("Northwind"), app("Globex"))
    _actions(window)
    row = row_of(window, ids[1])
    rect = window.table.visualRect(window.model.index(row, 0))
    _drop_file(window.table.viewport(), QPointF(rect.center()), SAMPLES / "google.ics")
    assert _interviews(window, ids[0]) == []
    assert len(_interviews(window, ids[1])) == 1


def test_dropping_an_invitation_on_a_board_card(window: MainWindow) -> None:
    ids = seed(window, app("Northwind"), app("Globex", status=Status.SCREENING))
    _actions(window)
    show_board(window)
    view = column(window, Status.SCREENING)
    rect = view.visualRect(view.model().index(0, 0))
    _drop_file(view.viewport(), QPointF(rect.center()), SAMPLES / "apple.ics")
    assert len(_interviews(window, ids[1])) == 1
    # A booked interview moves the card on its day (the one status rule), not before.
    booked = date(2026, 12, 7)
    today = window.context.today()  # type: ignore[union-attr]
    expected = Status.INTERVIEWING if booked <= today else Status.SCREENING
    assert repository(window).get(ids[1]).status is expected
    assert ids[1] in [
        int(column(window, expected).model().index(r, 0).data(Qt.ItemDataRole.UserRole + 1))
        for r in range(column(window, expected).model().rowCount())
    ]
