"""Screenshots of the Insights window in a real X window, on a realistic data folder.

    xvfb-run -a -s "-screen 0 1366x768x24" python -m tests.e2e.insights_screens OUT_DIR

Seeds 45 applications over the last twelve weeks (five sources, timelines with screening calls,
interviews, offers, rejections and silence) and three finished reflections, opens the window
through its menu, and saves the whole screen at the top and scrolled to the bottom.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.database import Database, DataPaths, open_database
from nextmove.storage.reflections import ReflectionService
from nextmove.ui.insights.chart import Chart
from tests.storage.test_reflections import complete_answers

SOURCES = ["LinkedIn", "LinkedIn", "Referral", "Company site", "Indeed", "Recruiter"]


def seed(database: Database, today: date) -> None:
    rng = random.Random(8)
    repo = ApplicationRepository(database)
    rejected: list[int] = []
    for n in range(45):
        applied = today - timedelta(days=rng.randint(0, 82))
        app_id = repo.add(
            ApplicationData(
                f"Company {n}", "Data Analyst", Status.APPLIED, source=rng.choice(SOURCES),
                applied_on=applied,
            ),
            today=applied,
        )  # fmt: skip
        day = applied
        path = rng.random()
        steps: list[EventKind] = []
        if path < 0.25:
            steps = [EventKind.GHOSTED]
        elif path < 0.5:
            steps = [EventKind.REJECTED]
        elif path < 0.7:
            steps = [EventKind.SCREEN, EventKind.REJECTED]
        elif path < 0.85:
            steps = [EventKind.SCREEN, EventKind.INTERVIEW, EventKind.REJECTED]
        elif path < 0.93:
            steps = [EventKind.SCREEN, EventKind.INTERVIEW]
        else:
            steps = [EventKind.SCREEN, EventKind.INTERVIEW, EventKind.OFFER]
        for kind in steps:
            day = min(today, day + timedelta(days=rng.randint(2, 9)))
            repo.add_event(app_id, kind, day)
        if steps and steps[-1] is EventKind.REJECTED and EventKind.INTERVIEW in steps:
            rejected.append(app_id)
    service = ReflectionService(database)
    for index, app_id in enumerate(rejected[:3]):
        draft = service.start(app_id, today)
        answers = complete_answers(draft.answers)
        answers.factors = ["Timing"] if index == 0 else []
        for position, stage in enumerate(answers.stages):
            stage.score = 1 + (position + index * 2) % 5
        answers.weekly_goal = 5
        service.finish(draft.reflection_id, answers, today)


def main(out: Path) -> None:
    folder = Path(tempfile.mkdtemp())
    database = open_database(DataPaths(folder))
    seed(database, date.today())
    database.close()

    from nextmove.app import build

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build(folder)
    window.showMaximized()
    QTest.qWait(500)
    action = window.findChild(QAction, "action_insights")
    assert action is not None
    action.trigger()
    from nextmove.ui.wizard.insights_dialog import InsightsDialog

    dialog = window.findChild(InsightsDialog, "insights_dialog")
    assert dialog is not None
    started = time.monotonic()
    while not dialog.funnel_chart.has_data() and time.monotonic() - started < 30:
        QTest.qWait(50)
    print(f"charts filled after {time.monotonic() - started:.2f} s", file=sys.stderr)
    QTest.qWait(500)
    frame = dialog.frameGeometry()
    screen = app.primaryScreen()  # type: ignore[attr-defined]
    room = screen.availableGeometry()
    print(
        json.dumps(
            {
                "screen": [room.width(), room.height()],
                "dialog": [frame.x(), frame.y(), frame.width(), frame.height()],
                "columns": dialog.columns(),
                "charts_with_data": sorted(
                    c.objectName() for c in dialog.findChildren(Chart) if c.has_data()
                ),
            }
        ),
        flush=True,
    )
    size = screen.size()
    name = f"insights-{size.width()}x{size.height()}"
    screen.grabWindow(0).save(str(out / f"{name}.png"))
    scroll = window.findChild(QScrollArea, "insights_scroll")
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    for part, value in (("middle", bar.maximum() // 2), ("bottom", bar.maximum())):
        bar.setValue(value)
        QTest.qWait(500)
        screen.grabWindow(0).save(str(out / f"{name}-{part}.png"))
    for chart in window.findChildren(Chart):
        chart.to_image().save(str(out / f"{name}-{chart.objectName()}.png"))


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    main(target)
    os._exit(0)
