"""A small horizontal bar chart drawn with QPainter (QtCharts is not shipped)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from nextmove.ui import palette

ROW_HEIGHT = 24
LABEL_WIDTH = 190


class BarChart(QWidget):
    """Bars of `(label, value)`; `maximum` fixes the scale (5 for scores), else the largest."""

    def __init__(self, name: str, color: str = "primary", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._bars: list[tuple[str, float, str]] = []
        self._maximum = 0.0
        self._color = color  # a name in ui.palette
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[tuple[str, float, str]], maximum: float | None = None) -> None:
        """Each bar is (label, value, value as text)."""
        self._bars = bars
        self._maximum = maximum or max((v for _, v, _ in bars), default=1.0) or 1.0
        self.setAccessibleDescription("; ".join(f"{label}: {text}" for label, _, text in bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, float, str]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self._bars)) * ROW_HEIGHT + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        if not self._bars:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data yet"))
            return
        width = max(40, self.width() - LABEL_WIDTH - 60)
        for row, (label, value, text) in enumerate(self._bars):
            top = row * ROW_HEIGHT + 3
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, top, LABEL_WIDTH - 8, ROW_HEIGHT - 4),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8
                ),
            )
            length = width * (value / self._maximum) if self._maximum else 0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(self._color, self))
            painter.drawRoundedRect(
                QRectF(LABEL_WIDTH, top + 3, max(2.0, length), ROW_HEIGHT - 10), 3, 3
            )
            painter.setPen(text_color)
            painter.drawText(
                QRectF(LABEL_WIDTH + length + 6, top, 60, ROW_HEIGHT - 4),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        painter.end()
