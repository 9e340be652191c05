"""The insights window shows every application and finished reflection as charts.

Updated for issue 8: a reflection with a factor beyond the person's control used to leave
"Average score per stage" empty, and a request waiting in the outbox read "None asked for
yet"; both are now shown (the first test checks the new behaviour).
"""

from __future__ import annotations

import gc
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QThreadPool
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from nextmove.storage.outbox import OutboxRepository
from nextmove.ui.insights.bars_chart import Bar
from nextmove.ui.insights.chart import Chart
from nextmove.ui.main_window import MainWindow
from nextmove.ui.wizard.controller import WizardController
from nextmove.ui.wizard.insights_dialog import InsightsDialog
from tests.gui.wizard_helpers import add_interviewed_application, drive_to
from tests.storage.insight_seed import seed_insights

CHARTS = (
    "chart_funnel",
    "chart_flow",
    "chart_rejections_by_stage",
    "chart_response_by_source",
    "chart_weekly_applications",
    "chart_stage_scores",
)
TODAY = date(2026, 10, 23)


def _controller(window: MainWindow) -> WizardController:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    return controller


def _open(window: MainWindow, **kwargs: object) -> InsightsDialog:
    dialog = InsightsDialog(_controller(window).service, window, today=lambda: TODAY, **kwargs)  # type: ignore[arg-type]
    dialog.show()
    QApplication.processEvents()
    return dialog


