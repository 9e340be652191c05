"""A validation message disappears as soon as its field is fixed, without pressing Save again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from nextmove.domain.status import EventKind
from nextmove.ui.tracker.application_dialog import ApplicationDialog
from nextmove.ui.tracker.contact_dialog import ContactDialog
from nextmove.ui.tracker.event_dialog import EventDialog
from nextmove.ui.wizard.feedback_arrived import FeedbackArrived

TODAY = date(2026, 11, 26)


def _retype(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_application_messages_go_as_each_field_is_fixed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ApplicationDialog(TODAY)
    dialog.ask = lambda *_args: 0
    qtbot.addWidget(dialog)
    dialog.show()
    _retype(qtbot, dialog.job_url, "not a link")
    _retype(qtbot, dialog.applied_on.text_edit, "+2d")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.error_text("company")
    assert dialog.error_text("role")
    assert dialog.error_text("job_url")
    assert dialog.error_text("applied_on")
    qtbot.keyClicks(dialog.company, "A")
    assert dialog.error_text("company") == ""
    assert dialog.error_text("role")  # the others stay until they are fixed
    qtbot.keyClicks(dialog.role, "Analyst")
    assert dialog.error_text("role") == ""
    _retype(qtbot, dialog.job_url, "https://jobs.example/1")
    assert dialog.error_text("job_url") == ""
    assert dialog.error_text("applied_on")
    _retype(qtbot, dialog.applied_on.text_edit, "today")
    assert dialog.error_text("applied_on") == ""


def test_a_future_timeline_date_message_goes_once_the_date_is_possible(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EventDialog(TODAY, 1, EventKind.REJECTED)
    qtbot.addWidget(dialog)
    dialog.show()
    _retype(qtbot, dialog.day.text_edit, "tomorrow")
    dialog.save_button.click()
    assert dialog.day_error.isVisible()
    _retype(qtbot, dialog.day.text_edit, "+1")  # still the future: the reason stays
    assert dialog.day_error.isVisible()
    _retype(qtbot, dialog.day.text_edit, "yesterday")
    assert not dialog.day_error.isVisible()
    submitted: list[object] = []
    dialog.submitted.connect(submitted.append)
    dialog.save_button.click()
    assert submitted[0].occurred_on == date(2026, 11, 25)  # type: ignore[attr-defined]


def test_contact_messages_go_as_each_field_is_fixed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    _retype(qtbot, dialog.email, "ann@")
    dialog.save_button.click()
    assert dialog.name_error.isVisible()
    assert dialog.email_error.isVisible()
    qtbot.keyClicks(dialog.name, "Ann Lee")
    assert not dialog.name_error.isVisible()
    _retype(qtbot, dialog.email, "ann@example.com")
    assert not dialog.email_error.isVisible()
    dialog.remind.setChecked(True)
    _retype(qtbot, dialog.remind_on.text_edit, "31/02/2026")
    dialog.save_button.click()
    assert dialog.isVisible()  # an impossible reminder date is never saved
    assert dialog.remind_on.hint.isVisible()
    _retype(qtbot, dialog.remind_on.text_edit, "+3m")
    assert not dialog.remind_on.hint.text().startswith("That day")
    assert dialog.data().keep_in_touch_on == date(2027, 2, 26)


def test_the_feedback_message_goes_once_something_is_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = FeedbackArrived(TODAY)
    qtbot.addWidget(box)
    box.show()
    box.save_button.click()
    assert box.error.isVisible()
    qtbot.keyClicks(box.text, "Strong field")
    assert not box.error.isVisible()
