"""An unhandled error on any thread: logged with its traceback, shown once in a box with
"Copy details" and the log's path, and the app carries on. Help › Open Log Folder."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from nextmove import logs
from nextmove.ui.crash_dialog import CrashReporter
from nextmove.ui.log_actions import LogActions
from nextmove.ui.main_window import MainWindow
from tests.log_capture import log_into


@pytest.fixture
def hooked(tmp_path: Path) -> Iterator[tuple[CrashReporter, Path]]:
    saved_main, saved_thread = sys.excepthook, threading.excepthook
    with log_into(tmp_path / "log") as log_file:
        reporter = CrashReporter(log_file)
        logs.install_hooks(reporter.report)
        try:
            yield reporter, log_file
        finally:
            sys.excepthook, threading.excepthook = saved_main, saved_thread
            if reporter.dialog is not None:
                reporter.dialog.close()
            reporter.deleteLater()


def test_an_error_in_a_worker_thread_is_logged_and_shown_and_the_app_goes_on(
    qtbot, window: MainWindow, hooked: tuple[CrashReporter, Path]
) -> None:  # type: ignore[no-untyped-def]
    reporter, log_file = hooked

    def work() -> None:
        raise RuntimeError("the worker broke on jane@example.org")

    worker = threading.Thread(target=work, name="sender")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog.objectName() == "crash_dialog"
    assert str(log_file) in dialog.informativeText()
    assert "RuntimeError" in dialog.detailedText()
    assert "jane@example.org" not in dialog.detailedText()

    copy = dialog.findChild(QPushButton, "crash_copy_details")
    assert copy.text() == "&Copy details"
    copy.click()
    assert "Traceback (most recent call last)" in QGuiApplication.clipboard().text()
    assert dialog.isVisible()  # copying does not close the box

    text = log_file.read_text(encoding="utf-8")
    assert "Unhandled exception in thread sender" in text
    assert "RuntimeError: the worker broke on <address>" in text

    # A second error while the box is open goes to the log only.
    reporter.report("second")
    QApplication.processEvents()
    assert reporter.dialog is dialog
    dialog.close()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    assert window.isVisible()  # still running


def test_an_error_in_a_slot_reaches_the_hook(
    qtbot, window: MainWindow, hooked: tuple[CrashReporter, Path]
) -> None:  # type: ignore[no-untyped-def]
    reporter, log_file = hooked
    try:
        {}["missing"]
    except KeyError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert "KeyError: 'missing'" in log_file.read_text(encoding="utf-8")


def test_help_open_log_folder_opens_the_log_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEXTMOVE_LOG_DIR", str(tmp_path / "logs here"))
    action = window.findChild(QAction, "action_open_log_folder")
    assert action in window.menu("help").actions()
    assert action.text() == "Open &Log Folder"
    feature = window.findChild(LogActions, "log_actions")
    opened: list[QUrl] = []
    feature.open_url = lambda url: opened.append(url) or True
    action.trigger()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs here"))]
    assert (tmp_path / "logs here").is_dir()
