"""The Goals and Reminders panel reads dates as the tracker table does and says "overdue"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nextmove.domain.application import ApplicationData
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.database import Database, DataPaths, open_database
from nextmove.storage.learning_goals import LearningGoalRepository
from nextmove.storage.models.wizard import LearningGoal
from nextmove.ui.wizard.goals_dock import GoalsDock

TODAY = date(2026, 11, 26)


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    database = open_database(DataPaths(data_dir))
    yield database
    database.close()


def _add_follow_up(database: Database, company: str, due_on: date) -> None:
    ApplicationRepository(database).add(
        ApplicationData(
            company,
            "Data Analyst",
            applied_on=date(2026, 10, 1),
            next_action="Send a follow-up",
            next_action_on=due_on,
        ),
        today=date(2026, 10, 1),
    )


def test_reminders_and_goals_show_human_dates_and_overdue_in_words(
    qtbot: QtBot, database: Database
) -> None:
    _add_follow_up(database, "Acme", date(2026, 11, 16))  # ten days late
    _add_follow_up(database, "Globex", date(2026, 11, 25))  # one day late
    _add_follow_up(database, "Initech", date(2026, 11, 28))  # still ahead
    with database.sessions.begin() as session:
        session.add(LearningGoal(skill="SQL", course="Window functions", due_on=date(2026, 12, 3)))

    dock = GoalsDock(LearningGoalRepository(database), lambda: TODAY)
    qtbot.addWidget(dock)

    texts = [dock.reminders.item(i).text() for i in range(dock.reminders.count())]
    assert texts == [
        "16 Nov 2026  Send a follow-up: Data Analyst at Acme",
        "25 Nov 2026  Send a follow-up: Data Analyst at Globex",
        "28 Nov 2026  Send a follow-up: Data Analyst at Initech",
    ]
    tips = [dock.reminders.item(i).toolTip() for i in range(dock.reminders.count())]
    assert tips == ["Overdue by 10 days", "Overdue by 1 day", ""]
    spoken = dock.reminders.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Overdue by 10 days: 16 Nov 2026")
    assert dock.goal_list.item(0).text() == "SQL — Window functions (by 3 Dec 2026)"
