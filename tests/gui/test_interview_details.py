"""An interview's time, place and interviewers, set and edited in the timeline entry dialog
(one undo step each), shown on the timeline, exported as attendees, filled from invitations."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QObject, Qt, QTime

from nextmove.domain.contact import ContactData
from nextmove.domain.status import EventKind
from nextmove.storage.calendar import event_times
from nextmove.storage.calendar_file import export_calendar
from nextmove.storage.contacts import ContactRepository
from nextmove.ui.calendar_actions import CalendarActions
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.detail_panel import DetailPanel
from nextmove.ui.tracker.event_dialog import EventDialog
from tests.gui.tracker_helpers import TODAY, app, repository, seed

SAMPLES = Path(__file__).resolve().parents[1] / "unit" / "invitations"


def _open_dialog(panel: DetailPanel) -> EventDialog:
    (dialog,) = [d for d in panel.findChildren(EventDialog) if d.isVisible()]
    return dialog


def _interview(window: MainWindow, app_id: int) -> int:
    (event_id,) = [e.id for e in repository(window).events(app_id) if e.kind is EventKind.INTERVIEW]
    return event_id


def test_set_and_edit_an_interviews_time_place_and_interviewers(
    window: MainWindow, tmp_path: Path
) -> None:
    (app_id,) = seed(window, app("Northwind", "Data Analyst"))
    assert window.context is not None
    database = window.context.database
    people = ContactRepository(database)
    dana = people.add(ContactData("Dana Scully", "dana@northwind.example"), link_to=app_id)
    fox = people.add(ContactData("Fox Mulder", "fox@northwind.example"), link_to=app_id)
    panel = window.findChild(DetailPanel, "detail_panel")
    assert isinstance(panel, DetailPanel)
    window.select_application(app_id)

    panel.timeline.add_button.click()
    dialog = _open_dialog(panel)
    dialog.select_kind(EventKind.INTERVIEW)
    dialog.day.set_value(TODAY + timedelta(days=3))
    fields = dialog.interview
    assert fields.place.isVisible()
    fields.has_time.setChecked(True)
    fields.time.setTime(QTime(14, 30))
    fields.duration.setValue(45)
    fields.place.setText("https://meet.example/abc")
    names = [fields.interviewers.item(i).text() for i in range(fields.interviewers.count())]
    assert names == ["Dana Scully <dana@northwind.example>", "Fox Mulder <fox@northwind.example>"]
    fields.interviewers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()

    event_id = _interview(window, app_id)
    times = event_times(database, event_id)
    assert times is not None
    assert (times.starts_at, times.duration_minutes, times.place, times.interviewer_ids) == (
        "14:30",
        45,
        "https://meet.example/abc",
        (dana,),
    )
    shown = panel.timeline.list.topLevelItem(0).text(1)
    assert "14:30 (45 min)" in shown
    assert "with Dana Scully" in shown
    assert "meet.example/abc" in shown.replace("\u200b", "")

    # Edit: another time, the other interviewer; one undo step takes it back.
    panel.timeline.list.setCurrentItem(panel.timeline.list.topLevelItem(0))
    panel.timeline.edit_button.click()
    dialog = _open_dialog(panel)
    assert dialog.interview.time.time() == QTime(14, 30)
    dialog.interview.time.setTime(QTime(16, 0))
    dialog.interview.interviewers.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.interview.interviewers.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()
    times = event_times(database, event_id)
    assert times is not None
    assert (times.starts_at, times.interviewer_ids) == ("16:00", (fox,))
    assert "with Fox Mulder" in panel.timeline.list.topLevelItem(0).text(1)

    # The calendar names the interviewers as attendees; the UID stays the interview's own.
    target = tmp_path / "jobs.ics"
    export_calendar(database, target, TODAY, "Europe/Berlin")
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:fox@northwind.example"
    assert str(attendee.params["CN"]) == "Fox Mulder"
    assert str(event["UID"]) == f"interview-{event_id}@nextmove.local"

    window.undo_stack.undo()
    times = event_times(database, event_id)
    assert times is not None
    assert (times.starts_at, times.interviewer_ids) == ("14:30", (dana,))
    window.undo_stack.redo()
    times = event_times(database, event_id)
    assert times is not None
    assert (times.starts_at, times.interviewer_ids) == ("16:00", (fox,))


def test_an_invitation_links_the_people_who_are_contacts(window: MainWindow) -> None:
    (app_id,) = seed(window, app("Northwind", "Data Analyst"))
    assert window.context is not None
    database = window.context.database
    # The Outlook sample's organizer; stored with other capitals, matched all the same.
    dana = ContactRepository(database).add(ContactData("Dana", "Dana.Scully@northwind.example"))
    actions = window.findChild(QObject, "calendar_actions")
    assert isinstance(actions, CalendarActions)
    actions.zone_name = "Europe/Berlin"
    actions.import_invitation(app_id, SAMPLES / "outlook.ics")
    times = event_times(database, _interview(window, app_id))
    assert times is not None
    assert times.interviewer_ids == (dana,)
    assert all(address.lower() != "dana.scully@northwind.example" for _, address in times.attendees)
    assert times.attendees  # the others stay on the entry with their addresses
