"""The box shown after an unhandled error: what happened in one line, the details to copy,
and where the log is. The app keeps running behind it.

`CrashReporter.report` may be called from any thread (the excepthooks call it); the box opens
on the GUI thread. While one box is open, later errors only go to the log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class CrashDialog(QMessageBox):
    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setAccessibleName(QCoreApplication.translate("CrashDialog", "Something went wrong"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(
            QCoreApplication.translate(
                "CrashDialog",
                "Next Move ran into an unexpected error. Your data is safe and the app "
                "keeps running; if something looks wrong, restart it.",
            )
        )
        self.setInformativeText(
            QCoreApplication.translate("CrashDialog", "The details are in the log:\n{path}").format(
                path=log_path
            )
        )
        self.setDetailedText(details)
        self.details = details
        self.copy_button = QPushButton(QCoreApplication.translate("CrashDialog", "&Copy details"))
        self.copy_button.setObjectName("crash_copy_details")
        self.addButton(self.copy_button, QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        # An action-role button would close the box; copying should not.
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(QCoreApplication.translate("CrashDialog", "Copied"))


class CrashReporter(QObject):
    """Lives on the GUI thread; `report(details)` from any thread shows one CrashDialog."""

    _reported = Signal(str)

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_reporter")
        self._log_path = log_path
        self.dialog: CrashDialog | None = None
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)

    def report(self, details: str) -> None:
        self._reported.emit(details)

    def _on_reported(self, details: str) -> None:
        if self.dialog is not None:
            return
        self.dialog = CrashDialog(details, self._log_path)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog.open()

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None
