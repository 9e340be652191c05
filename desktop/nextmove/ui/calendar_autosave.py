"""Preferences › Calendar › "Keep a calendar file up to date in this folder": the .ics file is
rewritten at start, after every change that can affect it and every hour, for calendar apps
that subscribe to a local file.

Changes come in bursts (an import, a drag across the board, undo pressed five times), so the
write waits until they have settled (DEBOUNCE_MS), then runs on the worker pool: thousands of
events take seconds to write, and the window must not stall meanwhile. The file is replaced in
one step (a temporary file renamed over it, `storage.calendar_file.export_calendar`), so a
calendar app never reads half a file. One write at a time; a change during one asks for
another after it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from nextmove.storage.calendar_file import local_zone_name
from nextmove.ui.calendar_actions import ExportCalendarJob
from nextmove.ui.preferences_reminders import (
    CALENDAR_FILE_NAME,
    CALENDAR_FOLDER_KEY,
    calendar_folder,
)

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

DEBOUNCE_MS = 1500
HOUR_MS = 60 * 60 * 1000
MESSAGE_MS = 8000


class CalendarAutosave(QObject):
    # The file was rewritten: (path, number of events).
    written = Signal(object, int)

    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("calendar_autosave")
        self._window = window
        self._context = context
        self.zone_name = local_zone_name()
        self._job: ExportCalendarJob | None = None
        self._again = False
        self._told_failure = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(DEBOUNCE_MS)
        self._later.timeout.connect(self.write_now)
        model = window.model
        self._total = model.total_count()
        # Edits, undo and redo change what the file holds; a search or a filter does not.
        # Through a lambda: connected directly, indexChanged(int) would become the delay.
        for signal in (model.dataChanged, window.undo_stack.indexChanged):
            signal.connect(lambda *_args: self.schedule())
        model.countsChanged.connect(self._on_model_counts_changed)
        # Hourly too: the file's window moves with the days, and a few changes (a learning
        # goal ticked in the Goals panel) come by no signal of the tracker's.
        self._hourly = QTimer(self)
        self._hourly.setInterval(HOUR_MS)
        self._hourly.timeout.connect(self.schedule)
        self._hourly.start()
        context.events.settingChanged.connect(self._on_setting_changed)
        self.schedule()  # at start

    def path(self) -> Path | None:
        folder = calendar_folder(self._context.settings)
        return folder / CALENDAR_FILE_NAME if folder is not None else None

    def schedule(self) -> None:
        if self.path() is not None:
            self._later.start()

    def _on_model_counts_changed(self) -> None:
        total = self._window.model.total_count()
        if total != self._total:  # added, deleted, imported, restored
            self._total = total
            self.schedule()

    def _on_setting_changed(self, key: str) -> None:
        if key == CALENDAR_FOLDER_KEY:
            self._told_failure = False
            self.schedule()

    def write_now(self) -> None:
        path = self.path()
        if path is None:
            return
        if self._job is not None:  # one at a time: again once this one is done
            self._again = True
            return
        job = ExportCalendarJob(self._context.database, path, self._context.today(), self.zone_name)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        self._job = job
        self._context.pool.start(job)

    def _done(self) -> None:
        self._job = None
        if self._again:
            self._again = False
            self.schedule()

    def _on_job_finished(self, result: object) -> None:
        assert isinstance(result, tuple)
        self._told_failure = False
        self._done()
        self.written.emit(result[0], int(result[1]))

    def _on_job_failed(self, text: str) -> None:
        self._done()
        if not self._told_failure:  # said once, not after every edit
            self._told_failure = True
            self._window.show_message(
                self.tr("The calendar file could not be updated: {reason}").format(reason=text),
                MESSAGE_MS,
            )


def install(window: Host, context: AppContext) -> CalendarAutosave:
    return CalendarAutosave(window, context)
