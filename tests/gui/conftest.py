"""GUI fixtures: the real main window built through the composition root."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QRunnable, QThreadPool

from nextmove.app import build, shutdown
from nextmove.mail.credentials import CredentialStore
from nextmove.ui.main_window import MainWindow
from tests.mail.conftest import MemoryKeyring
from tests.mail.gui_support import secret_service
from tests.smtp_server import SmtpServer, make_certificate


class ImmediatePool(QThreadPool):
    """Runs submitted work at once on the calling thread, so GUI tests need no waiting."""

    def start(self, runnable: QRunnable, priority: int = 0) -> None:  # type: ignore[override]
        del priority
        runnable.run()


class FinishedAwayPool(QThreadPool):
    """Runs each job to its end on a thread of its own before `start` returns: the job's
    answer then waits in the GUI thread's event queue, as a slow one would."""

    def start(self, runnable: QRunnable, priority: int = 0) -> None:  # type: ignore[override]
        del priority
        worker = threading.Thread(target=runnable.run)
        worker.start()
        worker.join()


@pytest.fixture
def immediate_pool() -> ImmediatePool:
    return ImmediatePool()


@pytest.fixture
def keyring(request: pytest.FixtureRequest) -> KeyringBackend:
    """The keyring behind the window's credential store: in memory, unless a test asks for
    another by parametrizing "keyring" indirectly: "failing" (no secure keyring) or
    "secret_service" (the real one when the test command provides it)."""
    kind = getattr(request, "param", "memory")
    if kind == "failing":
        return fail.Keyring()
    if kind == "secret_service":
        found = secret_service()
        if isinstance(found, KeyringBackend):
            return found
    return MemoryKeyring()


@pytest.fixture
def window(
    qtbot, data_dir: Path, immediate_pool: ImmediatePool, keyring: KeyringBackend
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    # The credential store is handed to the composition root, as the app's own is.
    win = build(data_dir, pool=immediate_pool, credentials=CredentialStore(keyring))
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Taken down here, all at once, as the app does when it quits: a window left to a later
    # deleteLater() would be deleted in the middle of another test.
    shutdown(win)


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed certificate (its key beside it) for the mail windows' SMTP server."""
    return make_certificate(tmp_path_factory.mktemp("tls"))[0]


@pytest.fixture
def server(cert: Path) -> Iterator[SmtpServer]:
    """A real SMTP server on 127.0.0.1 with STARTTLS and AUTH, trusted through `cert`."""
    with SmtpServer(cert, cert.with_name("key.pem")) as smtp:
        yield smtp
