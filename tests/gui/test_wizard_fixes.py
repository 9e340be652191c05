"""What a person noticed going wrong in the wizard, each pinned so it stays fixed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QRadioButton,
    QWizard,
)
from sqlalchemy import delete

from nextmove.domain.application import ApplicationData
from nextmove.domain.contact import ContactData
from nextmove.domain.status import ContactRole, EventKind, Status
from nextmove.domain.templates import TemplateText
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.contacts import ContactRepository
from nextmove.storage.models.wizard import LearningGoal
from nextmove.storage.templates import TemplateRepository
from nextmove.ui.main_window import MainWindow
from nextmove.ui.wizard import screen_fit
from nextmove.ui.wizard.controller import WizardController
from nextmove.ui.wizard.insights_dialog import InsightsDialog
from nextmove.ui.wizard.report_view import EXPORT_FOLDER_KEY, ReportView, default_export_folder
from nextmove.ui.wizard.wizard import RejectionWizard
from tests.gui.wizard_helpers import add_interviewed_application, click_next, drive_to, fill_page


def _open(window: MainWindow, app_id: int) -> RejectionWizard:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    wizard = controller.open_for(app_id)
    assert wizard is not None
    return wizard


def test_a_template_saved_with_a_typo_never_queues_a_raw_placeholder(window: MainWindow) -> None:
    database = window.context.database  # type: ignore[union-attr]
    TemplateRepository(database).save(
        TemplateText("feedback_request", "Ask for feedback", "Feedback", "About {compnay} {role")
    )
    wizard = _open(window, add_interviewed_application(database))
    fill_page(wizard)
    click_next(wizard)
    fill_page(wizard)
    assert "{compnay}" in wizard.currentPage().request.body.toPlainText()  # type: ignore[attr-defined]
    click_next(wizard)
    assert wizard.currentId() == 2
    error = wizard.findChild(object, "error_request")
    assert error.isVisible()
    assert "{compnay} is not a placeholder" in error.text()


def test_the_experts_list_leaves_out_the_people_of_this_application(window: MainWindow) -> None:
    database = window.context.database  # type: ignore[union-attr]
    app_id = add_interviewed_application(database)
    contacts = ContactRepository(database)
    contacts.add(
        ContactData("Sam Rivera", "sam@acme.example", ContactRole.RECRUITER), link_to=app_id
    )
    contacts.add(ContactData("Sam Again", "SAM@acme.example", ContactRole.OTHER))
    contacts.add(ContactData("Morgan Lee", "morgan@mentors.example", ContactRole.MENTOR))
    wizard = _open(window, app_id)
    drive_to(wizard, 7)
    page: Any = wizard.currentPage()
    offered = [page.people.itemText(i) for i in range(page.people.count())]
    assert offered == ["Morgan Lee (mentor)"]


def test_worth_improving_does_not_praise_before_anything_is_rated(window: MainWindow) -> None:
    wizard = _open(window, add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    drive_to(wizard, 2)
    improve = wizard.findChild(object, "improve_list")
    assert "Well done" not in improve.text()
    assert "Score a stage" in improve.text()
    wizard.findChild(object, "stage_score_0").setValue(4)
    wizard.findChild(object, "stage_score_1").setValue(4)
    QApplication.processEvents()
    assert "Well done" in improve.text()


def _finished(window: MainWindow) -> tuple[WizardController, int]:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    wizard = _open(window, add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    drive_to(wizard, 8)
    wizard.accept()
    return controller, wizard.reflection_id


def test_report_and_insights_fit_a_small_laptop_screen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller, reflection_id = _finished(window)
    room = QRect(0, 0, 1024, 560)
    monkeypatch.setattr(screen_fit, "available_room", lambda widget: room)
    for dialog in (
        ReportView(controller.service, reflection_id, window),
        InsightsDialog(controller.service, window),
    ):
        dialog.show()
        QApplication.processEvents()
        assert dialog.height() <= room.height() - screen_fit.FRAME_ALLOWANCE.height()
        assert room.contains(dialog.frameGeometry())
        assert dialog.findChild(QAbstractScrollArea) is not None  # the rest scrolls


def _long_named_application(window: MainWindow) -> int:
    database = window.context.database  # type: ignore[union-attr]
    repo = ApplicationRepository(database)
    role = "Senior Principal Staff Data Analytics Engineer for Payments and Risk Platforms"
    company = "Northwind Traders International Holdings and Logistics Group of Companies"
    app_id = repo.add(
        ApplicationData(company, role, status=Status.APPLIED, applied_on=date(2026, 10, 1)),
        today=date(2026, 10, 1),
    )
    repo.add_event(app_id, EventKind.INTERVIEW, date(2026, 10, 12))
    return app_id


def test_a_long_role_and_company_wrap_on_every_page(window: MainWindow) -> None:
    wizard = _open(window, _long_named_application(window))
    wizard.show()
    QApplication.processEvents()
    heading = wizard.findChild(QLabel, "wizard_application")
    assert heading.wordWrap()
    for step in range(1, 10):
        page: Any = wizard.currentPage()
        QApplication.processEvents()
        scroll = page.scroll_area
        assert not scroll.horizontalScrollBar().isVisible(), f"page {step} scrolls sideways"
        if step < 9:
            fill_page(wizard)
            click_next(wizard)
            assert wizard.currentId() == step + 1


def test_the_first_message_on_a_page_is_scrolled_to_with_the_cursor_in_its_field(
    window: MainWindow,
) -> None:
    wizard = _open(window, add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    wizard.show()
    wizard.resize(wizard.minimumSize())  # a small laptop screen
    drive_to(wizard, 3)
    page: Any = wizard.currentPage()
    assert page.objectName() == "page_step_back"
    QApplication.processEvents()
    assert page.scroll_area.verticalScrollBar().maximum() > 0  # the message is below the fold
    page.scroll_area.verticalScrollBar().setValue(0)
    click_next(wizard)
    assert wizard.currentId() == 4
    error = wizard.findChild(QLabel, "error_decision")
    assert error.isVisible()
    assert page.scroll_area.verticalScrollBar().value() > 0
    assert page.scroll_area.horizontalScrollBar().value() == 0  # questions read from the start
    viewport = page.scroll_area.viewport()
    bottom = error.mapTo(viewport, error.rect().bottomLeft())
    assert viewport.rect().contains(bottom)
    assert wizard.focusWidget() is page.similar


def test_the_email_message_goes_as_soon_as_the_address_is_corrected(
    window: MainWindow, qtbot: Any
) -> None:
    wizard = _open(window, add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    wizard.show()
    fill_page(wizard)
    page: Any = wizard.currentPage()
    page.contact_email.setText("sam@acme")
    click_next(wizard)
    error = wizard.findChild(QLabel, "error_contact_email")
    assert error.isVisible()
    assert ": the part after the @-sign" in error.text()
    page.contact_email.setFocus()
    qtbot.keyClicks(page.contact_email, ".")
    assert error.isVisible()  # "sam@acme." is still not an address
    qtbot.keyClicks(page.contact_email, "example")
    assert not error.isVisible()


def test_the_goals_panel_follows_a_restore(window: MainWindow) -> None:
    controller, _ = _finished(window)
    dock = controller.dock
    assert dock.goal_list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    database = window.context.database  # type: ignore[union-attr]
    with database.sessions.begin() as session:  # the restored file has no goals
        session.execute(delete(LearningGoal))
    window.reload()
    assert dock.goal_list.count() == 1
    assert dock.goal_list.item(0).text().startswith("No learning goals yet")


def test_the_unfinished_reflections_line_wraps_in_a_narrow_panel(window: MainWindow) -> None:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    dock = controller.dock
    dock.set_unfinished(1)
    dock.setFloating(True)
    dock.show()
    dock.resize(130, 400)
    QApplication.processEvents()
    link = dock.unfinished_link
    assert link.isVisible()
    assert link.width() <= dock.width()
    # Every word is on screen: the text wraps onto as many lines as it needs.
    assert link.height() >= link.heightForWidth(link.width())
    assert "1 unfinished reflection — resume…" in link.text()


@pytest.mark.parametrize("how", ["save_and_close", "escape"])
def test_closing_the_wizard_says_where_the_draft_waits(
    window: MainWindow, qtbot: Any, how: str
) -> None:
    wizard = _open(window, add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    wizard.show()
    fill_page(wizard)
    if how == "escape":
        # The first Escape says where the draft waits; the second closes.
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        assert wizard.isVisible()
        assert "Reflect ▸ Reflections" in wizard.close_note.text()
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    else:
        wizard.button(QWizard.WizardButton.CancelButton).click()
    QApplication.processEvents()
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    assert controller.wizard is None  # closed
    assert window.statusBar().currentMessage() == (
        "Draft saved — resume it from Reflect ▸ Reflections…"
    )


def test_a_greyed_out_suggestion_button_says_why(window: MainWindow) -> None:
    wizard = _open(window, add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    wizard.show()
    for step in (1, 2, 3, 4):
        if step != 3:  # nothing scored on the Reflect page
            fill_page(wizard)
        click_next(wizard)
    page: Any = wizard.currentPage()
    assert page.objectName() == "page_upskill"
    assert not page.suggest_button.isEnabled()
    why = wizard.findChild(QLabel, "suggestion_unavailable")
    assert why.isVisible()
    assert why.text() == "Score a stage on the Reflect page to get a suggestion."
    assert page.suggest_button.toolTip() == why.text()
    wizard.back()
    wizard.back()
    wizard.findChild(object, "stage_score_2").setValue(2)
    click_next(wizard)
    click_next(wizard)
    assert page.suggest_button.isEnabled()  # a stage is scored now
    assert not why.isVisible()
    page.suggest_button.click()
    assert page.goal_list.goals()
    assert not page.suggest_button.isEnabled()
    assert why.text() == "The suggestion is already in your list."


def test_export_starts_in_documents_then_in_the_folder_last_used(
    window: MainWindow, tmp_path: Path
) -> None:
    controller, reflection_id = _finished(window)
    window.context.settings.remove(EXPORT_FOLDER_KEY)  # type: ignore[union-attr]
    offered: list[Path] = []

    def choose(parent: object, title: str, suggested: str, filters: str) -> str:
        del parent, title, filters
        offered.append(Path(suggested))
        return str(tmp_path / Path(suggested).name)

    view = controller.show_report(reflection_id)
    view._choose = choose  # the file dialog itself is the platform's
    view.markdown_button.click()
    assert offered[0].parent == default_export_folder()
    assert offered[0].parent != Path.cwd()
    assert offered[0].name == "Data-Analyst-at-Acme.md"
    view.close()
    again = controller.show_report(reflection_id)
    again._choose = choose
    again.pdf_button.click()
    assert offered[1] == tmp_path / "Data-Analyst-at-Acme.pdf"


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[index + 1].lower() if 0 <= index < len(stripped) - 1 else None


def test_every_page_has_unique_alt_mnemonics(window: MainWindow) -> None:
    wizard = _open(window, add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    wizard.show()
    assert _mnemonic(wizard.button(QWizard.WizardButton.CancelButton).text()) == "s"
    for step in range(1, 10):
        page: Any = wizard.currentPage()
        QApplication.processEvents()
        texts: list[str] = []
        for label in page.findChildren(QLabel):
            if label.buddy() is not None and label.isVisible():
                assert _mnemonic(label.text()), f"page {step}: {label.text()!r} has no mnemonic"
                texts.append(label.text())
        for button in page.findChildren(QAbstractButton):
            if not button.isVisible():
                continue
            if isinstance(button, QRadioButton | QPushButton):
                assert _mnemonic(button.text()), f"page {step}: {button.text()!r}"
            if _mnemonic(button.text()):
                texts.append(button.text())
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            if wizard.button(which).isVisible():
                texts.append(wizard.button(which).text())
        letters = [_mnemonic(t) for t in texts]
        clashes = {t for t in texts if letters.count(_mnemonic(t)) > 1}
        assert not clashes, f"page {step} shares a letter: {sorted(clashes)}"
        if step < 9:
            fill_page(wizard)
            click_next(wizard)


def test_alt_letters_move_focus_and_are_never_typed_into_text(
    window: MainWindow, qtbot: Any
) -> None:
    wizard = _open(window, add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page: Any = wizard.currentPage()
    page.reason.setFocus()
    QApplication.processEvents()
    qtbot.keyClicks(page.reason, "Too junior")
    qtbot.keyClick(page.reason, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # no Q here
    qtbot.keyClick(page.reason, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert page.reason.toPlainText() == "Too junior"
    qtbot.keyClick(page.reason, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &Email
    assert QApplication.focusWidget() is page.contact_email
    qtbot.keyClick(page.contact_email, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    assert page.contact_email.text() == ""
