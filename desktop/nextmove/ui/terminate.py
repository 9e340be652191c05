"""Close the app properly on SIGTERM or Ctrl+C, as the Quit action would.

A logout or shutdown sends SIGTERM; without this, Python would die on the spot: the window's
layout unsaved, the data folder's lock left to be reclaimed and, with no clean-shutdown
record, a full quick_check at the next start. Python only runs signal handlers between
bytecodes, which never happens while Qt's loop waits; a wakeup socket watched by a
QSocketNotifier brings the signal into the loop.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class TerminateWatcher(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("terminate_watcher")
        self._app = app
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno())
        for number in SIGNALS:
            signal.signal(number, _ignore_in_python)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_notifier_activated(self) -> None:
        try:
            self._read.recv(64)
        except OSError:
            return
        self._app.closeAllWindows()
        self._app.quit()


def _ignore_in_python(number: int, frame: object) -> None:
    """The wakeup socket does the work; the handler only stops Python's default action."""
    del number, frame


def quit_on_terminate(app: QApplication) -> None:
    if hasattr(signal, "SIGTERM") and hasattr(socket, "socketpair"):
        TerminateWatcher(app)
