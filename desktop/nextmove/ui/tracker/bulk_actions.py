"""Acting on many selected rows at once: set their status, add the same timeline entry,
delete them, export them. Each is ONE step on the undo stack: a macro over the per-row
commands (`ChangeStatus`, `AddTimelineEntry`, `DeleteApplication`), which write through the
repository's single status and timeline writer like any single edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QMenu

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import Status
from nextmove.storage.applications import ApplicationNotFoundError
from nextmove.ui.tracker.columns import status_label
from nextmove.ui.tracker.commands import (
    AddTimelineEntry,
    ChangeStatus,
    DeleteApplication,
    describe,
)
from nextmove.ui.tracker.event_dialog import EventDialog, EventInput, event_label

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host
    from nextmove.ui.tracker.editing import TrackerEditing

MESSAGE_MS = 6000


class BulkActions(QObject):
    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("bulk_actions")
        assert window.editing is not None
        self._window = window
        self._context = context
        self._editing: TrackerEditing = window.editing
        self._repository = context.services.applications
        self.dialog: EventDialog | None = None
        menu = window.menu("application")
        menu.addSeparator()
        self.status_menu = QMenu(self.tr("Set &Status"), window.widget())
        self.status_menu.setObjectName("menu_set_status")
        for status in Status:
            action = self.status_menu.addAction(status_label(status.value))
            action.setObjectName(f"action_set_status_{status.value}")
            action.triggered.connect(lambda _=False, s=status: self.set_status(self._ids(), s))
        menu.addMenu(self.status_menu)
        self.action_timeline = self._action(
            "action_add_timeline_entry",
            self.tr("Add Timeline Entry to Se&lected…"),
            "Ctrl+Shift+T",
            self.tr("Add the same entry to the timeline of every selected application"),
        )
        menu.addAction(self.action_timeline)
        self.action_export = self._action(
            "action_export_selection",
            self.tr("E&xport Selected to CSV…"),
            "",
            self.tr("Export the selected applications and their history to CSV"),
        )
        menu.addAction(self.action_export)
        self.action_timeline.triggered.connect(self._on_timeline_triggered)
        self.action_export.triggered.connect(self._on_export_triggered)
        table = window.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        window.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    def _action(self, name: str, text: str, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self._window.widget())
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action

    def _ids(self) -> list[int]:
        return self._window.table.selected_ids()

    def _say(self, text: str) -> None:
        self._window.show_message(text, MESSAGE_MS)

    def _macro(self, text: str, commands: Sequence[QUndoCommand]) -> None:
        """Push `commands` as one undo step named `text` (one command: itself)."""
        stack = self._window.undo_stack
        if len(commands) == 1:
            stack.push(commands[0])
            return
        stack.beginMacro(text)
        try:
            for command in commands:
                stack.push(command)
        finally:
            stack.endMacro()

    def _name(self, application_id: int) -> str:
        row = self._window.model.row_data(application_id)
        if row is None:
            return ""
        return describe(ApplicationData(row.company, row.role))

    # -- the operations (tests call these directly) --------------------------------------------

    def set_status(self, ids: Sequence[int], status: Status) -> int:
        """Give every application in `ids` this status; returns how many changed."""
        commands: list[QUndoCommand] = []
        for application_id in ids:
            try:
                old = self._repository.get(application_id)
            except ApplicationNotFoundError:
                continue
            if old.status is status:
                continue
            commands.append(
                ChangeStatus(
                    self._repository,
                    self._editing,
                    application_id,
                    describe(old),
                    old.status,
                    status,
                    self._context.today(),
                )
            )
        if not commands:
            return 0
        label = status_label(status.value)
        text = self.tr("Mark %n applications as {status}", None, len(commands)).format(status=label)
        self._macro(text, commands)
        self._say(text)
        return len(commands)

    def add_entry(self, ids: Sequence[int], entry: EventInput) -> int:
        """Add the same timeline entry to every application in `ids`."""
        commands: list[QUndoCommand] = [
            AddTimelineEntry(
                self._repository,
                self._editing,
                application_id,
                self._name(application_id),
                (entry.kind, entry.occurred_on, entry.notes, entry.round),
            )
            for application_id in ids
            if self._window.model.row_data(application_id) is not None
        ]
        if not commands:
            return 0
        text = self.tr("Add “{what}” to %n applications", None, len(commands)).format(
            what=event_label(entry.kind)
        )
        self._macro(text, commands)
        self._say(text)
        return len(commands)

    def delete(self, ids: Sequence[int]) -> int:
        commands: list[QUndoCommand] = [
            DeleteApplication(self._repository, self._editing, application_id, name)
            for application_id in ids
            if (name := self._name(application_id))
        ]
        if not commands:
            return 0
        text = self.tr("Delete %n applications", None, len(commands))
        self._macro(text, commands)
        self._say(self.tr("Deleted %n applications — Undo with Ctrl+Z", None, len(commands)))
        return len(commands)

    # -- slots ---------------------------------------------------------------------------------

    def _on_selection_changed(self, *_: object) -> None:
        count = len(self._window.table.selectionModel().selectedRows())
        has = count > 0
        if count > 1:
            self._say(
                self.tr(
                    "%n applications selected: Application › Set Status, Delete and more act on them all",  # noqa: E501
                    None,
                    count,
                )
            )
        self.status_menu.setEnabled(has)
        self.action_timeline.setEnabled(has)
        self.action_export.setEnabled(has)

    def _on_timeline_triggered(self) -> None:
        ids = self._ids()
        if not ids:
            return
        dialog = EventDialog(self._context.today(), 1, parent=self._window.widget())
        if len(ids) > 1:
            dialog.setWindowTitle(self.tr("Add to %n timelines", None, len(ids)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda entry: self.add_entry(ids, entry))
        self.dialog = dialog
        dialog.open()

    def _on_export_triggered(self) -> None:
        csv = self._context.features.csv
        if csv is not None:
            csv.export_ids(self._ids())

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        menu = QMenu(self._window.table)
        menu.setObjectName("table_context_menu")
        menu.addAction(self._window.action("action_edit_application"))
        menu.addMenu(self.status_menu)
        menu.addAction(self.action_timeline)
        menu.addAction(self.action_export)
        menu.addSeparator()
        menu.addAction(self._window.action("action_delete_application"))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self._window.table.viewport().mapToGlobal(pos))


def install(window: Host, context: AppContext) -> None:
    context.features.bulk = BulkActions(window, context)
