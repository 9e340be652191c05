"""The add/edit dialog on its own: every field round-trips, errors sit next to their field."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import Status, Workplace
from nextmove.ui.tracker.application_dialog import ApplicationDialog

TODAY = date(2026, 11, 26)

FULL = ApplicationData(
    company="Northwind Health",
    role="Senior Data Analyst",
    status=Status.SCREENING,
    job_url="https://careers.northwind.example/42",
    location="Leeds",
    workplace=Workplace.HYBRID,
    source="Referral",
    salary="£55–60k",
    applied_on=date(2026, 11, 3),
    next_action_on=date(2026, 12, 1),
    next_action="Prepare the case study",
    job_description="We are looking for…\n\n" + "Responsibilities. " * 400,
    notes="Ask about the <b>team</b> size",
)


def test_every_field_round_trips(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ApplicationDialog(TODAY, FULL)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit Application"
    assert dialog.data() == FULL


def test_save_reports_by_signal_only_when_valid(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ApplicationDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    received: list[object] = []
    dialog.submitted.connect(received.append)
    dialog.company.setText("Acme")
    dialog.applied_on.set_value(date(2027, 1, 5))
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    save.click()
    assert received == []
    assert dialog.isVisible()
    assert dialog.error_text("role") == "Enter the role you applied for."
    assert dialog.error_text("applied_on") == "The application date cannot be in the future."
    assert dialog.error_text("company") == ""
    assert dialog.role.hasFocus() or not dialog.isActiveWindow()
    dialog.role.setText("Engineer")
    dialog.applied_on.set_value(None)
    dialog.job_url.setText("jobs.acme.example/42")  # pasted without https://
    save.click()
    assert len(received) == 1
    data = received[0]
    assert isinstance(data, ApplicationData)
    assert (data.company, data.role, data.applied_on) == ("Acme", "Engineer", None)
    assert data.job_url == "https://jobs.acme.example/42"
    assert not dialog.isVisible()


def test_empty_date_field_stays_empty_when_clicked_and_its_calendar_opens_at_today(qtbot) -> None:  # type: ignore[no-untyped-def]
    # The field is now typed into: a click puts the cursor there and invents no date; the
    # calendar button opens at today when the field is empty.
    dialog = ApplicationDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.next_action_on
    assert field.value() is None
    assert field.text_edit.text() == ""
    edit = field.text_edit
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(12, edit.height() // 2))
    assert field.value() is None  # a click never invents a date
    field.calendar_button.click()
    popup = dialog.findChild(QWidget, "field_next_action_on_calendar")
    assert popup is not None
    assert popup.isVisible()
    assert popup.calendar.selectedDate().toPython() == TODAY
    popup.calendar.clicked.emit(popup.calendar.selectedDate())
    assert field.value() == TODAY
    field.clear_button.click()
    assert field.value() is None


def _tab_walk(qtbot, dialog: ApplicationDialog, presses: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The objectNames focus visits, pressing Tab from the company field."""
    dialog.company.setFocus()
    visited = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        owner = now
        while owner is not None and not owner.objectName():
            owner = owner.parentWidget()
        # A date field's text entry is "<field>_text": it stands for its field.
        name = owner.objectName().removesuffix("_text") if owner is not None else ""
        if not visited or visited[-1] != name:
            visited.append(name)
    return visited


def test_tab_walks_past_empty_dates_to_every_field_and_save(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ApplicationDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    visited = _tab_walk(qtbot, dialog, 30)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert visited[:13] == [
        "field_role",
        "field_status",
        "field_applied_on",
        "field_next_action_on",
        "field_next_action",
        "field_job_url",
        "field_location",
        "field_workplace",
        "field_source",
        "field_salary",
        "field_job_description",
        "field_notes",
        save.objectName() or "application_dialog_buttons",
    ]
    assert dialog.applied_on.value() is None  # walking through leaves the dates empty
    dialog.next_action.setFocus()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.status.hasFocus()


def test_tab_walks_through_a_filled_date_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ApplicationDialog(TODAY, FULL)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    visited = _tab_walk(qtbot, dialog, 30)
    assert "field_salary" in visited
    assert dialog.data() == FULL


def test_escape_never_throws_away_typing_without_asking(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ApplicationDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    questions: list[str] = []
    answer = [1]  # "Keep Editing"

    def ask(_parent, _title: str, text: str, _choices) -> int:  # type: ignore[no-untyped-def]
        questions.append(text)
        return answer[0]

    dialog.ask = ask
    qtbot.keyClicks(dialog.company, "Northwind Health")
    dialog.job_description.setPlainText("A posting that will disappear tomorrow.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # kept editing: nothing lost
    assert dialog.company.text() == "Northwind Health"
    assert len(questions) == 1

    answer[0] = 0  # "Discard"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_on_an_untouched_dialog_just_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ApplicationDialog(TODAY, FULL)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ask = lambda *_args: pytest.fail("nothing was typed: no question")  # type: ignore[assignment]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
