"""Each answer to a suggestion is one step on the window's undo stack.

Snooze and Dismiss only record the trigger's state; Do it also does the thing (queues the
drafted email, or marks the learning goal done) and records "done". Undo puts the trigger's
state back and takes back what was done: the queued email is withdrawn unless it has already
left. A status change ("mark as ghosted") is the tracker's own command, pushed with this one
inside one macro by the controller, so it is undone with the same writer as everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from nextmove.domain.outbox_state import OutboxState
from nextmove.domain.suggestions import State
from nextmove.storage.outbox import OutboxRepository, OutgoingDraft
from nextmove.storage.suggestions import SuggestionStore


class AnswerSuggestion(QUndoCommand):
    def __init__(
        self,
        store: SuggestionStore,
        key: str,
        new: State,
        text: str,
        changed: Callable[[], None],
        *,
        email: tuple[OutboxRepository, OutgoingDraft] | None = None,
        goal: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._store = store
        self._key = key
        self._new = new
        self._old: State | None = store.get(key)
        self._changed = changed
        self._email = email
        self._goal = goal
        self.message_id = 0
        # What the last undo said about the email ("" when nothing to say).
        self.outcome = ""

    def redo(self) -> None:
        if self._email is not None:
            outbox, draft = self._email
            self.message_id = outbox.queue(
                draft, state=OutboxState.QUEUED if draft.to_address else OutboxState.DRAFT
            )
        if self._goal is not None:
            self._goal(True)
        self._store.put(self._key, self._new)
        self._changed()

    def undo(self) -> None:
        self.outcome = ""
        if self._email is not None and self.message_id:
            outbox, _draft = self._email
            withdrawal = outbox.withdraw([self.message_id])
            if withdrawal.already_left:
                self.outcome = QCoreApplication.translate(
                    "SuggestionCommands",
                    "The email had already been sent; it cannot be taken back.",
                )
            self.message_id = 0
        if self._goal is not None:
            self._goal(False)
        self._store.put(self._key, self._old)
        self._changed()
