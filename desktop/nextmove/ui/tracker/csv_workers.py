"""CSV work that runs on the context's thread pool so the window never freezes.

Each job reports through its own signals object (created on the GUI thread, so the GUI's slots
run on the GUI thread). Every failure becomes a sentence for people, never a traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from nextmove.domain.csv_format import CsvFileError, CsvTable, Field
from nextmove.domain.csv_import import convert
from nextmove.domain.status import Status
from nextmove.storage.csv_io import (
    ExportFailedError,
    export_csv,
    import_applications,
    known_applications,
    load_table,
)
from nextmove.storage.database import Database


class JobSignals(QObject):
    # (done, total) while the job runs.
    progress = Signal(int, int)
    # The job's result: (path, CsvTable, known keys), an ImportSummary or (path, count).
    finished = Signal(object)
    # A sentence saying what went wrong; nothing was changed.
    failed = Signal(str)
    # Import only: the file's problems, a Conversion (issues and how many more); nothing changed.
    rejected = Signal(object)
    # Import only: stopped by the person before the end; nothing changed.
    cancelled = Signal()


class Job(QRunnable):
    def __init__(self) -> None:
        super().__init__()
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            self.signals.finished.emit(self.work())
        except (CsvFileError, ExportFailedError) as error:
            self.signals.failed.emit(str(error))
        except OSError as error:
            where = Path(error.filename).name if error.filename else ""
            reason = (error.strerror or "the system refused").rstrip(".").lower()
            self.signals.failed.emit(f"Could not use {where or 'the file'} ({reason}).")
        except Exception as error:  # a worker must report, never die silently
            from nextmove import logs

            logs.failure("CSV job failed", error)
            self.signals.failed.emit("Something unexpected went wrong; nothing was changed.")

    def work(self) -> object:
        raise NotImplementedError


class LoadJob(Job):
    """Read and parse a file for the import preview."""

    def __init__(self, path: Path, database: Database) -> None:
        super().__init__()
        self.path = path
        self._database = database

    def work(self) -> object:
        table = load_table(self.path)
        return self.path, table, known_applications(self._database)


class _CancelledError(Exception):
    """The person pressed Cancel Import."""


class ImportJob(Job):
    """Check every row, then store them all in one transaction."""

    def __init__(
        self,
        database: Database,
        table: CsvTable,
        mapping: Sequence[Field | None],
        choices: dict[str, Status],
        today: date,
        source_name: str = "",
    ) -> None:
        super().__init__()
        self._cancelled = threading.Event()
        self._source_name = source_name
        self._database = database
        self._table = table
        self._mapping = list(mapping)
        self._choices = dict(choices)
        self._today = today

    def cancel(self) -> None:
        """Stop at the next step (from any thread); the transaction is then rolled back."""
        self._cancelled.set()

    def _step(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)
        if self._cancelled.is_set():
            raise _CancelledError

    def work(self) -> object:
        total = len(self._table.rows) * 2
        result = convert(
            self._table,
            self._mapping,
            self._today,
            status_choices=self._choices,
            source_name=self._source_name,
            progress=lambda done, _n: self._step(done, total),
        )
        if not result.ok:
            self.signals.rejected.emit(result)
            return None
        half = len(self._table.rows)
        # Raised inside the import's transaction: nothing of it is kept.
        return import_applications(
            self._database,
            result.items,
            progress=lambda done, _n: self._step(half + done, total),
        )

    def run(self) -> None:
        try:
            summary = self.work()
        except _CancelledError:
            self.signals.cancelled.emit()
            return
        except Exception as error:
            from nextmove import logs
            from nextmove.storage.faults import explain

            logs.failure("CSV import failed", error)  # without the rows' data
            fault = explain(error, self._database.path.parent)
            self.signals.failed.emit(
                str(fault)
                if fault is not None
                else "Nothing was imported: the data could not be saved, and your applications "
                "are as they were. Try again in a moment."
            )
            return
        if summary is not None:
            self.signals.finished.emit(summary)


class ExportJob(Job):
    def __init__(self, database: Database, path: Path, ids: list[int] | None = None) -> None:
        super().__init__()
        self._database = database
        self.path = path
        self._ids = ids

    def work(self) -> object:
        return self.path, export_csv(self._database, self.path, self._ids)
