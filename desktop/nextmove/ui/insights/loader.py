"""Reading and computing the insights on the worker pool: a large tracker takes a few seconds,
and the window stays responsive meanwhile."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from nextmove.domain.insights_report import InsightsReport, build_report
from nextmove.storage.insight_facts import InsightsSource

log = logging.getLogger(__name__)


class ReportSignals(QObject):
    finished = Signal(object)  # an InsightsReport
    failed = Signal(str)  # a sentence for the person


class ReportJob(QRunnable):
    def __init__(self, source: InsightsSource, today: date) -> None:
        super().__init__()
        self.signals = ReportSignals()
        self._source = source
        self._today = today

    def compute(self) -> InsightsReport:
        return build_report(self._source.load(), self._today)

    def run(self) -> None:
        try:
            self.signals.finished.emit(self.compute())
        except Exception:  # a worker must report, never die silently
            log.exception("reading the insights failed")
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "ReportJob", "The insights could not be read; see the log for details."
                )
            )
