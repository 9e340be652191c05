"""Undoable tracker edits: add, edit, delete and status change, each one QUndoCommand.

Each command writes through `ApplicationRepository` (one transaction per step) and then tells
its `Target` (the main window) what changed, so the table and the side panel follow. Undoing a
status change removes only the event that change appended, and redoing puts that same entry
back (same id, same row); the rest of the timeline is never rewritten. The status and last
activity are never set here: the storage settles them from the timeline after every step.
A command whose application vanished (deleted elsewhere) makes itself obsolete.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.ui.labels import tr_label

if TYPE_CHECKING:
    from nextmove.storage.applications import ApplicationRepository, DeletedApplication


class Target(Protocol):
    """What a command tells once the database has changed."""

    def application_saved(self, application_id: int, *, select: bool) -> None: ...

    def application_removed(self, application_id: int) -> None: ...

    def application_status_changed(self, application_id: int, status: Status) -> None: ...


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
        super().__init__(
            repository,
            target,
            QCoreApplication.translate("TrackerCommands", "Add {name}").format(name=describe(data)),
        )
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


class _StatusEntry:
    """The one status entry a command appended: made on the first redo, taken out by undo and
    put back, unchanged, by every later redo. When the first redo appended nothing (the status
    already was that), no later redo appends anything either: redo repeats what was done."""

    def __init__(self, repository: ApplicationRepository, application_id: int) -> None:
        self._repository = repository
        self._id = application_id
        self.event_id: int | None = None
        self._row: dict[str, Any] | None = None
        self._applied = False

    def apply(self, status: Status, on: date) -> None:
        if self._row is not None:
            self.event_id = self._repository.put_event(self._row)
            self._row = None
        elif not self._applied:
            self.event_id = self._repository.set_status(self._id, status, on)
        self._applied = True

    def revert(self) -> None:
        if self.event_id is not None:
            self._row = self._repository.take_event(self.event_id)
            self.event_id = None if self._row is not None else self.event_id


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
        super().__init__(
            repository,
            target,
            QCoreApplication.translate("TrackerCommands", "Edit {name}").format(name=describe(new)),
        )
        self._id = application_id
        self._old = old
        self._new = new
        self._today = today
        self._entry = _StatusEntry(repository, application_id)

    def redo(self) -> None:
        def step() -> None:
            self._repository.update_fields(self._id, self._new)
            if self._new.status != self._old.status:
                self._entry.apply(self._new.status, self._today)
            self._report()

        self._guard(self._id, step)

    def undo(self) -> None:
        def step() -> None:
            self._entry.revert()
            self._repository.update_fields(self._id, self._old)
            self._report()

        self._guard(self._id, step)

    def _report(self) -> None:
        self._target.application_saved(self._id, select=False)
        if self._new.status != self._old.status:
            self._target.application_status_changed(self._id, self._repository.get(self._id).status)


class DeleteApplication(_Command):
    def __init__(
        self, repository: ApplicationRepository, target: Target, application_id: int, name: str
    ) -> None:
        super().__init__(
            repository,
            target,
            QCoreApplication.translate("TrackerCommands", "Delete {name}").format(name=name),
        )
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
        text = QCoreApplication.translate("TrackerCommands", "Mark {name} as {status}").format(
            name=name, status=tr_label(new.label)
        )
        super().__init__(repository, target, text)
        self._id = application_id
        self._new = new
        self._today = today
        self._entry = _StatusEntry(repository, application_id)
        del old

    def redo(self) -> None:
        def step() -> None:
            self._entry.apply(self._new, self._today)
            self._report()

        self._guard(self._id, step)

    def undo(self) -> None:
        def step() -> None:
            self._entry.revert()
            self._report()

        self._guard(self._id, step)

    def _report(self) -> None:
        self._target.application_saved(self._id, select=False)
        self._target.application_status_changed(self._id, self._repository.get(self._id).status)


class _EntryStep(_Command):
    """Takes one timeline entry out and puts the very same one back (same id, same row)."""

    def __init__(
        self, repository: ApplicationRepository, target: Target, text: str, application_id: int
    ) -> None:
        super().__init__(repository, target, text)
        self._id = application_id
        self._row: dict[str, Any] | None = None
        self.event_id = 0

    def _take(self) -> None:
        def step() -> None:
            before = self._repository.get(self._id).status
            self._row = self._repository.take_event(self.event_id)
            _settled(self._repository, self._target, self._id, before)

        self._guard(self._id, step)

    def _put(self, first: Callable[[], int] | None = None) -> None:
        """Put the taken entry back; `first` adds it when there is none yet (a new entry)."""

        def step() -> None:
            if self._row is None and first is None:
                return
            before = self._repository.get(self._id).status
            if self._row is not None:
                self.event_id = self._repository.put_event(self._row)
            elif first is not None:
                self.event_id = first()
            _settled(self._repository, self._target, self._id, before)

        self._guard(self._id, step)


class AddTimelineEntry(_EntryStep):
    """A timeline entry added by hand (the side panel): undo removes exactly that entry, redo
    puts the same one back, and the status follows the timeline's rule both ways."""

    def __init__(
        self,
        repository: ApplicationRepository,
        target: Target,
        application_id: int,
        name: str,
        entry: tuple[EventKind, date, str, int | None],
        details: dict[str, Any] | None = None,
    ) -> None:
        kind = entry[0]
        text = QCoreApplication.translate("TrackerCommands", "Add “{what}” to {name}").format(
            what=tr_label(kind.label), name=name
        )
        super().__init__(repository, target, text, application_id)
        self._entry = entry
        # An interview's time, place and people (`storage.calendar.event_columns`).
        self._details = details

    def redo(self) -> None:
        kind, on, notes, round_number = self._entry

        def first() -> int:
            event_id = self._repository.add_event(self._id, kind, on, notes, round_number)
            if self._details:
                self._repository.change_event(event_id, self._details)
            return event_id

        self._put(first)

    def undo(self) -> None:
        self._take()


