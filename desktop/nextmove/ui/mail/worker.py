"""Run blocking work (SMTP, keyring) on the thread pool and hand the result back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, str], None]
Work = Callable[[Progress], Any]


class JobSignals(QObject):
    """Lives on the GUI thread; signals from the worker arrive as queued calls."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)


class Job(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as error:  # reported to the window in plain words, never raised
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class JobRunner(QObject):
    """Starts jobs on a pool and keeps each alive until its result has been delivered."""

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self._running: set[Job] = set()

    def start(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        on_progress: Progress | None = None,
    ) -> Job:
        job = Job(work)
        job.setAutoDelete(False)
        self._running.add(job)

        def finish_done(result: object) -> None:
            self._running.discard(job)
            on_done(result)

        def finish_failed(error: object) -> None:
            self._running.discard(job)
            assert isinstance(error, Exception)
            on_failed(error)

        job.signals.done.connect(finish_done)
        job.signals.failed.connect(finish_failed)
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        self.pool.start(job)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._running)


def describe(error: Exception) -> str:
    """Words for the person: a SendError or keyring message as is, anything else by name only."""
    from nextmove.domain.addresses import HeaderValueError
    from nextmove.mail.credentials import KeyringUnavailableError
    from nextmove.mail.transport import SendError

    if isinstance(error, SendError | KeyringUnavailableError):
        return str(error)
    if isinstance(error, HeaderValueError):
        return error.message
    return f"Something went wrong ({type(error).__name__}). Nothing was lost; please try again."
