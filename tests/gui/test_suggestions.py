"""Suggested next steps in the Goals panel: Do it, Snooze and Dismiss, each one undo step,
and a trigger that was done or dismissed stays away, even after the app is opened again."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QListWidget
from sqlalchemy import select

from nextmove.app import build, shutdown
from nextmove.domain.contact import ContactData
from nextmove.domain.status import EventKind, Status
from nextmove.storage.contacts import ContactRepository
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.wizard import LearningGoal
from nextmove.ui.main_window import MainWindow
from nextmove.ui.suggestions.controller import SuggestionsController
from tests.gui.conftest import FinishedAwayPool
from tests.gui.tracker_helpers import TODAY, app, repository, seed


def _controller(window: MainWindow) -> SuggestionsController:
    found = window.findChild(QObject, "suggestions_controller")
    assert isinstance(found, SuggestionsController)
    return found


def _shown(window: MainWindow) -> list[str]:
    listing = window.findChild(QListWidget, "suggestions_list")
    assert listing is not None
    return [listing.item(i).text() for i in range(listing.count())]


def _outbox(window: MainWindow) -> list[tuple[str, str, str, str]]:
    assert window.context is not None
    with window.context.database.sessions() as session:
        return [
            (m.purpose, m.to_address, m.subject, m.state)
            for m in session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        ]


def _contact(
    window: MainWindow, application_id: int, name: str, email: str, **extra: object
) -> int:
    assert window.context is not None
    data = ContactData(name=name, email=email, **extra)  # type: ignore[arg-type]
    return ContactRepository(window.context.database).add(data, link_to=application_id)


def _refresh(window: MainWindow) -> SuggestionsController:
    controller = _controller(window)
    controller.refresh()
    return controller


def test_do_it_queues_the_drafted_follow_up_and_undo_takes_it_back(window: MainWindow) -> None:
    ids = seed(window, app("Northwind", "Data Analyst", applied_on=TODAY - timedelta(days=8)))
    _contact(window, ids[0], "Dana Scully", "dana@northwind.example")
    controller = _refresh(window)
    assert _shown(window) == ["Follow up on Northwind – Data Analyst: no answer for 8 days"]
    assert controller.panel.list.objectName() == "suggestions_list"
    controller.panel.do_button.click()
    assert _outbox(window) == [
        (
            "follow_up",
            "dana@northwind.example",
            "Following up on my application for Data Analyst",
            "queued",
        )
    ]
    assert _shown(window) == ["Nothing to suggest right now."]
    window.undo_stack.undo()
    assert _outbox(window) == []
    assert _shown(window) == ["Follow up on Northwind – Data Analyst: no answer for 8 days"]
    window.undo_stack.redo()
    assert [m[0] for m in _outbox(window)] == ["follow_up"]
    assert _shown(window) == ["Nothing to suggest right now."]


def test_marking_ghosted_is_the_trackers_status_change_in_one_undo_step(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ids = seed(window, app("Globex", "Engineer", applied_on=TODAY - timedelta(days=40)))
    controller = _refresh(window)
    assert _shown(window) == ["No news from Globex – Engineer for 40 days: mark as ghosted?"]
    before = window.undo_stack.count()
    controller.panel.do_button.click()
    assert repository(window).get(ids[0]).status is Status.GHOSTED
    assert [e.kind for e in repository(window).events(ids[0])][-1] is EventKind.GHOSTED
    assert window.undo_stack.count() == before + 1
    qtbot.waitUntil(lambda: _shown(window) == ["Nothing to suggest right now."])
    window.undo_stack.undo()
    assert repository(window).get(ids[0]).status is Status.APPLIED
    assert EventKind.GHOSTED not in [e.kind for e in repository(window).events(ids[0])]
    qtbot.waitUntil(lambda: "ghosted" in _shown(window)[0])


def test_dismissed_stays_dismissed_after_reopening(
    qtbot, window: MainWindow, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    seed(window, app("Initech", applied_on=TODAY - timedelta(days=9)))
    controller = _refresh(window)
    controller.panel.dismiss_button.click()
    assert _shown(window) == ["Nothing to suggest right now."]
    window.close()
    assert window.context is not None
    window.context.database.close()
    again = build(data_dir)
    qtbot.addWidget(again)
    try:
        assert again.context is not None
        again.context.today = lambda: TODAY + timedelta(days=3)
        _refresh(again)
        assert _shown(again) == ["Nothing to suggest right now."]
    finally:
        again.close()
        again.context.database.close()


def test_dismiss_and_snooze_are_undoable_and_a_snooze_ends(window: MainWindow) -> None:
    seed(window, app("Hooli", applied_on=TODAY - timedelta(days=9)))
    controller = _refresh(window)
    controller.panel.dismiss_button.click()
    window.undo_stack.undo()
    assert _shown(window) == ["Follow up on Hooli – Analyst: no answer for 9 days"]
    controller.panel.snooze_week.trigger()
    assert _shown(window) == ["Nothing to suggest right now."]
    assert window.context is not None
    window.context.today = lambda: TODAY + timedelta(days=6)
    controller.refresh()
    assert _shown(window) == ["Nothing to suggest right now."]
    window.context.today = lambda: TODAY + timedelta(days=7)
    controller.refresh()
    assert _shown(window) == ["Follow up on Hooli – Analyst: no answer for 16 days"]
    window.context.today = lambda: TODAY
    window.undo_stack.undo()  # the snooze
    controller.refresh()
    assert _shown(window) == ["Follow up on Hooli – Analyst: no answer for 9 days"]
    controller.panel.snooze_day.trigger()
    window.context.today = lambda: TODAY + timedelta(days=1)
    controller.refresh()
    assert _shown(window) == ["Follow up on Hooli – Analyst: no answer for 10 days"]


def test_thank_you_after_an_interview_goes_to_the_interviewers(window: MainWindow) -> None:
    ids = seed(window, app("Umbrella", "Scientist", applied_on=TODAY - timedelta(days=3)))
    _contact(window, ids[0], "Alex Krycek", "alex@umbrella.example")
    _contact(window, ids[0], "Jo Reyes", "jo@umbrella.example")
    window.add_timeline_entry(ids[0], EventKind.INTERVIEW, TODAY - timedelta(days=1))
    controller = _refresh(window)
    assert _shown(window) == ["Thank Umbrella for the interview"]
    controller.panel.do_button.click()
    (message,) = _outbox(window)
    assert message[:2] == ("interview_thanks", "alex@umbrella.example, jo@umbrella.example")
    assert "Scientist" in message[2]


def test_keep_in_touch_hello_and_a_due_learning_goal(window: MainWindow) -> None:
    ids = seed(window, app("Pied Piper", "Engineer", status=Status.REJECTED))
    _contact(window, ids[0], "Monica Hall", "monica@piedpiper.example", keep_in_touch_on=TODAY)
    assert window.context is not None
    with window.context.database.sessions.begin() as session:
        session.add(LearningGoal(skill="System design", due_on=TODAY - timedelta(days=2)))
    controller = _refresh(window)
    assert _shown(window) == [
        "Learning goal due: System design (2 days late)",
        "Say hello to Monica Hall (Pied Piper)",
    ]
    controller.panel.do_button.click()  # the goal, first in the list
    with window.context.database.sessions() as session:
        assert session.scalars(select(LearningGoal.status)).all() == ["done"]
    window.undo_stack.undo()
    with window.context.database.sessions() as session:
        assert session.scalars(select(LearningGoal.status)).all() == ["planned"]
    controller.panel.select(controller.panel.keys()[1])
    controller.panel.do_button.click()
    (message,) = _outbox(window)
    assert message[:3] == ("keep_in_touch", "monica@piedpiper.example", "Keeping in touch")


def test_rules_come_from_the_settings_file(window: MainWindow) -> None:
    seed(window, app("Oscorp", applied_on=TODAY - timedelta(days=9)))
    assert window.context is not None
    window.context.settings.setValue("suggestions/follow_up_days", 14)
    _refresh(window)
    assert _shown(window) == ["Nothing to suggest right now."]
    window.context.settings.setValue("suggestions/follow_up_days", 5)
    _refresh(window)
    assert len(_shown(window)) == 1


def test_the_checks_in_the_background_follow_and_never_bring_back_an_answered_one(
    qtbot, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = build(data_dir, pool=FinishedAwayPool())
    try:
        controller = _controller(window)
        with qtbot.waitSignal(controller.refreshed, timeout=10_000):
            pass  # the check at start
        seed(window, app("Initech", applied_on=TODAY - timedelta(days=9)))
        with qtbot.waitSignal(controller.refreshed, timeout=10_000):
            controller.refresh_in_background()
        assert _shown(window) == ["Follow up on Initech – Analyst: no answer for 9 days"]
        # A check worked out before the person dismissed the suggestion arrives after it.
        controller.refresh_in_background()
        controller.panel.dismiss_button.click()
        assert _shown(window) == ["Nothing to suggest right now."]
        QApplication.processEvents()  # the older answer is delivered now
        assert _shown(window) == ["Nothing to suggest right now."]
        window.undo_stack.undo()
        assert _shown(window) == ["Follow up on Initech – Analyst: no answer for 9 days"]
    finally:
        shutdown(window)