class RemoveTimelineEntry(_EntryStep):
    """A timeline entry deleted from the side panel: undo puts the very same entry back."""

    def __init__(
        self,
        repository: ApplicationRepository,
        target: Target,
        application_id: int,
        event_id: int,
        what: str,
    ) -> None:
        super().__init__(
            repository,
            target,
            QCoreApplication.translate("TrackerCommands", "Delete “{what}”").format(what=what),
            application_id,
        )
        self.event_id = event_id

    def redo(self) -> None:
        self._take()

    def undo(self) -> None:
        self._put()


class EditTimelineEntry(_Command):
    """A timeline entry changed (kind, date, round, notes, and an interview's time, place and
    people): undo gives its old values back."""

    def __init__(
        self,
        repository: ApplicationRepository,
        target: Target,
        application_id: int,
        event_id: int,
        entry: tuple[EventKind, date, str, int | None],
        details: dict[str, Any] | None = None,
    ) -> None:
        text = QCoreApplication.translate("TrackerCommands", "Edit “{what}”").format(
            what=tr_label(entry[0].label)
        )
        super().__init__(repository, target, text)
        self._id = application_id
        self.event_id = event_id
        kind, on, notes, round_number = entry
        self._new: dict[str, Any] = {
            "kind": kind.value,
            "occurred_on": on,
            "notes": notes,
            "round": round_number,
            **(details or {}),
        }
        self._old: dict[str, Any] | None = None

    def redo(self) -> None:
        def step() -> None:
            before = self._repository.get(self._id).status
            self._old = self._repository.change_event(self.event_id, self._new)
            if self._old is None:
                self.setObsolete(True)
            _settled(self._repository, self._target, self._id, before)

        self._guard(self._id, step)

    def undo(self) -> None:
        def step() -> None:
            if self._old is None:
                return
            before = self._repository.get(self._id).status
            self._repository.change_event(self.event_id, self._old)
            _settled(self._repository, self._target, self._id, before)

        self._guard(self._id, step)


def _settled(
    repository: ApplicationRepository, target: Target, application_id: int, before: Status
) -> None:
    after = repository.get(application_id).status
    target.application_saved(application_id, select=False)
    if after is not before:
        target.application_status_changed(application_id, after)
