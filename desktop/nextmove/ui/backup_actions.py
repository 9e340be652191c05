"""Back Up Now and Restore from Backup… in the File menu, and the quiet daily backup.

Backups and restores run on the context's pool: copying a large file never freezes the
window. During a restore the window is disabled: nothing may edit data being replaced.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from nextmove.storage.backups import (
    DAILY,
    DEFAULT_KEEP,
    MANUAL,
    BackupError,
    BackupInfo,
    create_backup,
    daily_backup_due,
    inspect_backup,
    list_backups,
    parse_backup,
)
from nextmove.storage.database import CorruptDatabaseError, restore_database
from nextmove.storage.migrate import SchemaTooNewError
from nextmove.ui import backup_format
from nextmove.ui.ask import Ask, ask
from nextmove.ui.restore_dialog import ChooseFile, RestoreDialog, choose_backup_file

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

KEEP_SETTING = "backups/keep"


def keep_count(value: object) -> int:
    """The `backups/keep` setting as a positive number, whatever the settings file holds."""
    try:
        keep = int(str(value))
    except ValueError:
        return DEFAULT_KEEP
    return keep if keep > 0 else DEFAULT_KEEP


def _describe(error: Exception, folder: Path | None = None) -> str:
    """A sentence for people: the folder concerned, never a temporary file's name."""
    from nextmove import logs
    from nextmove.storage.faults import explain

    logs.failure("backup or restore failed", error)
    fault = explain(error, folder)
    if fault is not None:
        return str(fault)
    if isinstance(error, OSError):
        from nextmove.storage.faults import file_in_the_way

        reason = (error.strerror or "the system refused").rstrip(".").lower()
        if not error.filename:
            return f"The backup could not be written ({reason})."
        target = Path(error.filename)
        blocking = file_in_the_way(target)
        if blocking is not None and isinstance(error, FileExistsError | NotADirectoryError):
            return f"{blocking} is a file, but Next Move needs a folder there."
        return f"Next Move could not use {target.parent} ({reason})."
    if isinstance(error, sqlite3.Error):
        return "The database could not be read for the backup; try again in a moment."
    return str(error)


class _JobSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """File work on a worker thread (a backup or a restore); it never touches a widget."""

    def __init__(self, work: Callable[[], object], folder: Path | None = None) -> None:
        super().__init__()
        self.signals = _JobSignals()
        self._work = work
        self._folder = folder

    def run(self) -> None:
        try:
            result = self._work()
        except (BackupError, CorruptDatabaseError, SchemaTooNewError, OSError, sqlite3.Error) as e:
            self.signals.failed.emit(_describe(e, self._folder))
            return
        self.signals.finished.emit(result)


