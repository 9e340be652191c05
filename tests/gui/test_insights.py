"""The insights window shows what the finished reflections say."""

from __future__ import annotations

from datetime import date, datetime

from nextmove.storage.outbox import OutboxRepository
from nextmove.ui.main_window import MainWindow
from nextmove.ui.wizard.controller import WizardController
from nextmove.ui.wizard.insights_dialog import InsightsDialog
from tests.gui.wizard_helpers import add_interviewed_application, drive_to


def test_insights_chart_the_finished_reflections(window: MainWindow) -> None:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    empty = InsightsDialog(controller.service, window)
    assert empty.stage_chart.bars() == []
    assert empty.feedback_label.text() == "None asked for yet"

    app_id = add_interviewed_application(window.context.database)  # type: ignore[union-attr]
    wizard = controller.open_for(app_id)
    assert wizard is not None
    drive_to(wizard, 8)
    wizard.accept()

    dialog = InsightsDialog(controller.service, window)
    # "Timing" was ticked: the reflection is kept apart as beyond control.
    assert dialog.stage_chart.bars() == []
    beyond = {label: value for label, value, _ in dialog.beyond_chart.bars()}
    assert beyond["Research and preparation"] == 5
    assert beyond["Interview"] == 1
    assert dialog.rejection_chart.bars() == [("Interview", 1.0, "1")]
    # The request is still in the outbox: it has asked nobody yet.
    assert dialog.feedback_label.text() == "None asked for yet"
    assert dialog.goals_bar.value() == 0
    assert dialog.goals_bar.maximum() == 1
    dialog.show()
    assert not dialog.stage_chart.grab().isNull()


def test_insights_count_a_request_once_it_was_sent(window: MainWindow) -> None:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    database = window.context.database  # type: ignore[union-attr]
    wizard = controller.open_for(add_interviewed_application(database))
    assert wizard is not None
    drive_to(wizard, 8)
    wizard.accept()
    outbox = OutboxRepository(database)
    request = next(r for r in outbox.rows() if r.purpose == "feedback_request")
    outbox.mark_sent(request.id, datetime(2026, 11, 21, 9, 0), date(2026, 11, 21))
    dialog = InsightsDialog(controller.service, window)
    assert dialog.feedback_label.text() == "0 of 1 answered (0%)"
