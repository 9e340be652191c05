"""The rejection wizard driven through the real main window."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWizard
from sqlalchemy import select

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.models.mail import MailAccount, OutboxMessage
from nextmove.storage.models.wizard import LearningGoal, Reflection
from nextmove.ui.main_window import MainWindow
from nextmove.ui.wizard.controller import WizardController
from nextmove.ui.wizard.wizard import RejectionWizard
from tests.gui.wizard_helpers import (
    add_interviewed_application,
    click_next,
    drive_to,
    fill_page,
    forbid_network,
)

PAGE_NAMES = [
    "page_what_happened",
    "page_feedback",
    "page_reflect",
    "page_step_back",
    "page_upskill",
    "page_bridges",
    "page_beyond_control",
    "page_experts",
    "page_next_move",
]


def _controller(window: MainWindow) -> WizardController:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    return controller


def _open(window: MainWindow, app_id: int) -> RejectionWizard:
    wizard = _controller(window).open_for(app_id)
    assert wizard is not None
    return wizard


def test_the_whole_wizard_finishes_offline_and_fills_the_outbox(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts = forbid_network(monkeypatch)
    # A screen wide enough for the goals panel (below 1600 px it stays closed).
    monkeypatch.setattr("nextmove.ui.wizard.controller.ROOMY_SCREEN", 0)
    database = window.context.database  # type: ignore[union-attr]
    app_id = add_interviewed_application(database)
    other = add_interviewed_application(database, "Globex")
    wizard = _open(window, app_id)
    assert wizard.objectName() == "rejection_wizard"
    assert [wizard.page(i).objectName() for i in wizard.pageIds()] == PAGE_NAMES

    drive_to(wizard, 8)
    assert wizard.currentId() == 9
    page: Any = wizard.currentPage()
    summary = page.summary.text()
    assert "Interview round 1" in summary
    assert "Company research" in summary or "Interview answers" in summary
    page.add_button.click()
    wizard.findChild(object, "next_action_text_0").setText("Send my portfolio")
    wizard.findChild(object, "weekly_goal").setValue(5)
    with qtbot.waitSignal(wizard.reflectionFinished, timeout=2000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    assert attempts == []
    with database.sessions() as session:
        messages = {m.purpose: m for m in session.scalars(select(OutboxMessage))}
        purposes = sorted(messages)
        reflection = session.scalars(select(Reflection)).one()
        goals = session.scalars(select(LearningGoal)).all()
    # The feedback request already thanks Sam: no second email to the same person.
    assert purposes == ["experts", "feedback_request"]
    assert messages["feedback_request"].to_address == "sam@acme.example"
    assert messages["feedback_request"].body.startswith("Hi Sam,")
    assert messages["feedback_request"].body.rstrip().endswith("Alex Kim")
    assert "{" not in messages["feedback_request"].subject + messages["experts"].body
    assert messages["experts"].body.startswith("Hi Morgan,")
    assert messages["experts"].state == "queued"
    assert reflection.state == "completed"
    assert goals[0].skill == "Interview answers"
    kinds = [e.kind for e in ApplicationRepository(database).events(app_id)]
    assert kinds[-1] is EventKind.REJECTED
    assert kinds.count(EventKind.INTERVIEW) == 1  # history intact
    assert ApplicationRepository(database).get(other).next_action == "Send my portfolio"
    assert window.findChild(object, "goals_dock").isVisible()
    reminders = window.findChild(object, "reminder_list")
    texts = [reminders.item(i).text() for i in range(reminders.count())]
    assert any("Send my portfolio" in t for t in texts)
    window.reload()
    reminders.itemActivated.emit(reminders.item(0))
    assert window.selected_application_id() == other
    weekly = window.findChild(object, "weekly_goal_label")
    assert weekly.text() == "Your weekly goal: 5 applications"


def test_a_required_answer_blocks_next_with_a_message_next_to_it(window: MainWindow) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = _open(window, app_id)
    page: Any = wizard.currentPage()
    how_heard = wizard.findChild(object, "error_how_heard")
    assert not how_heard.isVisible()
    click_next(wizard)  # "How did the news come?" is required, and the page says so
    assert wizard.currentId() == 1
    assert how_heard.isVisible()
    assert how_heard.text() == "Choose how the news came."
    page.how_heard.setCurrentIndex(page.how_heard.findData("Email"))
    assert not how_heard.isVisible()  # answered: the message goes
    fill_page(wizard)
    click_next(wizard)
    click_next(wizard)  # no feedback choice yet
    assert wizard.currentId() == 2
    error = wizard.findChild(object, "error_feedback_status")
    assert error.isVisible()
    assert "feedback" in error.text()


def test_closing_and_reopening_resumes_on_the_same_page_with_every_answer(
    window: MainWindow,
) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = _open(window, app_id)
    drive_to(wizard, 3)
    page: Any = wizard.currentPage()
    page.went_well.setPlainText("Clear story about my last project")
    page.adjust.setChecked(True)
    wizard.close()

    again = _open(window, app_id)
    assert again is not wizard
    assert again.currentId() == 4
    four: Any = again.currentPage()
    assert four.went_well.toPlainText() == "Clear story about my last project"
    assert four.adjust.isChecked()
    one: Any = again.page(1)
    assert one.reason.toPlainText() == "They chose someone with more SQL experience."
    assert one.contact_email.text() == "sam@acme.example"
    assert again.findChild(object, "stage_score_3").value() == 1
    assert again.findChild(object, "stage_note_3").text() == "Froze on the SQL question"
    assert again.page(2).none.isChecked()  # type: ignore[attr-defined]


def test_back_keeps_answers_and_saves_the_page_left(window: MainWindow) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = _open(window, app_id)
    drive_to(wizard, 2)
    wizard.findChild(object, "stage_note_0").setText("Read their annual report")
    with_back = wizard.button(QWizard.WizardButton.BackButton)
    with_back.click()
    assert wizard.currentId() == 2
    assert wizard.page(2).none.isChecked()  # type: ignore[attr-defined]
    draft = _controller(window).service.load(wizard.reflection_id)
    assert draft.step == 2
    assert draft.answers.stages[0].note == "Read their annual report"
    click_next(wizard)
    assert wizard.findChild(object, "stage_note_0").text() == "Read their annual report"


def test_the_wizard_is_usable_from_the_keyboard(window: MainWindow, qtbot: Any) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = _open(window, app_id)
    wizard.activateWindow()
    combo = wizard.findChild(object, "how_heard")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "Email"
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # Enter presses the default button, Next
    assert wizard.currentId() == 2
    radio = wizard.findChild(object, "feedback_none")
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_Space)
    assert radio.isChecked()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # saves and says where the draft waits
    assert wizard.isVisible()
    assert wizard.close_note.isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert _controller(window).service.unfinished()[0].step == 2


def test_a_rejection_offers_the_wizard_without_forcing_it(window: MainWindow) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    controller = _controller(window)
    window.applicationStatusChanged.emit(app_id, "interviewing")
    assert not controller.notice.isVisible()
    window.applicationStatusChanged.emit(app_id, "rejected")
    assert controller.notice.isVisible()
    assert controller.wizard is None
    controller.notice.handle_button.click()
    assert controller.wizard is not None
    assert controller.wizard.isVisible()
    assert not controller.notice.isVisible()


def test_handle_rejection_opens_the_wizard_for_the_selected_application(
    window: MainWindow,
) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    action = window.action("action_reject_wizard")
    assert action.isEnabled()
    window.reload()
    window.select_application(app_id)
    assert window.selected_application_id() == app_id
    action.trigger()
    wizard = _controller(window).wizard
    assert wizard is not None
    assert wizard.isVisible()
    assert wizard.state.draft.application.id == app_id
    drive_to(wizard, 8)
    wizard.accept()
    action.trigger()  # already reflected on: the report opens instead of a new wizard
    assert _controller(window).wizard is None
    report = window.findChild(QDialog, "reflection_report")
    assert report is not None
    assert report.isVisible()


def test_feedback_received_offers_a_thank_you_that_is_queued(window: MainWindow) -> None:
    database = window.context.database  # type: ignore[union-attr]
    app_id = add_interviewed_application(database)
    wizard = _open(window, app_id)
    drive_to(wizard, 1)
    page: Any = wizard.currentPage()
    page.received.setChecked(True)
    assert page.thanks.isVisible()
    assert page.thanks.enabled_box.isChecked()
    assert not page.request.isVisible()
    page.text.setPlainText("Strong on analysis, but the SQL exercise ran out of time.")
    click_next(wizard)
    drive_to(wizard, 8)
    wizard.accept()
    with database.sessions() as session:
        purposes = sorted(m.purpose for m in session.scalars(select(OutboxMessage)))
        reflection = session.scalars(select(Reflection)).one()
    # Thanking them for the feedback is the one email to Sam; the page-6 thank-you waits
    # unticked so Sam does not get two at once.
    assert purposes == ["experts", "thanks_for_feedback"]
    assert reflection.feedback_text.startswith("Strong on analysis")
    assert reflection.feedback_received_on is not None


def test_first_page_fields_have_keyboard_mnemonics(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = _open(window, app_id)
    page = wizard.page(1)
    buddies = {
        label.buddy().objectName()
        for label in page.findChildren(QLabel)
        if label.buddy() is not None and "&" in label.text()
    }
    assert {"rejected_on", "how_heard", "stage_reached", "reason", "contact_email"} <= buddies


def test_a_removed_suggestion_stays_removed_after_resume(window: MainWindow) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = _open(window, app_id)
    drive_to(wizard, 4)
    upskill: Any = wizard.currentPage()
    assert len(upskill.goal_list.goals()) == 1
    wizard.findChild(object, "goal_0").removeRequested.emit()
    assert upskill.goal_list.goals() == []
    click_next(wizard)
    wizard.close()
    again = _open(window, app_id)
    assert again.currentId() == 6
    assert again.page(5).goal_list.goals() == []  # type: ignore[attr-defined]


def test_emails_are_signed_with_the_persons_name_never_the_account_label(
    window: MainWindow,
) -> None:
    database = window.context.database  # type: ignore[union-attr]
    with database.sessions.begin() as session:
        session.add(
            MailAccount(
                display_name="Work",
                sender_name="Alex Kim",
                from_address="alex@example.com",
                host="smtp.example.com",
                port=587,
                security="starttls",
                username="alex@example.com",
            )
        )
    app_id = add_interviewed_application(database)
    wizard = _open(window, app_id)
    one: Any = wizard.currentPage()
    assert one.your_name.text() == "Alex Kim"
    fill_page(wizard)
    one.your_name.clear()
    click_next(wizard)
    assert wizard.currentId() == 1  # an email will be written: it needs a signature
    error = wizard.findChild(object, "error_your_name")
    assert error.isVisible()
    assert "Your name" in error.text() or "your name" in error.text()
    one.your_name.setText("Alex Kim")
    click_next(wizard)
    two: Any = wizard.currentPage()
    two.none.setChecked(True)
    body = two.request.body.toPlainText()
    assert body.rstrip().endswith("Alex Kim")
    assert "Work" not in body
    assert "{" not in body + two.request.subject.text()


def test_an_email_never_leaves_with_an_unfilled_placeholder(window: MainWindow) -> None:
    database = window.context.database  # type: ignore[union-attr]
    app_id = add_interviewed_application(database)
    wizard = _open(window, app_id)
    one: Any = wizard.currentPage()
    assert one.your_name.text() == ""  # no account: nothing to guess from
    fill_page(wizard)
    one.contact_email.clear()
    one.your_name.clear()
    click_next(wizard)  # no email address yet: no signature needed on this page
    two: Any = wizard.currentPage()
    two.none.setChecked(True)
    assert "{your_name}" in two.request.body.toPlainText()  # shown, not silently blank
    two.request.enabled_box.setChecked(True)
    wizard.back()
    one.contact_email.setText("sam@acme.example")
    click_next(wizard)
    assert wizard.currentId() == 1
    one.your_name.setText("Alex Kim")
    click_next(wizard)
    # The name given later fills the drafted email in.
    assert wizard.currentId() == 2
    body = two.request.body.toPlainText()
    assert body.rstrip().endswith("Alex Kim")
    assert "{" not in body


@pytest.mark.parametrize(
    ("where", "address"), [("contact", "sam@acme"), ("contact", "sam"), ("expert", "morgan@")]
)
def test_an_invalid_email_address_blocks_next_with_a_message(
    window: MainWindow, where: str, address: str
) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = _open(window, app_id)
    if where == "contact":
        fill_page(wizard)
        wizard.currentPage().contact_email.setText(address)  # type: ignore[attr-defined]
        click_next(wizard)
        assert wizard.currentId() == 1
        error = wizard.findChild(object, "error_contact_email")
    else:
        drive_to(wizard, 7)
        fill_page(wizard)
        wizard.findChild(object, "expert_email_0").setText(address)
        click_next(wizard)
        assert wizard.currentId() == 8
        error = wizard.findChild(object, "error_experts")
    assert error.isVisible()
    assert "doesn't look right" in error.text()


def test_stage_reached_on_page_one_shapes_the_stages_on_page_three(window: MainWindow) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = _open(window, app_id)
    fill_page(wizard)
    wizard.currentPage().stage_reached.setCurrentText("Second interview")  # type: ignore[attr-defined]
    click_next(wizard)
    fill_page(wizard)
    click_next(wizard)
    names = [s.stage for s in wizard.currentPage().stage_list.stages()]  # type: ignore[attr-defined]
    assert names == [
        "Research and preparation",
        "Application materials",
        "Screening call",
        "Interview round 1",
        "Interview round 2",
        "Follow-up",
    ]
    assert all(s.score == 0 for s in wizard.currentPage().stage_list.stages())  # type: ignore[attr-defined]


def test_reopening_a_draft_keeps_its_page_even_if_the_app_dies_right_away(
    window: MainWindow,
) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = _open(window, app_id)
    drive_to(wizard, 2)
    assert wizard.currentId() == 3
    wizard.close()
    service = _controller(window).service
    saved: list[int] = []
    again = _open(window, app_id)
    again.draftSaved.connect(saved.append)
    assert again.currentId() == 3
    # No page was left: the stored draft still says page 3 (a crash now resumes there).
    assert service.load(again.reflection_id).step == 3
    assert saved == []


def test_the_wizard_and_its_buttons_fit_on_the_screen(window: MainWindow) -> None:
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = _open(window, app_id)
    room = wizard.screen().availableGeometry()
    assert room.width() < 1000  # the test screen is smaller than the wizard would like
    assert room.contains(wizard.frameGeometry())
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
        button = wizard.button(which)
        corner = button.mapTo(wizard, button.rect().bottomRight())
        assert wizard.rect().contains(corner)


def test_a_long_application_name_does_not_push_page_nine_off_the_edge(
    window: MainWindow,
) -> None:
    database = window.context.database  # type: ignore[union-attr]
    app_id = add_interviewed_application(database)
    repo = ApplicationRepository(database)
    long_role = "Staff Software Engineer, Payments Platform and Developer Experience " * 2
    repo.add(ApplicationData("Northwind Traders", long_role.strip()), today=date(2026, 11, 1))
    wizard = _open(window, app_id)
    wizard.show()
    drive_to(wizard, 8)
    page: Any = wizard.currentPage()
    page.add_button.click()
    QApplication.processEvents()
    scroll = page.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    text = wizard.findChild(object, "next_action_text_0")
    assert text.width() >= 140
    remove = wizard.findChild(object, "next_action_remove_0")
    right = remove.mapTo(scroll.viewport(), remove.rect().topRight()).x()
    assert right <= scroll.viewport().width()