class BackupActions(QObject):
    # A backup (automatic or asked for) was written and checked.
    backupFinished = Signal(object)
    # A backup could not be made; the text says why.
    backupFailed = Signal(str)
    # The data was replaced by a backup; carries the "before-restore" backup that undoes it.
    restored = Signal(object)

    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("backup_actions")
        self._window = window
        self._context = context
        self._jobs: set[_Job] = set()
        # Seams: tests replace these to answer questions and pick files without a modal loop.
        self.ask: Ask = ask
        self.choose_file: ChooseFile = choose_backup_file
        self.restore_dialog: RestoreDialog | None = None
        self._backup_now = window.action("action_backup_now")
        self._backup_now.triggered.connect(self._on_backup_now_triggered)
        window.action("action_restore_backup").triggered.connect(self._on_restore_triggered)

    @property
    def folder(self) -> Path:
        return self._context.paths.backups

    def keep(self) -> int:
        return keep_count(self._context.settings.value(KEEP_SETTING, DEFAULT_KEEP))

    def start_daily_backup(self) -> bool:
        """Back up in the background unless a backup was already made today."""
        if not daily_backup_due(self.folder, self._context.today()):
            return False
        self._start(DAILY)
        return True

    def back_up_now(self) -> None:
        self._backup_now.setEnabled(False)
        self._window.statusBar().showMessage(self.tr("Backing up your data…"))
        self._start(MANUAL)

    def restore(self, path: Path) -> None:
        """Replace the data with `path` (already confirmed), on the pool.

        The window is disabled meanwhile: nothing may edit data that is being replaced. At
        100,000 applications (a 100 MB file) this takes about 2 s; the window stays responsive.
        """
        self._window.widget().setEnabled(False)
        self._window.statusBar().showMessage(self.tr("Restoring your data…"))
        database = self._context.database

        def finished(before: object) -> None:
            self._window.widget().setEnabled(True)
            assert isinstance(before, BackupInfo)
            self._on_restore_finished(path, before)

        def failed(reason: str) -> None:
            self._window.widget().setEnabled(True)
            self._on_restore_failed(reason)

        self._run(lambda: restore_database(database, path, self.folder), finished, failed)

    def _on_restore_finished(self, path: Path, before: BackupInfo) -> None:
        self._window.reload()
        self._window.statusBar().showMessage(
            self.tr(
                "Restored the backup from {when}. To undo, restore the “Before a restore” backup."
            ).format(when=self._describe_backup(path))
        )
        self.restored.emit(before)

    def _on_restore_failed(self, reason: str) -> None:
        self._window.statusBar().clearMessage()
        self.ask(
            self._window.widget(),
            self.tr("Restore failed"),
            self.tr("The backup could not be restored.\n\n{reason}").format(reason=reason),
            [self.tr("OK")],
        )

    def _start(self, reason: str) -> None:
        database, folder, keep = self._context.database.path, self.folder, self.keep()

        def finished(info: object) -> None:
            assert isinstance(info, BackupInfo)
            self._on_job_finished(info)

        def failed(why: str) -> None:
            self._on_job_failed(reason, why)

        self._run(lambda: create_backup(database, folder, reason, keep=keep), finished, failed)

    def _run(
        self,
        work: Callable[[], object],
        on_finished: Callable[[object], None],
        on_failed: Callable[[str], None],
    ) -> None:
        job = _Job(work, self._context.paths.root)
        job.setAutoDelete(False)
        self._jobs.add(job)  # alive until its result has been delivered

        def finished(result: object) -> None:
            self._jobs.discard(job)
            on_finished(result)

        def failed(reason: str) -> None:
            self._jobs.discard(job)
            on_failed(reason)

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        self._context.pool.start(job)

    def _describe_backup(self, path: Path) -> str:
        info = parse_backup(path)
        return backup_format.when(info.created) if info is not None else path.name

    def _on_job_finished(self, info: BackupInfo) -> None:
        if info.reason == MANUAL:
            self._backup_now.setEnabled(True)
            self._window.statusBar().showMessage(
                self.tr("Backed up your data to {name} in {folder}").format(
                    name=info.path.name, folder=info.path.parent
                ),
                10000,
            )
        self.backupFinished.emit(info)

    def _on_job_failed(self, kind: str, reason: str) -> None:
        self._backup_now.setEnabled(True)
        self._window.statusBar().showMessage(
            self.tr("Backup failed: {reason}").format(reason=reason)
        )
        self.backupFailed.emit(reason)
        if kind == MANUAL:  # asked for: say so plainly; the daily one only notes it above
            self.ask(
                self._window.widget(),
                self.tr("Backup failed"),
                self.tr("Your data could not be backed up.\n\n{reason}").format(reason=reason),
                [self.tr("OK")],
            )

    def _on_backup_now_triggered(self) -> None:
        self.back_up_now()

    def open_restore_dialog(self) -> RestoreDialog:
        """Show the list of backups (window-modal, by open(): no nested event loop)."""
        if self.restore_dialog is not None:
            self.restore_dialog.raise_()
            return self.restore_dialog
        dialog = RestoreDialog(
            list_backups(self.folder), self._window.widget(), choose_file=self.choose_file
        )
        dialog.restoreRequested.connect(self._on_dialog_restoreRequested)
        dialog.finished.connect(self._on_dialog_finished)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _on_restore_triggered(self) -> None:
        self.open_restore_dialog()

    def _on_dialog_finished(self, result: int) -> None:
        del result
        if self.restore_dialog is not None:
            self.restore_dialog.deleteLater()
            self.restore_dialog = None

    def _on_dialog_restoreRequested(self, path: Path) -> None:
        try:
            inspect_backup(path)
        except BackupError as error:
            self.ask(
                self._window.widget(),
                self.tr("This file cannot be restored"),
                str(error),
                [self.tr("OK")],
            )
            return
        answer = self.ask(
            self._window.widget(),
            self.tr("Restore this backup?"),
            self.tr(
                "Your data will be replaced by the backup from {when}.\n\n"
                "Your data as it is now is saved first, as a “Before a restore” backup: "
                "restore that one to undo this."
            ).format(when=self._describe_backup(path)),
            [self.tr("Restore"), self.tr("Cancel")],
        )
        if answer == 0:
            self.restore(path)


def install(window: Host, context: AppContext) -> BackupActions:
    """Add the backup actions; the caller starts the daily backup once startup is done."""
    return BackupActions(window, context)
