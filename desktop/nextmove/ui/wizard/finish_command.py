"""The wizard's Finish as one step on the window's undo stack.

Undo takes back the "rejected" entry Finish put on the timeline (the status then follows the
rest of the timeline) and withdraws the emails Finish queued that have not left; redo puts the
very same entry back (same id, same fields) and queues those emails again. An email already
sent (or being sent) is never taken back, and the status bar says so. The reflection itself,
with its answers, goals and ratings, is the person's own thinking and stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from nextmove.storage.applications import ApplicationNotFoundError, ApplicationRepository
from nextmove.storage.outbox import OutboxRepository, OutgoingDraft
from nextmove.storage.reflections import FinishResult


class FinishCommand(QObject):
    """The counted messages (lupdate reads Qt's %n plural forms only from tr() calls)."""

    def text(self, kind: str, count: int) -> str:
        if kind == "back":
            return self.tr("%n emails from the wizard are back in the outbox.", None, count)
        if kind == "out":
            return self.tr("%n emails from the wizard were taken out of the outbox.", None, count)
        if kind == "left":
            return self.tr("%n had already been sent and cannot be taken back.", None, count)
        return self.tr(
            "The wizard's %n emails had already been sent and cannot be taken back.", None, count
        )


def _counted(kind: str, count: int) -> str:
    return FinishCommand().text(kind, count)


class FinishReflection(QUndoCommand):
    """Pushed after Finish has run: the first redo only records that it happened."""

    def __init__(
        self,
        applications: ApplicationRepository,
        outbox: OutboxRepository,
        result: FinishResult,
        name: str,
        changed: Callable[[int, str], None],
    ) -> None:
        if result.rejected_event_id is not None:
            text = QCoreApplication.translate(
                "FinishCommand", "Mark {name} as rejected (rejection wizard)"
            ).format(name=name)
        else:
            text = QCoreApplication.translate(
                "FinishCommand", "Queue the rejection wizard's emails for {name}"
            ).format(name=name)
        super().__init__(text)
        self._applications = applications
        self._outbox = outbox
        self._application_id = result.application_id
        self._event_id = result.rejected_event_id
        # The entry as undo took it out, so redo puts back the very same row (same id).
        self._row: dict[str, Any] | None = None
        self._message_ids = result.message_ids
        self._withdrawn: tuple[OutgoingDraft, ...] = ()
        self._changed = changed
        self._done = True  # Finish already ran
        # What the last undo or redo did to the outbox, for the status bar ("" for nothing).
        self.outcome = ""

    def redo(self) -> None:
        if self._done:
            return
        self._done = True
        if self._row is not None:
            try:
                self._event_id = self._applications.put_event(self._row)
            except ApplicationNotFoundError:
                self.setObsolete(True)
            self._row = None
        self._message_ids = self._outbox.queue_again(self._withdrawn)
        count = len(self._withdrawn)
        self._withdrawn = ()
        self.outcome = _counted("back", count) if count else ""
        self._changed(self._application_id, self.outcome)

    def undo(self) -> None:
        self._done = False
        if self._event_id is not None:
            self._row = self._applications.take_event(self._event_id)
            self._event_id = None
        withdrawal = self._outbox.withdraw(self._message_ids)
        self._withdrawn = withdrawal.drafts
        self._message_ids = ()
        parts = []
        if withdrawal.drafts:
            parts.append(_counted("out", len(withdrawal.drafts)))
        if withdrawal.already_left:
            parts.append(
                _counted("left", withdrawal.already_left)
                if withdrawal.drafts
                else _counted("all_left", withdrawal.already_left)
            )
        self.outcome = " ".join(parts)
        self._changed(self._application_id, self.outcome)
