"""The Goals panel is read on the worker pool while the app starts: it fills in once the read
is back, and a read that comes back late never replaces a newer one."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDockWidget, QListWidget
from pytestqt.qtbot import QtBot

from nextmove.app import build, shutdown
from nextmove.storage.models.wizard import LearningGoal
from nextmove.ui.main_window import MainWindow
from tests.gui.conftest import FinishedAwayPool
from tests.gui.tracker_helpers import TODAY


def _goals(window: MainWindow) -> list[str]:
    listing = window.findChild(QListWidget, "goal_checklist")
    assert listing is not None
    return [listing.item(i).text() for i in range(listing.count())]


def _add_goal(window: MainWindow, skill: str) -> None:
    assert window.context is not None
    with window.context.database.sessions.begin() as session:
        session.add(LearningGoal(skill=skill, due_on=TODAY + timedelta(days=3)))


def test_the_goals_panel_fills_in_when_its_read_comes_back(qtbot: QtBot, data_dir: Path) -> None:
    first = build(data_dir)
    _add_goal(first, "System design")
    shutdown(first)

    window = build(data_dir, pool=FinishedAwayPool())
    try:
        # Read on the pool; the answer waits in the event queue.
        assert _goals(window) == []
        qtbot.waitUntil(lambda: _goals(window) != [])
        assert _goals(window)[0].startswith("System design (by ")
    finally:
        shutdown(window)


def test_a_late_read_never_replaces_a_newer_one(qtbot: QtBot, data_dir: Path) -> None:
    window = build(data_dir, pool=FinishedAwayPool())
    try:
        # The start's read (no goals yet) is still on its way when a goal is added and the
        # panel reads again at once.
        _add_goal(window, "SQL")
        dock = window.findChild(QDockWidget, "goals_dock")
        assert dock is not None
        dock.refresh()  # type: ignore[attr-defined]
        assert _goals(window)[0].startswith("SQL (by ")
        QApplication.processEvents()  # the start's read arrives now
        assert _goals(window)[0].startswith("SQL (by ")
    finally:
        shutdown(window)
