"""Booked timeline entries take effect on their day: at start for the days the app was closed,
and at midnight while it stays open (with the due and overdue tints moving on too)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from nextmove.storage.timeline import settle_due

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.main_window import MainWindow

# The last day the timelines were settled for (so the next start looks at later entries only).
SETTLED_KEY = "timeline/settled_through"
CHECK_MS = 60_000


def _stored_day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class DayWatch(QObject):
    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("day_watch")
        self._window = window
        self._context = context
        self._day: date | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Settle what came due while the app was closed (before the rows load), then watch."""
        self.check()
        self._timer.start()

    def check(self) -> None:
        today = self._context.today()
        if today == self._day:
            return
        settings = self._context.settings
        since = self._day or _stored_day(settings.value(SETTLED_KEY))
        if since is not None and since > today:
            since = None  # the clock went back: look at everything once
        changed = settle_due(self._context.database, today, since)
        settings.setValue(SETTLED_KEY, today.isoformat())
        first = self._day is None
        self._day = today
        if first:
            return
        for application_id in changed:
            self._window.refresh_application(application_id)
        self._window.model.new_day()
