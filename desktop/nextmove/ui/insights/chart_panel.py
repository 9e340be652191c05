"""A chart in a titled frame with a short caption and its "Save as PNG…" button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nextmove.ui.insights.chart import Chart


class ChartPanel(QGroupBox):
    saveRequested = Signal(Chart)

    def __init__(self, chart: Chart, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(chart.title, parent)
        self.chart = chart
        self.setObjectName(f"panel_{chart.objectName()}")
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setObjectName(f"save_{chart.objectName()}")
        self.save_button.setAccessibleName(self.tr("Save {title} as PNG").format(title=chart.title))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture"))
        self.caption = QLabel(caption)
        self.caption.setObjectName(f"caption_{chart.objectName()}")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        muted = self.caption.palette()
        text = muted.color(QPalette.ColorRole.WindowText)
        text.setAlphaF(0.7)
        muted.setColor(QPalette.ColorRole.WindowText, text)
        self.caption.setPalette(muted)
        footer = QHBoxLayout()
        footer.addWidget(self.caption, 1)
        footer.addWidget(
            self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        )
        layout = QVBoxLayout(self)
        layout.addWidget(chart)
        layout.addLayout(footer)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        chart.saveRequested.connect(self._on_save_button_clicked)
        chart.dataChanged.connect(self._on_chart_dataChanged)
        self._on_chart_dataChanged(chart.has_data())

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setVisible(bool(text) and self.chart.has_data())

    def _on_chart_dataChanged(self, filled: bool) -> None:
        # Nothing to save, and no caption about figures that are not there yet.
        self.save_button.setEnabled(filled)
        self.caption.setVisible(filled and bool(self.caption.text()))

    def _on_save_button_clicked(self) -> None:
        self.saveRequested.emit(self.chart)
