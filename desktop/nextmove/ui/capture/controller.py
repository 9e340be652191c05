"""Wires New from Posting into the main window: the action, drops, saving through undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence

from nextmove.capture.application import Existing, find_duplicate
from nextmove.capture.posting import FILE_SUFFIXES
from nextmove.domain.application import ApplicationData
from nextmove.ui.mail.worker import JobRunner

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from nextmove.ui.capture.capture_dialog import CaptureDialog
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

MESSAGE_MS = 6000


def dropped_source(mime: QMimeData) -> str | None:
    """What a drop carries that can be read: a web link, or a saved page's path."""
    urls: list[QUrl] = list(mime.urls()) if mime.hasUrls() else []
    if not urls and mime.hasText():
        urls = [QUrl(mime.text().strip())]
    for url in urls:
        if url.isLocalFile():
            path = url.toLocalFile()
            if path.lower().endswith(FILE_SUFFIXES):
                return path
        elif url.scheme().lower() in ("http", "https") and url.host():
            return url.toString()
    return None


class CaptureController(QObject):
    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("capture_controller")
        self._window = window
        self._context = context
        self._runner = JobRunner(context.pool, self)
        self.dialog: CaptureDialog | None = None
        self.action = QAction(self.tr("New from &Posting…"), window.widget())
        self.action.setObjectName("action_new_from_posting")
        self.action.setShortcuts([QKeySequence("Ctrl+Shift+N")])
        tip = self.tr("Add an application from a job posting's link or saved page")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        menu = window.menu("application")
        existing = menu.actions()
        if existing:
            menu.insertAction(existing[0], self.action)
            menu.insertSeparator(existing[0])
        else:
            menu.addAction(self.action)
        window.widget().addAction(self.action)
        self.action.triggered.connect(self._on_action_triggered)
        window.widget().setAcceptDrops(True)
        window.widget().installEventFilter(self)

    def open_dialog(self, source: str = "", *, read: bool = False) -> CaptureDialog:
        """Open the dialog (or bring the open one forward), optionally reading `source`."""
        if self.dialog is None:
            from nextmove.ui.capture.capture_dialog import CaptureDialog

            dialog = CaptureDialog(
                self._runner, self._context.today(), self._find, self._window.widget()
            )
            dialog.submitted.connect(self._on_dialog_submitted)
            dialog.showExisting.connect(self._on_dialog_show_existing)
            dialog.finished.connect(self._on_dialog_finished)
            self.dialog = dialog
            dialog.open()
        dialog = self.dialog
        dialog.raise_()
        dialog.activateWindow()
        if source:
            dialog.source.setPlainText(source)
            if read:
                dialog.read()
        dialog.source.setFocus()
        return dialog

    def _find(self, data: ApplicationData) -> Existing | None:
        from nextmove.storage.capture import possible_duplicates

        candidates = possible_duplicates(self._context.database, data.company, data.job_url)
        return find_duplicate(data, candidates)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window.widget() and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.Drop,
        ):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            source = dropped_source(event.mimeData())
            if source is None:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.open_dialog(source, read=True)
            return True
        return super().eventFilter(watched, event)

    def _on_action_triggered(self) -> None:
        self.open_dialog()

    def _on_dialog_submitted(self, data: object) -> None:
        from nextmove.ui.tracker.commands import AddApplication, describe

        assert isinstance(data, ApplicationData)
        editing = self._window.editing
        if editing is None:
            return
        repository = self._context.services.applications
        self._window.undo_stack.push(
            AddApplication(repository, editing, data, self._context.today())
        )
        self._window.statusBar().showMessage(
            self.tr("Added {name} from the posting").format(name=describe(data)), MESSAGE_MS
        )

    def _on_dialog_show_existing(self, application_id: int) -> None:
        self._window.clear_filters()
        self._window.select_application(application_id)

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
