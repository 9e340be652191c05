"""Signing an account in through its provider without freezing the window.

The whole wait (browser, redirect, code exchange, keyring) runs on the worker pool; the window
gets `urlReady` to open the system browser, then `finished`. Cancel sets an event the worker
checks ten times a second, so the listener closes at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from nextmove.domain.accounts import AccountRow
from nextmove.mail.loopback import SIGN_IN_TIMEOUT, SignInCancelledError, SignInTimeoutError
from nextmove.mail.oauth import OAuthError
from nextmove.mail.outbox import Outbox
from nextmove.ui.mail.worker import JobRunner, describe


class SignInFlow(QObject):
    # The address to open in the browser (emitted from the worker, delivered on the GUI thread).
    urlReady = Signal(str)
    # (signed in, words for the person)
    finished = Signal(bool, str)
    # The desktop could not open a browser: the address for the person to open themselves.
    browserFailed = Signal(str)

    def __init__(self, outbox: Outbox, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signin_flow")
        self._outbox = outbox
        self._jobs = jobs
        self._cancel: threading.Event | None = None
        self.timeout = SIGN_IN_TIMEOUT
        # Seam: how the browser is opened, called on the worker thread. The default hands the
        # address to the GUI thread, which asks the desktop to open it.
        self.open_browser: Callable[[str], object] = self.urlReady.emit
        self.urlReady.connect(self._on_self_urlReady)

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(self, account: AccountRow, *, session_only: bool = False) -> None:
        cancel = threading.Event()
        self._cancel = cancel
        tokens, open_browser, timeout = self._outbox.tokens, self.open_browser, self.timeout

        def work(_progress: object) -> int:
            tokens.sign_in(
                account, open_browser, timeout=timeout, cancel=cancel, session_only=session_only
            )
            return account.id

        self._jobs.start(work, self._on_done, self._on_failed)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _on_self_urlReady(self, url: str) -> None:
        if not QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)):
            self.browserFailed.emit(url)

    def _on_done(self, result: object) -> None:
        self._cancel = None
        assert isinstance(result, int)
        self._outbox.unblock(result)
        self.finished.emit(True, self.tr("Signed in. This account is ready to send."))

    def _on_failed(self, error: Exception) -> None:
        self._cancel = None
        if isinstance(error, SignInCancelledError):
            text = self.tr("Signing in was cancelled. Nothing was changed.")
        elif isinstance(error, SignInTimeoutError):
            text = self.tr("No sign-in arrived within 5 minutes. Click the button to try again.")
        elif isinstance(error, OAuthError):
            text = error.message
        else:
            text = describe(error)
        self.finished.emit(False, text)
