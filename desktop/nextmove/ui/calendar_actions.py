"""File › Export Calendar… and File › Import Interview Invitation…, and .ics invitations
dropped on an application (a table row, a board card, the side panel).

Export writes the file on the worker pool and says how many events it holds. An imported invitation
becomes an interview entry on the application's timeline, with its time, place and people,
through the same timeline writer as every other entry, as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoCommand
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QWidget

from nextmove.domain.ics import Invitation, InvitationError, parse_invitation
from nextmove.domain.status import EventKind
from nextmove.storage.applications import ApplicationNotFoundError, ApplicationRepository
from nextmove.storage.calendar import EventTimes, match_contacts, set_event_times
from nextmove.storage.calendar_file import export_calendar, local_zone_name
from nextmove.ui.tracker.csv_workers import Job
from nextmove.ui.tracker.table_model import ID_ROLE

if TYPE_CHECKING:
    from nextmove.storage.database import Database
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

PathChooser = Callable[[Path], Path | None]
FOLDER_KEY = "calendar/last_folder"
MESSAGE_MS = 8000


class ImportInvitation(QUndoCommand):
    """An interview entry from an invitation; undo removes exactly that entry."""

    def __init__(
        self,
        database: Database,
        applications: ApplicationRepository,
        application_id: int,
        invitation: Invitation,
        text: str,
        changed: Callable[[int], None],
    ) -> None:
        super().__init__(text)
        self._database = database
        self._applications = applications
        self._id = application_id
        self._invitation = invitation
        self._changed = changed
        self.event_id = 0

    def redo(self) -> None:
        invitation = self._invitation
        try:
            self.event_id = self._applications.add_event(
                self._id, EventKind.INTERVIEW, invitation.day, invitation.summary
            )
        except ApplicationNotFoundError:
            self.setObsolete(True)
            return
        # The people who are contacts already become the interviewers; the others stay on
        # the entry as names and addresses (an invitation also lists rooms and yourself).
        interviewers, others = match_contacts(self._database, invitation.attendees)
        times = EventTimes(
            invitation.starts_at,
            invitation.duration_minutes,
            invitation.place,
            others,
            invitation.uid or None,
            interviewers,
        )
        set_event_times(self._database, self.event_id, times)
        self._changed(self._id)

    def undo(self) -> None:
        if self.event_id:
            self._applications.remove_event(self.event_id)
            self.event_id = 0
            self._changed(self._id)


class ExportCalendarJob(Job):
    """Write the calendar file on the worker pool (thousands of events take a while)."""

    def __init__(self, database: Database, path: Path, today: date, zone_name: str) -> None:
        super().__init__()
        self._database = database
        self._path = path
        self._today = today
        self._zone = zone_name

    def work(self) -> object:
        return self._path, export_calendar(self._database, self._path, self._today, self._zone)


def _is_invitation(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".ics"):
            return Path(url.toLocalFile())
    return None


class CalendarActions(QObject):
    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("calendar_actions")
        self._window = window
        self._context = context
        self.zone_name = local_zone_name()
        # Seams: tests answer the file dialogs.
        self.choose_export_path: PathChooser = self._choose_export
        self.choose_invitation: PathChooser = self._choose_invitation
        window.action("action_export_calendar").triggered.connect(self.export)
        window.action("action_import_invitation").triggered.connect(self._on_import_triggered)
        for widget in (window.table.viewport(), window.side_panel):
            self.watch(widget)
        window.tracker_stack.installEventFilter(self)

    def watch(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)

    def _folder(self) -> Path:
        stored = self._context.settings.value(FOLDER_KEY)
        return Path(str(stored)) if stored else Path.home()

    # -- export ----------------------------------------------------------------------------------

    def _choose_export(self, folder: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._window.widget(),
            self.tr("Export calendar"),
            str(folder / "next-move.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".ics")

    def export(self) -> None:
        path = self.choose_export_path(self._folder())
        if path is None:
            return
        self._context.settings.setValue(FOLDER_KEY, str(path.parent))
        self._say(self.tr("Writing the calendar…"))
        job = ExportCalendarJob(self._context.database, path, self._context.today(), self.zone_name)
        job.signals.finished.connect(self._on_export_finished)
        job.signals.failed.connect(self._on_export_failed)
        self._context.pool.start(job)

    def _on_export_finished(self, result: object) -> None:
        assert isinstance(result, tuple)
        path: Path = result[0]
        count: int = result[1]
        text = (
            self.tr("Wrote 1 event to {name}")
            if count == 1
            else self.tr("Wrote {count} events to {name}")
        )
        self._say(text.format(count=count, name=path.name))

    def _on_export_failed(self, text: str) -> None:
        self._say(self.tr("The calendar could not be saved: {reason}").format(reason=text))

    # -- invitations -----------------------------------------------------------------------------

    def _choose_invitation(self, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._window.widget(),
            self.tr("Import interview invitation"),
            str(folder),
            self.tr("Calendar invitations (*.ics);;All files (*)"),
        )
        return Path(name) if name else None

    def _on_import_triggered(self) -> None:
        application_id = self._window.selected_application_id()
        if application_id is None:
            self._say(self.tr("Select the application the invitation is for, then import it."))
            return
        path = self.choose_invitation(self._folder())
        if path is not None:
            self.import_invitation(application_id, path)

    def import_invitation(self, application_id: int, path: Path) -> int:
        """Add the interview from the .ics at `path`; returns its timeline entry id (0: none)."""
        try:
            invitation = parse_invitation(path.read_bytes(), self.zone_name)
        except InvitationError as error:
            self._say(self.tr("Nothing was added: {reason}").format(reason=self.tr(str(error))))
            return 0
        except OSError as error:
            reason = (error.strerror or str(error)).lower()
            self._say(self.tr("The invitation could not be read: {reason}").format(reason=reason))
            return 0
        row = self._window.model.row_data(application_id)
        company = row[1] if row is not None else ""
        text = self.tr("Add the interview from an invitation to {company}").format(company=company)
        command = ImportInvitation(
            self._context.database,
            self._context.services.applications,
            application_id,
            invitation,
            text,
            self._window.refresh_application,
        )
        self._window.undo_stack.push(command)
        when = f"{invitation.day:%d %b %Y}"
        if invitation.starts_at:
            when += f" {invitation.starts_at}"
        self._say(self.tr("Added the interview on {when} — Undo with Ctrl+Z").format(when=when))
        return command.event_id

    # -- dropped files ---------------------------------------------------------------------------

    def _target(self, widget: QObject, event: QDropEvent) -> int | None:
        """The application an invitation was dropped on: the row or card under it, or the
        selected one (the side panel)."""
        view = widget.parent() if isinstance(widget.parent(), QAbstractItemView) else None
        if isinstance(view, QAbstractItemView):
            index: QModelIndex = view.indexAt(event.position().toPoint())
            if index.isValid():
                return int(index.data(ID_ROLE))
            return None
        return self._window.selected_application_id()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window.tracker_stack:
            if event.type() == QEvent.Type.ChildAdded:
                self._watch_board(event.child())  # type: ignore[attr-defined]
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDragMoveEvent)
        ):
            if _is_invitation(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = _is_invitation(event)
            if path is not None:
                application_id = self._target(watched, event)
                if application_id is None:
                    self._say(self.tr("Drop the invitation on the application it is for."))
                else:
                    self.import_invitation(application_id, path)
                event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)

    def _watch_board(self, child: QObject) -> None:
        lists = getattr(child, "lists", None)
        if callable(lists):
            for view in lists():
                self.watch(view.viewport())


def install(window: Host, context: AppContext) -> CalendarActions:
    return CalendarActions(window, context)
