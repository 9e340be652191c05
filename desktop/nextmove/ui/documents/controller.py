"""Documents in the window: the side panel section, the menu action, drops, undo, opening."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from nextmove.domain.documents import DocumentKind
from nextmove.storage.document_files import DocumentFileError
from nextmove.storage.documents import DocumentNotFoundError
from nextmove.ui.documents.commands import AddDocument, RemoveDocument
from nextmove.ui.documents.section import DocumentsSection

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

MESSAGE_MS = 6000
ChooseFiles = Callable[[QWidget], list[Path]]


def choose_files(parent: QWidget) -> list[Path]:
    """The file picker seam; tests replace `DocumentsController.choose_files`."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("DocumentsController", "Add Documents"), str(Path.home())
    )
    return [Path(name) for name in names]


def day_text(day: date) -> str:
    """The tracker's date format (one place: its table model)."""
    from nextmove.ui.tracker.table_model import format_day

    return format_day(day.isoformat())


class DocumentsController(QObject):
    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("documents_controller")
        self._window = window
        self.repository = context.services.documents
        self.repository.tidy()  # no undo history yet: forget what was deleted for good
        self.application_id = 0
        self.choose_files: ChooseFiles = choose_files
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.section = DocumentsSection()
        detail = context.features.detail
        if detail is not None:
            sections = detail.sections
            sections.addWidget(self.section)
            sections.setStretchFactor(sections.count() - 1, 2)
        else:
            layout = window.side_panel.layout()
            if layout is not None:
                layout.addWidget(self.section)
        self.action = QAction(self.tr("Add &Document…"), window.widget())
        self.action.setObjectName("action_add_document")
        self.action.setShortcuts([QKeySequence("Ctrl+Shift+D")])
        tip = self.tr("Keep a CV, cover letter or other file with the selected application")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.setEnabled(False)
        window.menu("application").addAction(self.action)
        window.widget().addAction(self.action)

        self.action.triggered.connect(self._on_add_requested)
        self.section.addRequested.connect(self._on_add_requested)
        self.section.filesDropped.connect(self.add_files)
        self.section.openRequested.connect(self.open_document)
        self.section.removeRequested.connect(self.remove_document)
        self.section.sentChanged.connect(self._on_section_sent_changed)
        self.section.kindChosen.connect(self._on_section_kind_chosen)
        window.selectedApplicationChanged.connect(self.show_application)
        # A restore or an import re-reads every row: the documents may have changed too.
        window.model.rowsReplaced.connect(self.reload)
        self.show_application(window.selected_application_id() or 0)

    def show_application(self, application_id: int) -> None:
        self.application_id = application_id
        self.action.setEnabled(bool(application_id))
        self.section.setEnabled(bool(application_id))
        self.reload()

    def reload(self) -> None:
        rows = self.repository.for_application(self.application_id) if self.application_id else []
        self.section.set_documents(rows, day_text)

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)

    def _changed(self, application_id: int) -> None:
        if application_id == self.application_id:
            self.reload()

    def _on_add_requested(self) -> None:
        if self.application_id:
            self.add_files(self.choose_files(self._window.widget()))

    def add_files(self, files: list[Path], kind: DocumentKind | None = None) -> None:
        """Copy each file in and list it (one undo step per file)."""
        if not self.application_id:
            return
        added: list[str] = []
        for path in files:
            if path.is_dir():
                self._say(self.tr("{name} is a folder, not a file.").format(name=path.name))
                continue
            try:
                row = self.repository.add(self.application_id, path, kind)
            except DocumentFileError as error:
                self._say(str(error))
                continue
            self._window.undo_stack.push(AddDocument(self.repository, row, self._changed))
            added.append(row.file_name)
        if added:
            self._say(self.tr("Added {names}").format(names=", ".join(added)))

    def remove_document(self, document_id: int) -> None:
        try:
            row = self.repository.get(document_id)
        except DocumentNotFoundError:
            self.reload()
            return
        self._window.undo_stack.push(RemoveDocument(self.repository, row, self._changed))
        self._say(self.tr("Removed {name} — Undo with Ctrl+Z").format(name=row.file_name))

    def open_document(self, document_id: int) -> Path | None:
        """Open a copy under its own name (the store's file has no extension and must never
        be edited by the app that opens it)."""
        try:
            row = self.repository.get(document_id)
        except DocumentNotFoundError:
            self.reload()
            return None
        stored = self.repository.path(row)
        if not stored.exists():
            self._say(self.tr("The file of {name} is missing.").format(name=row.file_name))
            return None
        owner = str(os.getuid()) if hasattr(os, "getuid") else "user"
        folder = Path(tempfile.gettempdir()) / f"nextmove-{owner}" / row.sha256
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        copy = folder / Path(row.file_name).name
        if not copy.exists():
            shutil.copyfile(stored, copy)
            copy.chmod(0o400)
        self.open_url(QUrl.fromLocalFile(str(copy)))
        return copy

    def _on_section_sent_changed(self, document_id: int, sent: bool) -> None:
        self.repository.set_sent(document_id, sent)
        # Not now: the list is still inside the ticked item's setCheckState, and rebuilding
        # it here would delete that item under Qt's feet.
        QTimer.singleShot(0, self, self.reload)

    def _on_section_kind_chosen(self, document_id: int, kind: str) -> None:
        self.repository.set_kind(document_id, DocumentKind(kind))
        self.reload()
