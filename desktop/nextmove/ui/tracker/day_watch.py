"""Booked timeline entries take effect on their day: at start for the days the app was closed,
and at midnight while it stays open (with the due and overdue tints moving on too).

The settling runs on the worker pool (at 100,000 applications the first pass reads every
entry), and the rows it changed are re-read on the GUI thread when it reports back.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from nextmove.storage.timeline import settle_due
from nextmove.ui.mail.worker import JobRunner

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

# The last day the timelines were settled for (so the next start looks at later entries only).
SETTLED_KEY = "timeline/settled_through"
CHECK_MS = 60_000
_log = logging.getLogger(__name__)


def _stored_day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class DayWatch(QObject):
    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("day_watch")
        self._window = window
        self._context = context
        self._day: date | None = None
        self._runner = JobRunner(context.pool, self)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Settle what came due while the app was closed, then look again every minute."""
        self.check()
        self._timer.start()

    def check(self) -> None:
        today = self._context.today()
        if today == self._day or self._runner.busy:
            return
        since = self._day or _stored_day(self._context.settings.value(SETTLED_KEY))
        if since is not None and since > today:
            since = None  # the clock went back: look at everything once
        self._day = today
        database = self._context.database

        def work(_progress: Any) -> list[int]:
            return settle_due(database, today, since)

        self._runner.start(
            work,
            lambda changed: self._on_settled(today, changed),
            self._on_failed,
        )

    def _on_settled(self, day: date, changed: list[int]) -> None:
        self._context.settings.setValue(SETTLED_KEY, day.isoformat())
        for application_id in changed:
            self._window.refresh_application(application_id)
        self._window.model.new_day()

    def _on_failed(self, error: Exception) -> None:
        _log.warning("settling booked timeline entries failed: %r", error)
        self._day = None  # try again at the next check
