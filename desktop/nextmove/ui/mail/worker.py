"""Run blocking work (SMTP, keyring) on the thread pool and hand the result back by signal.

One long-lived runner object carries every job's signals, so no QObject is ever created on
the GUI thread and then released by a worker (or the reverse): each result arrives as a
queued signal on the runner, tagged with its job number, and the callbacks stay on the GUI
thread in a dictionary.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, str], None]
Work = Callable[[Progress], Any]


class _Job(QRunnable):
    def __init__(self, runner: JobRunner, number: int, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._number = number
        self._work = work

    def run(self) -> None:
        number, runner = self._number, self._runner

        def progress(message_id: int, state: str) -> None:
            runner.jobProgress.emit(number, message_id, state)

        try:
            result = self._work(progress)
        except Exception as error:  # reported to the window in plain words, never raised
            runner.jobFailed.emit(number, error)
        else:
            runner.jobDone.emit(number, result)


class JobRunner(QObject):
    """Starts jobs on a pool; results come back on the GUI thread through its signals."""

    # (job number, result) / (job number, exception) / (job number, message id, state)
    jobDone = Signal(int, object)
    jobFailed = Signal(int, object)
    jobProgress = Signal(int, int, str)

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self._numbers = itertools.count(1)
        self._callbacks: dict[
            int, tuple[Callable[[Any], None], Callable[[Exception], None], Progress | None]
        ] = {}
        self.jobDone.connect(self._on_self_jobDone)
        self.jobFailed.connect(self._on_self_jobFailed)
        self.jobProgress.connect(self._on_self_jobProgress)

    def start(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        on_progress: Progress | None = None,
    ) -> int:
        number = next(self._numbers)
        self._callbacks[number] = (on_done, on_failed, on_progress)
        self.pool.start(_Job(self, number, work))
        return number

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def _on_self_jobDone(self, number: int, result: object) -> None:
        callbacks = self._callbacks.pop(number, None)
        if callbacks is not None:
            callbacks[0](result)

    def _on_self_jobFailed(self, number: int, error: object) -> None:
        callbacks = self._callbacks.pop(number, None)
        if callbacks is not None:
            assert isinstance(error, Exception)
            callbacks[1](error)

    def _on_self_jobProgress(self, number: int, message_id: int, state: str) -> None:
        callbacks = self._callbacks.get(number)
        if callbacks is not None and callbacks[2] is not None:
            callbacks[2](message_id, state)


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
