"""File › Import CSV… and File › Export CSV…: pick a file, then work on the thread pool.

The file pickers and the error box are small replaceable seams (`choose_import_path`,
`choose_export_path`, `show_error`) so tests drive the whole flow without modal dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nextmove.domain.csv_format import CsvTable, Field, guess_mapping
from nextmove.domain.csv_import import Conversion
from nextmove.domain.status import Status
from nextmove.storage.csv_io import ImportSummary
from nextmove.ui.tracker.csv_workers import ExportJob, ImportJob, Job, LoadJob
from nextmove.ui.tracker.import_dialog import ImportDialog

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

PathChooser = Callable[[Path], Path | None]
FOLDER_KEY = "csv/last_folder"


def _choose_open(parent: QWidget) -> PathChooser:
    def choose(folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("CsvActions", "Import applications from CSV"),
            str(folder),
            QCoreApplication.translate("CsvActions", "CSV files (*.csv *.txt);;All files (*)"),
        )
        return Path(name) if name else None

    return choose


def _choose_save(parent: QWidget) -> PathChooser:
    def choose(folder: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("CsvActions", "Export applications to CSV"),
            str(folder / f"next-move-{date.today().isoformat()}.csv"),
            QCoreApplication.translate("CsvActions", "CSV files (*.csv)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".csv")

    return choose


def _show_error(parent: QWidget) -> Callable[[str, str], None]:
    def show(title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(parent, box.windowFlags())
        box.setObjectName("csv_error")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    return show


class CsvActions(QObject):
    """Runs imports and exports for one window; it owns nothing but the jobs in flight."""

    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("csv_actions")
        self._window = window
        self._context = context
        self.dialog: ImportDialog | None = None
        self.choose_import_path: PathChooser = _choose_open(window.widget())
        self.choose_export_path: PathChooser = _choose_save(window.widget())
        self.show_error: Callable[[str, str], None] = _show_error(window.widget())
        window.action("action_import_csv").triggered.connect(self._on_import_triggered)
        window.action("action_export_csv").triggered.connect(self._on_export_triggered)

    def _folder(self) -> Path:
        saved = self._context.settings.value(FOLDER_KEY)
        if isinstance(saved, str) and Path(saved).is_dir():
            return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home())

    def _remember_folder(self, path: Path) -> None:
        self._context.settings.setValue(FOLDER_KEY, str(path.parent))

    def _start(self, job: Job) -> None:
        # The signals object lives here until its job has reported (see `_done`).
        job.signals.setParent(self)
        for signal in (job.signals.finished, job.signals.failed, job.signals.rejected):
            signal.connect(self._on_job_done)
        self._context.pool.start(job)

    def _on_job_done(self, _result: object = None) -> None:
        sender = self.sender()
        if sender is not None:
            sender.deleteLater()

    def _status(self, text: str) -> None:
        self._window.show_message(text, 8000)

    # -- import ------------------------------------------------------------------------------

    def _on_import_triggered(self) -> None:
        path = self.choose_import_path(self._folder())
        if path is None:
            return
        self._remember_folder(path)
        self._status(self.tr("Reading {name}…").format(name=path.name))
        job = LoadJob(path, self._context.database)
        job.signals.finished.connect(self._on_load_finished)
        job.signals.failed.connect(self._on_load_failed)
        self._start(job)

    def _on_load_failed(self, text: str) -> None:
        self._status("")
        self.show_error(self.tr("This file can't be imported"), text)

    def _on_load_finished(self, result: tuple[Path, CsvTable, set[tuple[str, str]]]) -> None:
        path, table, known = result
        self._status("")
        if not any(guess_mapping(table.headers)):
            self.show_error(
                self.tr("This file can't be imported"),
                self.tr(
                    "{name} has no column Next Move recognises, such as Company, Role, Status "
                    "or Date Applied. Its columns are: {columns}."
                ).format(name=path.name, columns=", ".join(table.headers[:12])),
            )
            return
        dialog = ImportDialog(table, path.name, self._context.today(), known, self._window.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.importRequested.connect(self._on_dialog_import_requested)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    def _on_dialog_import_requested(
        self, mapping: list[Field | None], choices: dict[str, Status]
    ) -> None:
        dialog = self.dialog
        assert dialog is not None
        job = ImportJob(
            self._context.database,
            dialog.table,
            mapping,
            choices,
            self._context.today(),
            dialog.file_name,
        )
        job.signals.progress.connect(dialog.show_progress)
        job.signals.rejected.connect(self._on_import_rejected)
        job.signals.failed.connect(dialog.show_failure)
        job.signals.finished.connect(self._on_import_finished)
        job.signals.cancelled.connect(dialog.show_cancelled)
        job.signals.cancelled.connect(self._on_job_done)
        dialog.cancelRequested.connect(job.cancel)
        self._start(job)

    def _on_import_rejected(self, result: Conversion) -> None:
        if self.dialog is not None:
            self.dialog.show_problems(result.issues, result.more_issues)

    def _on_import_finished(self, summary: ImportSummary) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self._window.reload()
        count, contacts = summary.applications, summary.contacts_created
        if not contacts:
            text = self.tr("Imported %Ln applications", None, count)
        elif count == 1:
            text = self.tr("Imported 1 application and %Ln new contacts", None, contacts)
        else:
            text = self.tr("Imported %Ln applications and {contacts}", None, count).format(
                contacts=self.tr("%Ln new contacts", None, contacts)
            )
        self._status(text)

    # -- export ------------------------------------------------------------------------------

    def _on_export_triggered(self) -> None:
        self.export_ids(None)

    def export_ids(self, ids: list[int] | None) -> None:
        """Export these applications (None: every one) to a file the person picks."""
        path = self.choose_export_path(self._folder())
        if path is None:
            return
        self._remember_folder(path)
        job = ExportJob(self._context.database, path, ids)
        job.signals.finished.connect(self._on_export_finished)
        job.signals.failed.connect(self._on_export_failed)
        self._start(job)

    def _on_export_finished(self, result: tuple[Path, int]) -> None:
        path, count = result
        self._status(
            self.tr("Exported %Ln applications to {name}", None, count).format(name=path.name)
        )

    def _on_export_failed(self, text: str) -> None:
        self.show_error(self.tr("The export could not be saved"), text)


def install(window: Host, context: AppContext) -> None:
    context.features.csv = CsvActions(window, context)
