"""Undo steps for what the Inbox panel changes: a finding's state or application, and the
feedback a reply filled into a reflection. Timeline entries go through the main window's own
undoable command, inside the same macro."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from nextmove.storage.inbox import InboxRepository
from nextmove.storage.reflections import FeedbackSnapshot, ReflectionService

Changed = Callable[[], None]


class SetFindingState(QUndoCommand):
    def __init__(
        self, inbox: InboxRepository, finding_id: int, state: str, changed: Changed, text: str
    ) -> None:
        super().__init__(text)
        self._inbox = inbox
        self._id = finding_id
        self._state = state
        self._before = ""
        self._changed = changed

    def redo(self) -> None:
        self._before = self._inbox.set_state(self._id, self._state)
        self._changed()

    def undo(self) -> None:
        self._inbox.set_state(self._id, self._before)
        self._changed()


class SetFindingApplication(QUndoCommand):
    def __init__(
        self, inbox: InboxRepository, finding_id: int, application_id: int, changed: Changed
    ) -> None:
        super().__init__(
            QCoreApplication.translate("inbox", "Match the email to another application")
        )
        self._inbox = inbox
        self._id = finding_id
        self._application = application_id
        self._before: int | None = None
        self._changed = changed

    def redo(self) -> None:
        self._before = self._inbox.set_application(self._id, self._application)
        self._changed()

    def undo(self) -> None:
        self._inbox.set_application(self._id, self._before)
        self._changed()


class RecordFeedback(QUndoCommand):
    """A reply to a feedback request fills the reflection's "feedback received"."""

    def __init__(
        self,
        reflections: ReflectionService,
        snapshot: FeedbackSnapshot,
        text: str,
        received_on: object,
    ) -> None:
        super().__init__(QCoreApplication.translate("inbox", "Record the feedback that arrived"))
        self._reflections = reflections
        self._snapshot = snapshot
        self._text = text
        self._on = received_on

    def redo(self) -> None:
        from datetime import date

        assert isinstance(self._on, date)
        self._reflections.record_feedback(self._snapshot.reflection_id, self._text, self._on)

    def undo(self) -> None:
        self._reflections.restore_feedback(self._snapshot)
