"""Turns the window's actions and inline edits into undoable commands.

New, Edit, Delete and every inline cell edit end up here; each becomes one command on the
window's undo stack, so Ctrl+Z takes back exactly what the person did. Bad input (an empty
company typed into a cell, a date in the future) is refused with a message in the status bar
and changes nothing.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from nextmove.domain.application import ApplicationData, validate_application
from nextmove.domain.status import EventKind, Status
from nextmove.storage import tracker_rows
from nextmove.ui.tracker.application_dialog import ApplicationDialog
from nextmove.ui.tracker.columns import status_label
from nextmove.ui.tracker.commands import (
    AddApplication,
    AddTimelineEntry,
    ChangeStatus,
    DeleteApplication,
    EditApplication,
    EditTimelineEntry,
    RemoveTimelineEntry,
    describe,
)
from nextmove.ui.tracker.table_model import TrackerModel

if TYPE_CHECKING:
    from nextmove.storage.applications import ApplicationRepository
    from nextmove.ui.host import Host

MESSAGE_MS = 6000


class TrackerEditing(QObject):
    def __init__(
        self,
        window: Host,
        repository: ApplicationRepository,
        model: TrackerModel,
        undo_stack: QUndoStack,
    ) -> None:
        super().__init__(window.widget())
        self._window = window
        self._repository = repository
        self._model = model
        self._undo = undo_stack
        self.dialog: ApplicationDialog | None = None
        window.action("action_new_application").triggered.connect(self._on_new_triggered)
        window.action("action_edit_application").triggered.connect(self._on_edit_triggered)
        window.action("action_delete_application").triggered.connect(self._on_delete_triggered)
        window.table.openRequested.connect(self.edit)
        model.editRequested.connect(self._on_model_edit_requested)

    def _today(self) -> date:
        assert self._window.context is not None
        return self._window.context.today()

    def _say(self, text: str) -> None:
        self._window.show_message(text, MESSAGE_MS)

    # -- Target: what commands report back ------------------------------------------------------

    def application_saved(self, application_id: int, *, select: bool) -> None:
        assert self._window.context is not None
        self._window.note_changed(application_id)
        found = tracker_rows.read_one(self._window.context.database.path, application_id)
        if found is None:
            self._model.remove(application_id)
            return
        self._model.upsert(*found)
        if select:
            self._window.select_application(application_id)

    def application_removed(self, application_id: int) -> None:
        self._window.note_changed(application_id)
        row = self._model.row_of(application_id)
        self._model.remove(application_id)
        if row is not None and self._model.shown_count():
            # Keep the keyboard flow going: the next row takes the deleted one's place.
            self._window.select_application(
                self._model.id_at(min(row, self._model.shown_count() - 1))
            )

    def application_status_changed(self, application_id: int, status: Status) -> None:
        self._window.applicationStatusChanged.emit(application_id, status.value)

    # -- actions -------------------------------------------------------------------------------

    def _on_new_triggered(self) -> None:
        self._open_dialog(None, None)

    def _on_edit_triggered(self) -> None:
        application_id = self._window.selected_application_id()
        if application_id is not None:
            self.edit(application_id)

    def edit(self, application_id: int) -> None:
        from nextmove.storage.applications import ApplicationNotFoundError

        try:
            data = self._repository.get(application_id)
        except ApplicationNotFoundError:
            self._model.remove(application_id)
            return
        self._open_dialog(application_id, data)

    def _open_dialog(self, application_id: int | None, data: ApplicationData | None) -> None:
        dialog = ApplicationDialog(self._today(), data, self._window.widget())
        self.dialog = dialog

        def submitted(new: object) -> None:
            assert isinstance(new, ApplicationData)
            if application_id is None:
                self._add(new)
            elif data is not None and new != data:
                self._push(
                    EditApplication(
                        self._repository, self, application_id, data, new, self._today()
                    )
                )
                self._say(self.tr("Saved {name}").format(name=describe(new)))

        def finished() -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.submitted.connect(submitted)
        dialog.finished.connect(finished)
        dialog.open()

    def _add(self, data: ApplicationData) -> None:
        self._push(AddApplication(self._repository, self, data, self._today()))
        self._say(self.tr("Added {name}").format(name=describe(data)))

    def _on_delete_triggered(self) -> None:
        selected = self._window.table.selected_ids()
        context = self._window.context
        bulk = context.features.bulk if context is not None else None
        if len(selected) > 1 and bulk is not None:
            bulk.delete(selected)  # one undo step for them all
            return
        application_id = self._window.selected_application_id()
        row = None if application_id is None else self._model.row_data(application_id)
        if application_id is None or row is None:
            return
        name = describe(ApplicationData(row.company, row.role))
        self._push(DeleteApplication(self._repository, self, application_id, name))
        self._say(self.tr("Deleted {name} — Undo with Ctrl+Z").format(name=name))

    def add_timeline_entry(
        self,
        application_id: int,
        kind: EventKind,
        on: date,
        notes: str = "",
        round_number: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> int:
        """Add a timeline entry as one undoable step; returns its id (0 if the application
        is gone). `details`: an interview's time, place and people."""
        from nextmove.storage.applications import ApplicationNotFoundError

        try:
            name = describe(self._repository.get(application_id))
        except ApplicationNotFoundError:
            self._model.remove(application_id)
            return 0
        command = AddTimelineEntry(
            self._repository, self, application_id, name, (kind, on, notes, round_number), details
        )
        self._push(command)
        return command.event_id

    def edit_timeline_entry(
        self,
        application_id: int,
        event_id: int,
        entry: tuple[EventKind, date, str, int | None],
        details: dict[str, Any] | None = None,
    ) -> None:
        """Change a timeline entry (and an interview's details) as one undoable step."""
        from nextmove.storage.applications import ApplicationNotFoundError

        try:
            self._push(
                EditTimelineEntry(self._repository, self, application_id, event_id, entry, details)
            )
        except ApplicationNotFoundError:
            self._model.remove(application_id)

    def remove_timeline_entry(self, application_id: int, event_id: int, what: str) -> Status | None:
        """Delete a timeline entry as one undoable step; the new status if it changed."""
        from nextmove.storage.applications import ApplicationNotFoundError

        try:
            before = self._repository.get(application_id).status
            self._push(RemoveTimelineEntry(self._repository, self, application_id, event_id, what))
            after = self._repository.get(application_id).status
        except ApplicationNotFoundError:
            self._model.remove(application_id)
            return None
        return after if after is not before else None

    def _push(self, command: object) -> None:
        self._undo.push(command)  # type: ignore[arg-type]

    # -- inline edits --------------------------------------------------------------------------

    def _on_model_edit_requested(self, application_id: int, field: str, value: object) -> None:
        from nextmove.storage.applications import ApplicationNotFoundError

        try:
            old = self._repository.get(application_id)
        except ApplicationNotFoundError:
            self._model.remove(application_id)
            return
        name = describe(old)
        if field == "status":
            new_status = Status(str(value))
            if new_status != old.status:
                command = ChangeStatus(
                    self._repository,
                    self,
                    application_id,
                    name,
                    old.status,
                    new_status,
                    self._today(),
                )
                self._push(command)
                self._say(
                    self.tr("{name} is now {status}").format(
                        name=name, status=status_label(new_status.value)
                    )
                )
            return
        new = dataclasses.replace(old, **{field: value})  # type: ignore[arg-type]
        errors = validate_application(new, self._today()).errors
        if field in errors:
            self._say(self.tr("Not saved: {reason}").format(reason=self.tr(errors[field])))
            return
        self._push(EditApplication(self._repository, self, application_id, old, new, self._today()))
        # Replaces whatever an earlier edit said (a refusal must not outlive the next save).
        self._say(self.tr("Saved {name}").format(name=describe(new)))
