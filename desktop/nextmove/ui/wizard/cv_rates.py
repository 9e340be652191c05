"""Insights' "Response rate per CV version": one bar per CV content sent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nextmove.domain.cv_insights import CvRate
from nextmove.ui.wizard.bar_chart import BarChart


class CvRates(QWidget):
    def __init__(self, rates: list[CvRate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insights_cv_rates")
        self.setAccessibleName(self.tr("Response rate per CV version"))
        self.chart = BarChart("chart_cv_response_rates", "good")
        self.note = QLabel()
        self.note.setObjectName("cv_rates_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)
        layout.addWidget(self.note)
        bars = [
            (
                rate.file_name,
                rate.rate * 100,
                self.tr("{answered} of {sent} answered ({percent:.0f}%)").format(
                    answered=rate.answered, sent=rate.applications, percent=rate.rate * 100
                ),
            )
            for rate in rates
        ]
        self.chart.set_bars(bars, 100)
        self.note.setText(
            ""
            if rates
            else self.tr(
                "Mark the CV you sent on each application (its Documents, “Sent”) to compare "
                "how each version does."
            )
        )