def _colours(image: QImage) -> int:
    """How many different colours a picture holds (sampled): 1 means blank."""
    seen = set()
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 5):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_insights_chart_the_finished_reflections(window: MainWindow) -> None:
    empty = _open(window)
    for name in CHARTS:
        chart = empty.findChild(Chart, name)
        assert chart is not None, name
        assert not chart.has_data()
        # The empty state says what will appear, for eyes and for screen readers.
        assert chart.accessibleDescription() == chart.empty_text
        assert "No data yet" not in chart.empty_text
        # Nothing to save yet.
        save = empty.findChild(QPushButton, f"save_{name}")
        assert save is not None
        assert not save.isEnabled()
        assert not chart.save_action.isEnabled()
    assert empty.feedback_label.text() == "None asked for yet"
    empty.close()

    controller = _controller(window)
    wizard = controller.open_for(add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    assert wizard is not None
    drive_to(wizard, 8)
    wizard.accept()

    dialog = _open(window)
    # "Timing" was ticked: the scores stay, as their own beyond-control series.
    assert dialog.stage_chart.has_data()
    rows = {row.label: row.bars for row in dialog.stage_chart.rows()}
    assert rows["Research and preparation"] == (None, Bar(5.0, "5.0 (1)"))
    assert rows["Interview"] == (None, Bar(1.0, "1.0 (1)"))
    assert [row.label for row in dialog.improve_chart.rows()] == ["Interview"]
    assert [(r.label, r.bars[0]) for r in dialog.rejection_chart.rows()][2] == (
        "After an interview",
        Bar(1.0, "1 (100%)"),
    )
    # The request is still in the outbox: it is shown as waiting, not as "none asked".
    assert dialog.feedback_label.text() == "1 queued in the outbox, not sent yet"
    assert dialog.goals_bar.value() == 0
    assert dialog.goals_bar.maximum() == 1
    assert _colours(dialog.stage_chart.grab().toImage()) > 2


def test_insights_count_a_request_once_it_was_sent(window: MainWindow) -> None:
    controller = _controller(window)
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


def test_every_chart_is_drawn_from_the_stored_timelines(window: MainWindow) -> None:
    seed_insights(window.context.database)  # type: ignore[union-attr]
    dialog = _open(window)
    for name in CHARTS:
        chart = dialog.findChild(QWidget, name)
        assert isinstance(chart, Chart), name
        assert chart.isVisible()
        assert chart.has_data(), name
        assert chart.height() >= chart.sizeHint().height() - 1, name
        assert _colours(chart.grab().toImage()) > 2, name
        assert chart.accessibleDescription(), name
    assert dialog.funnel_chart.counts() == {
        "applied": 5,
        "screening": 3,
        "interview": 2,
        "offer": 1,
    }
    assert [r.label for r in dialog.response_chart.rows()] == [
        "LinkedIn",
        "Referral",
        "Company site",
    ]
    assert sum(w.applications for w in dialog.weekly_chart.weeks()) == 5
    flows = {(link.source, link.target): link.count for link in dialog.flow_chart.links()}
    assert flows[("applied", "screening")] == 3  # the funnel's screening count
    assert flows[("interview", "offer")] == 1
    assert "Screening: 3 (60% of applied)" in dialog.funnel_chart.accessibleDescription()


def test_each_chart_saves_a_png_in_documents_by_default(window: MainWindow, tmp_path: Path) -> None:
    seed_insights(window.context.database)  # type: ignore[union-attr]
    asked: list[str] = []
    target = tmp_path / "funnel"

    def save_as(parent: QWidget, title: str, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    dialog = _open(window, save_as=save_as)
    button = dialog.findChild(QPushButton, "save_chart_funnel")
    assert button is not None
    button.click()
    assert Path(asked[0]).name == "next-move-funnel-2026-10-23.png"
    assert "Documents" in asked[0] or Path(asked[0]).parent == Path.home()
    saved = QImage(str(tmp_path / "funnel.png"))
    assert not saved.isNull()
    assert saved.width() >= 480
    assert _colours(saved) > 2
    assert dialog.status.text().startswith("Saved Funnel to ")

    # The context menu offers the same, and the next save starts in the folder just used.
    target = tmp_path / "flow.png"
    flow = dialog.findChild(Chart, "chart_flow")
    assert flow is not None
    action = flow.findChild(QAction, "action_save_chart_flow")
    assert action is not None
    assert action in flow.actions()
    flow.customContextMenuRequested.emit(QPoint(10, 10))
    action.trigger()
    assert Path(asked[1]).parent == tmp_path
    assert _colours(QImage(str(target))) > 2


def test_a_save_that_fails_says_why_in_one_line(window: MainWindow, tmp_path: Path) -> None:
    seed_insights(window.context.database)  # type: ignore[union-attr]
    missing = tmp_path / "gone" / "chart.png"
    dialog = _open(window, save_as=lambda parent, title, suggested: str(missing))
    dialog.findChild(QPushButton, "save_chart_stage_scores").click()  # type: ignore[union-attr]
    assert dialog.status.text() == f"The folder {missing.parent} does not exist."
    assert not missing.exists()


@pytest.mark.parametrize(("width", "columns"), [(1480, 2), (760, 1)])
def test_wide_windows_show_two_columns_and_content_scrolls(
    window: MainWindow, width: int, columns: int
) -> None:
    seed_insights(window.context.database)  # type: ignore[union-attr]
    dialog = _open(window)
    dialog.resize(width, 700)
    QApplication.processEvents()
    assert dialog.columns() == columns
    for name in CHARTS:
        chart = dialog.findChild(Chart, name)
        assert chart is not None
        # Never squeezed: every chart keeps the height it needs; the window scrolls instead.
        assert chart.height() >= chart.sizeHint().height() - 1
        assert chart.width() >= chart.minimumSizeHint().width()
    scroll = dialog.findChild(QWidget, "insights_scroll")
    assert scroll is not None
    assert scroll.verticalScrollBar().maximum() > 0  # type: ignore[attr-defined]


def test_the_menu_opens_the_insights_window(window: MainWindow) -> None:
    seed_insights(window.context.database)  # type: ignore[union-attr]
    action = window.findChild(QAction, "action_insights")
    assert action is not None
    action.trigger()
    QApplication.processEvents()
    dialog = window.findChild(InsightsDialog, "insights_dialog")
    assert dialog is not None
    assert dialog.isVisible()
    funnel = dialog.findChild(Chart, "chart_funnel")
    assert funnel is not None
    assert funnel.has_data()
    dialog.close()


def test_a_large_tracker_is_read_in_the_background(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    seed_insights(window.context.database)  # type: ignore[union-attr]
    pool = QThreadPool()
    dialog = InsightsDialog(_controller(window).service, window, today=lambda: TODAY, pool=pool)
    dialog.show()
    refresh = dialog.findChild(QPushButton, "insights_refresh")
    assert refresh is not None
    pool.waitForDone()
    gc.collect()  # the job is gone; its result must still arrive
    qtbot.waitUntil(lambda: dialog.funnel_chart.has_data(), timeout=10_000)
    assert dialog.funnel_chart.counts()["applied"] == 5
    assert refresh.isEnabled()
    assert dialog.status.text() == ""
    pool.waitForDone()


def test_hovering_a_chart_tells_its_figures(window: MainWindow) -> None:
    seed_insights(window.context.database)  # type: ignore[union-attr]
    dialog = _open(window)
    dialog.funnel_chart.repaint()
    assert (
        dialog.funnel_chart.tooltip_at(QPoint(200, 4 + 38 + 10)) == "Screening: 3\n60% of applied"
    )
    first_row = dialog.response_chart.tooltip_at(QPoint(100, 10))
    assert first_row.startswith("LinkedIn\n100% · 2 of 2 answered")
    weekly = dialog.weekly_chart
    weekly.repaint()
    texts = {
        weekly.tooltip_at(QPoint(x, weekly.height() // 2)) for x in range(0, weekly.width(), 10)
    }
    assert any(text.startswith("Week of ") for text in texts)
    assert "" in texts or len(texts) > 1
