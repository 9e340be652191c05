"""After the wizard: the report and its exports, the goals panel, the reflections list and
the template editor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from nextmove.domain.templates import render
from nextmove.storage.learning_goals import LearningGoalRepository
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.tracker import Application
from nextmove.storage.templates import TemplateRepository, builtin_templates
from nextmove.ui.main_window import MainWindow
from nextmove.ui.wizard.controller import WizardController
from nextmove.ui.wizard.reflections_dialog import ReflectionsDialog
from nextmove.ui.wizard.report_view import ReportView
from nextmove.ui.wizard.template_editor import TemplateEditor
from tests.gui.wizard_helpers import add_interviewed_application, click_next, drive_to, fill_page


def _finished(window: MainWindow) -> tuple[WizardController, int]:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = controller.open_for(app_id)
    assert wizard is not None
    drive_to(wizard, 8)
    wizard.accept()
    return controller, wizard.reflection_id


def test_report_reads_cleanly_and_exports_pdf_and_markdown(
    window: MainWindow, tmp_path: Path
) -> None:
    controller, reflection_id = _finished(window)
    asked: list[str] = []

    def choose(parent: object, title: str, suggested: str, filters: str) -> str:
        del parent, title, filters
        asked.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).name)

    view = ReportView(controller.service, reflection_id, window, choose_path=choose)
    text = view.browser.toPlainText()
    assert text.startswith("Data Analyst at Acme")
    assert "Interview round 1: 1/5 — Froze on the SQL question" in text
    view.pdf_button.click()
    view.markdown_button.click()
    assert asked == ["Data-Analyst-at-Acme.pdf", "Data-Analyst-at-Acme.md"]
    pdf = (tmp_path / "Data-Analyst-at-Acme.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 1500
    markdown = (tmp_path / "Data-Analyst-at-Acme.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Data Analyst at Acme")
    assert "## Learning goals" in markdown
    assert view.status.text() == "Saved to Data-Analyst-at-Acme.md"


def test_feedback_that_arrives_later_updates_report_and_reply_rate(window: MainWindow) -> None:
    controller, reflection_id = _finished(window)
    view = ReportView(controller.service, reflection_id, window, today=date(2026, 12, 1))
    view.show()
    view.feedback_button.click()
    assert view.feedback.isVisible()
    view.feedback.save_button.click()
    assert view.feedback.error.text() == "Write down what they said, even in a few words."
    facts, _ = controller.service.insight_facts()
    assert facts[0].feedback_received_on is None
    view.feedback.text.setPlainText("Practise SQL joins out loud")
    view.feedback.save_button.click()
    assert not view.feedback.isVisible()
    assert "What they said: Practise SQL joins out loud" in view.browser.toPlainText()
    facts, _ = controller.service.insight_facts()
    assert facts[0].feedback_received_on == date(2026, 12, 1)


def test_user_text_in_the_report_is_never_rendered_as_markup(window: MainWindow) -> None:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = controller.open_for(app_id)
    assert wizard is not None
    fill_page(wizard)
    wizard.page(1).reason.setPlainText("<b>bold</b> **not bold**")  # type: ignore[attr-defined]
    click_next(wizard)
    drive_to(wizard, 8)
    wizard.accept()
    view = ReportView(controller.service, wizard.reflection_id, window)
    assert "<b>bold</b> **not bold**" in view.browser.toPlainText()


def test_goals_panel_ticks_a_goal_done(window: MainWindow) -> None:
    controller, _ = _finished(window)
    dock = controller.dock
    assert dock.goal_list.count() == 1
    assert dock.weekly.isHidden()
    item = dock.goal_list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    goals = LearningGoalRepository(window.context.database).goals()  # type: ignore[union-attr]
    assert goals[0].status == "done"
    toggle = window.findChild(QAction, "action_show_goals")
    assert toggle is not None
    assert toggle in window.menu("view").actions()
    assert window.findChild(QAction, "action_insights") in window.menu("reflect").actions()


def test_unfinished_reflections_can_be_resumed_or_discarded(window: MainWindow) -> None:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    first = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    second = add_interviewed_application(window.context.database, "Globex")  # type: ignore[union-attr]
    for app_id in (first, second):
        wizard = controller.open_for(app_id)
        assert wizard is not None
        drive_to(wizard, 1)
        wizard.close()
    link = controller.dock.unfinished_link
    assert link.accessibleName() == "2 unfinished reflections — resume…"
    opened: list[bool] = []
    controller.dock.resumeRequested.connect(lambda: opened.append(True))
    link.linkActivated.emit("resume")
    assert opened == [True]
    dialog = ReflectionsDialog(controller.service, window, ask=lambda *args: True)
    assert dialog.unfinished.count() == 2
    dialog.discard_button.click()
    assert dialog.unfinished.count() == 1
    resumed: list[int] = []
    dialog.resumeRequested.connect(resumed.append)
    dialog.resume_button.click()
    assert resumed in ([first], [second])


def test_templates_are_edited_with_a_preview_and_restored(window: MainWindow) -> None:
    repo = TemplateRepository(window.context.database)  # type: ignore[union-attr]
    editor = TemplateEditor(repo, window)
    editor.purpose.setCurrentIndex(editor.purpose.findData("thank_you"))
    editor.body.setPlainText("Dear {first_name}, thanks from {your_name} about {company}.")
    assert "Dear Sam, thanks from Alex about Acme." in editor.preview.toPlainText()
    editor.save_button.click()
    assert repo.get("thank_you").body.startswith("Dear {first_name}")
    editor.reset_button.click()
    assert repo.get("thank_you") == builtin_templates()["thank_you"]
    editor.body.clear()
    editor.save_button.click()
    assert editor.status.text() == "The message is empty."
    assert repo.get("thank_you") == builtin_templates()["thank_you"]


def test_every_message_the_wizard_writes_has_a_shipped_template() -> None:
    shipped = builtin_templates()
    for purpose in (
        "feedback_request",
        "ask_specifics",
        "thanks_for_feedback",
        "thank_you",
        "experts",
    ):
        template = shipped[purpose]
        assert "{first_name}" in template.body
        assert "{your_name}" in template.body
        assert template.subject.strip()


@pytest.mark.parametrize("button", ["pdf_button", "markdown_button"])
def test_an_export_that_cannot_be_written_says_so_and_never_saved(
    window: MainWindow, tmp_path: Path, button: str
) -> None:
    controller, reflection_id = _finished(window)
    missing = tmp_path / "no such folder" / "report.pdf"

    def choose(parent: object, title: str, suggested: str, filters: str) -> str:
        del parent, title, suggested, filters
        return str(missing)

    view = ReportView(controller.service, reflection_id, window, choose_path=choose)
    getattr(view, button).click()
    text = view.status.text()
    assert not text.startswith("Saved")
    assert text.startswith("Could not save to ")
    assert "the folder does not exist" in text
    assert not missing.parent.exists()


def test_the_report_shows_where_each_email_stands_now(window: MainWindow) -> None:
    controller, reflection_id = _finished(window)
    database = window.context.database  # type: ignore[union-attr]
    view = ReportView(controller.service, reflection_id, window)
    assert "Feedback request: Waiting in the outbox" in view.browser.toPlainText()
    with database.sessions.begin() as session:
        request = session.scalars(
            select(OutboxMessage).where(OutboxMessage.purpose == "feedback_request")
        ).one()
        request.state = "sent"
    view.refresh()
    text = view.browser.toPlainText()
    assert "Feedback request: Sent" in text
    assert "Waiting in the outbox" in text  # the experts' message has not left yet
    again = ReportView(controller.service, reflection_id, window)
    assert "Feedback request: Sent" in again.browser.toPlainText()


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("Hi {frist_name},", "{frist_name} is not a placeholder. Did you mean {first_name}?"),
        ("About the {role", "“{role” is missing its closing brace }."),
        ("Hi {unknown}", "{unknown} is not a placeholder."),
    ],
)
def test_a_mistyped_placeholder_is_named_and_not_saved_unless_confirmed(
    window: MainWindow, typed: str, named: str
) -> None:
    repo = TemplateRepository(window.context.database)  # type: ignore[union-attr]
    editor = TemplateEditor(repo, window)
    editor.show()
    editor.purpose.setCurrentIndex(editor.purpose.findData("thank_you"))
    editor.body.setPlainText(typed + "\n\n{your_name}")
    assert editor.body_error.isVisible()
    assert named in editor.body_error.text()
    assert "{first_name}, {contact_name}, {company}, {role}, {your_name}" in (
        editor.body_error.text()
    )
    assert not editor.subject_error.isVisible()
    editor.save_button.click()
    assert not editor.status.text().startswith("Saved")
    assert repo.get("thank_you") == builtin_templates()["thank_you"]
    editor.save_button.click()  # now "Save Anyway": the person chose to keep it
    assert editor.status.text().startswith("Saved")
    assert repo.get("thank_you").body.startswith(typed)
    editor.body.setPlainText("Hi {first_name},\n\n{your_name}")
    assert not editor.body_error.isVisible()


def test_subjects_read_naturally_even_with_a_long_role_name() -> None:
    shipped = builtin_templates()
    values = {
        "first_name": "Sam",
        "contact_name": "Sam Rivera",
        "company": "Northwind Traders",
        "role": "Staff Software Engineer - Payments Platform (Remote, EMEA, 12-month contract)",
        "your_name": "Alex Kim",
    }
    for purpose in ("feedback_request", "ask_specifics", "thanks_for_feedback", "thank_you"):
        subject = render(shipped[purpose].subject, values)
        assert len(subject) <= 60, subject
        assert "{" not in subject


def test_goals_panel_stays_narrow_and_says_when_it_has_no_goals(window: MainWindow) -> None:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    dock = controller.dock
    assert dock.goal_list.count() == 1
    assert dock.goal_list.item(0).text().startswith("No learning goals yet")
    assert not dock.has_items()  # an empty state alone does not open the panel
    controller.dock.set_unfinished(12)
    window.resize(1152, 720)
    window.show()
    dock.show()
    QApplication.processEvents()
    assert dock.width() <= 250  # the tracker table keeps the rest


def test_reflections_list_names_the_company_even_with_a_long_role(window: MainWindow) -> None:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    database = window.context.database  # type: ignore[union-attr]
    app_id = add_interviewed_application(database, "Northwind Traders")
    long_role = "Senior Staff Software Engineer, Payments Platform and Developer Experience"
    with database.sessions.begin() as session:
        session.get(Application, app_id).role = long_role  # type: ignore[union-attr]
    wizard = controller.open_for(app_id)
    assert wizard is not None
    drive_to(wizard, 1)
    wizard.close()
    dialog = ReflectionsDialog(controller.service, window)
    dialog.show()
    QApplication.processEvents()
    item = dialog.unfinished.item(0)
    assert item.text().startswith("Northwind Traders — Senior Staff")
    assert dialog.unfinished.wordWrap()
    rect = dialog.unfinished.visualItemRect(item)
    assert rect.width() <= dialog.unfinished.viewport().width()
    # Nothing finished yet: the list says so, and there is nothing to open.
    assert dialog.finished_list.item(0).text().startswith("Reflections you finish")
    assert not dialog.view_button.isEnabled()
    dialog.view_button.click()
