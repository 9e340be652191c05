"""The wizard shows where you are, rates with buttons, and Escape says where the draft waits;
a rejection shows a message bar above the table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QSpinBox, QWidget

from nextmove.ui.main_window import MainWindow
from nextmove.ui.wizard.controller import WizardController
from nextmove.ui.wizard.score_buttons import ScoreButtons
from nextmove.ui.wizard.wizard import RejectionWizard
from tests.gui.wizard_helpers import add_interviewed_application, click_next, fill_page


def _open(window: MainWindow) -> RejectionWizard:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    wizard = controller.open_for(add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    assert wizard is not None
    wizard.show()
    return wizard


def _marks(steps: QListWidget) -> list[str]:
    return [steps.item(row).text()[0] for row in range(steps.count())]


def test_the_steps_list_marks_the_current_step_and_ticks_the_finished_ones(
    window: MainWindow,
) -> None:
    wizard = _open(window)
    steps = wizard.findChild(QListWidget, "wizard_steps")
    assert steps is not None
    assert steps.isVisible()
    assert steps.count() == 9
    count = wizard.findChild(QLabel, "wizard_step_count")
    assert count.text() == "Step 1 of 9"
    assert _marks(steps)[:2] == ["▸", " "]
    assert steps.item(0).font().bold()
    fill_page(wizard)
    click_next(wizard)
    fill_page(wizard)
    click_next(wizard)
    assert count.text() == "Step 3 of 9"
    assert _marks(steps)[:4] == ["✓", "✓", "▸", " "]
    assert "Reflect on each stage" in steps.item(2).text()
    wizard.back()
    assert count.text() == "Step 2 of 9"
    assert _marks(steps)[:3] == ["✓", "▸", " "]


def test_escape_first_says_where_the_draft_waits_then_closes(
    window: MainWindow, qtbot: Any
) -> None:
    wizard = _open(window)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    note = wizard.findChild(QLabel, "wizard_close_note")
    assert note.isVisible()
    assert "Reflect ▸ Reflections" in note.text()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_scores_are_five_buttons_with_keys_and_meanings(window: MainWindow, qtbot: Any) -> None:
    wizard = _open(window)
    fill_page(wizard)
    click_next(wizard)
    fill_page(wizard)
    click_next(wizard)
    page: Any = wizard.currentPage()
    assert not page.findChildren(QSpinBox)
    score = wizard.findChild(ScoreButtons, "stage_score_0")
    assert [b.text() for b in score.findChildren(QWidget) if b.objectName().startswith("score_")][
        :5
    ] == ["1", "2", "3", "4", "5"]
    meaning = score.findChild(QLabel, "score_meaning")
    assert meaning.text() == "Not rated"
    score.setFocus()
    qtbot.keyClick(score, Qt.Key.Key_4)
    assert score.value() == 4
    assert meaning.text() == "Went well"
    assert page.stage_list.stages()[0].score == 4
    score.findChild(QWidget, "score_2").click()
    assert score.value() == 2
    assert meaning.text() == "Below what I can do"
    qtbot.keyClick(score, Qt.Key.Key_0)
    assert score.value() == 0
    # The choice survives leaving the page and coming back.
    qtbot.keyClick(score, Qt.Key.Key_5)
    fill_page(wizard)
    click_next(wizard)
    wizard.back()
    assert wizard.findChild(ScoreButtons, "stage_score_0").value() == 5


def test_a_rejection_shows_a_message_bar_above_the_table(window: MainWindow) -> None:
    window.show()
    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    bar = window.findChild(QWidget, "rejection_bar")
    assert bar is not None
    assert not bar.isVisible()
    window.applicationStatusChanged.emit(app_id, "rejected")
    assert bar.isVisible()
    # Above the table, across its width; not in the status bar.
    assert bar.parentWidget() is window.tracker_stack.parentWidget()
    assert (
        bar.mapTo(window, bar.rect().bottomLeft()).y()
        <= window.tracker_stack.mapTo(window, window.tracker_stack.rect().topLeft()).y()
    )
    assert not window.statusBar().isAncestorOf(bar)
    assert "Want to go through it?" in bar.findChild(QLabel, "rejection_bar_text").text()
    bar.findChild(QPushButton, "rejection_bar_dismiss").click()
    assert not bar.isVisible()
    window.applicationStatusChanged.emit(app_id, "rejected")
    bar.findChild(QPushButton, "rejection_bar_reflect").click()
    assert not bar.isVisible()
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    assert controller.wizard is not None


def test_pages_use_the_whole_height(window: MainWindow, qtbot: Any) -> None:
    wizard = _open(window)
    reason = wizard.findChild(QWidget, "reason")
    assert reason is not None
    heights = []
    for height in (560, 900):
        wizard.setMinimumSize(400, 300)
        wizard.resize(1000, height)
        qtbot.waitUntil(lambda height=height: wizard.height() == height)
        qtbot.wait(30)
        heights.append(reason.height())
    # The extra 340 pixels go mostly to the writing box, not to blank space below it.
    assert heights[1] - heights[0] > 200, heights
