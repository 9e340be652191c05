"""Undoable tracker edits: add, edit, delete and status change, each one QUndoCommand.

Each command writes through `ApplicationRepository` (one transaction per step) and then tells
its `Target` (the main window) what changed, so the table and the side panel follow. Undoing a
status change removes only the event that change appended; the rest of the timeline is never
rewritten. A command whose application vanished (deleted elsewhere) makes itself obsolete.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status

if TYPE_CHECKING:
    from nextmove.storage.applications import ApplicationRepository, DeletedApplication


class Target(Protocol):
    """What a command tells once the database has changed."""

    def application_saved(self, application_id: int, *, select: bool) -> None: ...

    def application_removed(self, application_id: int) -> None: ...

    def application_status_changed(self, application_id: int, status: Status) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrackerCommands", text)


def describe(data: ApplicationData) -> str:
    """How the undo menu and the status bar name an application: "Acme – Data Analyst"."""
    return f"{data.company} – {data.role}" if data.role else data.company


class _Command(QUndoCommand):
    def __init__(self, repository: ApplicationRepository, target: Target, text: str) -> None:
        super().__init__(text)
        self._repository = repository
        self._target = target

    def _guard(self, application_id: int, step: Callable[[], None]) -> None:
        from nextmove.storage.applications import ApplicationNotFoundError

        try:
            step()
        except ApplicationNotFoundError:
            self.setObsolete(True)
            self._target.application_removed(application_id)


class AddApplication(_Command):
    def __init__(
        self, repository: ApplicationRepository, target: Target, data: ApplicationData, today: date
    ) -> None:
        super().__init__(repository, target, _tr("Add {name}").format(name=describe(data)))
        self._data = data
        self._today = today
        self._snapshot: DeletedApplication | None = None
        self.application_id = 0

    def redo(self) -> None:
        if self._snapshot is None:
            self.application_id = self._repository.add(self._data, self._today)
        else:
            self.application_id = self._repository.restore(self._snapshot)
        self._target.application_saved(self.application_id, select=True)

    def undo(self) -> None:
        def step() -> None:
            self._snapshot = self._repository.delete(self.application_id)
            self._target.application_removed(self.application_id)

        self._guard(self.application_id, step)


class EditApplication(_Command):
    """Save edited fields; a new status is appended to the timeline as its own event."""

    def __init__(
        self,
        repository: ApplicationRepository,
        target: Target,
        application_id: int,
        old: ApplicationData,
        new: ApplicationData,
        today: date,
    ) -> None:
        super().__init__(repository, target, _tr("Edit {name}").format(name=describe(new)))
        self._id = application_id
        self._old = old
        self._new = new
        self._today = today
        self._event_id: int | None = None

    def redo(self) -> None:
        def step() -> None:
            fields = dataclasses.replace(self._new, status=self._old.status)
            self._repository.update(self._id, fields, self._today)
            self._event_id = None
            if self._new.status != self._old.status:
                self._event_id = self._repository.set_status(
                    self._id, self._new.status, self._today
                )
            self._target.application_saved(self._id, select=False)
            if self._new.status != self._old.status:
                self._target.application_status_changed(self._id, self._new.status)

        self._guard(self._id, step)

    def undo(self) -> None:
        def step() -> None:
            if self._new.status != self._old.status:
                self._repository.undo_status(self._id, self._old.status, self._event_id)
            self._repository.update(self._id, self._old, self._today)
            self._target.application_saved(self._id, select=False)
            if self._new.status != self._old.status:
                self._target.application_status_changed(self._id, self._old.status)

        self._guard(self._id, step)


class DeleteApplication(_Command):
    def __init__(
        self, repository: ApplicationRepository, target: Target, application_id: int, name: str
    ) -> None:
        super().__init__(repository, target, _tr("Delete {name}").format(name=name))
        self._id = application_id
        self._snapshot: DeletedApplication | None = None

    def redo(self) -> None:
        def step() -> None:
            self._snapshot = self._repository.delete(self._id)
            self._target.application_removed(self._id)

        self._guard(self._id, step)

    def undo(self) -> None:
        if self._snapshot is not None:
            # The id stays the same unless another process took it meanwhile.
            self._id = self._repository.restore(self._snapshot)
            self._target.application_saved(self._id, select=True)


class ChangeStatus(_Command):
    """A status change from the table: appends one event, and undo removes just that one."""

    def __init__(
        self,
        repository: ApplicationRepository,
        target: Target,
        application_id: int,
        name: str,
        old: Status,
        new: Status,
        today: date,
    ) -> None:
        text = _tr("Mark {name} as {status}").format(name=name, status=_tr(new.label))
        super().__init__(repository, target, text)
        self._id = application_id
        self._old = old
        self._new = new
        self._today = today
        self._event_id: int | None = None

    def redo(self) -> None:
        def step() -> None:
            self._event_id = self._repository.set_status(self._id, self._new, self._today)
            self._target.application_saved(self._id, select=False)
            self._target.application_status_changed(self._id, self._new)

        self._guard(self._id, step)

    def undo(self) -> None:
        def step() -> None:
            self._repository.undo_status(self._id, self._old, self._event_id)
            self._target.application_saved(self._id, select=False)
            self._target.application_status_changed(self._id, self._old)

        self._guard(self._id, step)


class AddTimelineEntry(_Command):
    """A timeline entry added by hand (the side panel): undo removes exactly that entry, and
    the status follows the timeline's rule both ways."""

    def __init__(
        self,
        repository: ApplicationRepository,
        target: Target,
        application_id: int,
        name: str,
        entry: tuple[EventKind, date, str, int | None],
    ) -> None:
        kind = entry[0]
        text = _tr("Add “{what}” to {name}").format(what=_tr(kind.label), name=name)
        super().__init__(repository, target, text)
        self._id = application_id
        self._entry = entry
        self.event_id = 0

    def redo(self) -> None:
        def step() -> None:
            before = self._repository.get(self._id).status
            kind, on, notes, round_number = self._entry
            self.event_id = self._repository.add_event(self._id, kind, on, notes, round_number)
            self._settled(before)

        self._guard(self._id, step)

    def undo(self) -> None:
        def step() -> None:
            before = self._repository.get(self._id).status
            self._repository.remove_event(self.event_id)
            self._settled(before)

        self._guard(self._id, step)

    def _settled(self, before: Status) -> None:
        after = self._repository.get(self._id).status
        self._target.application_saved(self._id, select=False)
        if after is not before:
            self._target.application_status_changed(self._id, after)
