"""Undo in the tracker window brings back everything a user did away with."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from nextmove.domain.status import EventKind, Status
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.wizard import LearningGoal, Reflection, StageRating
from nextmove.ui.main_window import MainWindow
from tests.gui.tracker_helpers import TODAY, app, cell, repository, row_of, seed


def _reflection_with_links(window: MainWindow, ident: int) -> None:
    assert window.context is not None
    with window.context.database.sessions.begin() as session:
        reflection = Reflection(application_id=ident, state="completed", reason="Went internal")
        session.add(reflection)
        session.flush()
        session.add_all(
            [
                StageRating(reflection_id=reflection.id, stage="Interview", score=2),
                LearningGoal(reflection_id=reflection.id, skill="Negotiation"),
                OutboxMessage(
                    application_id=ident,
                    purpose="thank_you",
                    to_address="dana@example.com",
                    subject="Thank you",
                    body="Thanks",
                    state="sent",
                ),
            ]
        )


def _what_hangs_off(window: MainWindow, ident: int) -> tuple[object, ...]:
    assert window.context is not None
    with window.context.database.sessions() as session:
        reflection = session.scalar(select(Reflection).where(Reflection.application_id == ident))
        if reflection is None:
            return (None,)
        return (
            reflection.reason,
            session.scalars(
                select(StageRating.score).where(StageRating.reflection_id == reflection.id)
            ).all(),
            session.scalars(
                select(LearningGoal.skill).where(LearningGoal.reflection_id == reflection.id)
            ).all(),
            session.scalars(
                select(OutboxMessage.subject).where(OutboxMessage.application_id == ident)
            ).all(),
        )


def test_undoing_a_delete_brings_back_the_reflection_goals_and_emails(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ids = seed(window, app("Acme"), app("Globex", status=Status.REJECTED))
    _reflection_with_links(window, ids[1])
    kept = _what_hangs_off(window, ids[1])
    assert kept == ("Went internal", [2], ["Negotiation"], ["Thank you"])
    window.select_application(ids[1])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.row_of(ids[1]) is None
    assert _what_hangs_off(window, ids[1]) == (None,)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell(window, row_of(window, ids[1]), "status") == "Rejected"
    assert _what_hangs_off(window, ids[1]) == kept


def test_a_timeline_entry_added_through_the_window_is_one_undo_step(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ids = seed(window, app("Acme", applied_on=date(2026, 11, 2)))
    statuses: list[tuple[int, str]] = []
    window.applicationStatusChanged.connect(lambda i, s: statuses.append((i, s)))
    event_id = window.add_timeline_entry(ids[0], EventKind.INTERVIEW, TODAY, "Panel", 1)
    assert event_id > 0
    assert cell(window, row_of(window, ids[0]), "status") == "Interviewing"
    assert statuses == [(ids[0], "interviewing")]
    assert window.action("action_undo").text() == "&Undo Add “Interview” to Acme – Analyst"
    window.table.setFocus()  # the tracker's Ctrl+Z answers where the tracker has the focus
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell(window, row_of(window, ids[0]), "status") == "Applied"
    assert [e.kind for e in repository(window).events(ids[0])] == [EventKind.APPLIED]
    assert statuses[-1] == (ids[0], "applied")
    window.undo_stack.redo()
    assert [e.notes for e in repository(window).events(ids[0])] == ["", "Panel"]
    assert cell(window, row_of(window, ids[0]), "status") == "Interviewing"
