"""Help › Open Log Folder: the folder with the log and crash reports, in the file manager."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices

from nextmove import logs

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host


class LogActions(QObject):
    def __init__(self, window: Host) -> None:
        super().__init__(window.widget())
        self.setObjectName("log_actions")
        self._window = window
        self.open_url = QDesktopServices.openUrl  # tests replace it
        action = QAction(
            QCoreApplication.translate("MainWindow", "Open &Log Folder"), window.widget()
        )
        action.setObjectName("action_open_log_folder")
        action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Show the folder with the log and crash reports"
            )
        )
        window.menu("help").addAction(action)
        self.action = action
        action.triggered.connect(self._on_action_triggered)

    def _on_action_triggered(self) -> None:
        folder = logs.log_folder()
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        if not self.open_url(QUrl.fromLocalFile(str(folder))):
            self._window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Could not open {folder}").format(
                    folder=folder
                ),
                8000,
            )


def install(window: Host, context: AppContext) -> None:
    del context
    LogActions(window)
