"""Horizontal bars, one row per label and one bar per series (with a legend when there are
several): rejections by stage, answers by source, stage scores."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from nextmove.ui.insights.chart import Chart
from nextmove.ui.insights.colors import color

BAR_HEIGHT = 14
ROW_GAP = 12
LEGEND_HEIGHT = 26
MAX_LABEL_WIDTH = 240


@dataclass(frozen=True)
class Bar:
    value: float
    text: str


@dataclass(frozen=True)
class BarRow:
    label: str
    # One entry per series; None where that series has nothing for this row.
    bars: tuple[Bar | None, ...]


@dataclass(frozen=True)
class Series:
    legend: str
    color: str  # a name from colors.py


class BarsChart(Chart):
    def __init__(
        self,
        name: str,
        title: str,
        empty_text: str,
        series: list[Series],
        *,
        maximum: float | None = None,
        track: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, parent)
        self._series = series
        self._maximum = maximum
        self._track = track
        self._rows: list[BarRow] = []
        self.set_texts(title, empty_text)

    def set_rows(self, rows: list[BarRow]) -> None:
        self._rows = rows
        self.refresh()

    def rows(self) -> list[BarRow]:
        return list(self._rows)

    def has_data(self) -> bool:
        return any(bar is not None for row in self._rows for bar in row.bars)

    def describe(self) -> str:
        parts = []
        for row in self._rows:
            texts = [
                f"{series.legend} {bar.text}" if len(self._series) > 1 else bar.text
                for series, bar in zip(self._series, row.bars, strict=False)
                if bar is not None
            ]
            parts.append(f"{row.label}: {', '.join(texts)}")
        return "; ".join(parts)

    def tooltip_at(self, pos: QPoint) -> str:
        index = (pos.y() - 4 - self._legend_height()) // self._row_height()
        if pos.y() < 4 + self._legend_height() or not 0 <= index < len(self._rows):
            return ""
        row = self._rows[index]
        lines = [row.label]
        for series, bar in zip(self._series, row.bars, strict=False):
            text = bar.text if bar is not None else "–"
            lines.append(f"{series.legend}: {text}" if len(self._series) > 1 else text)
        return "\n".join(lines)

    def _row_height(self) -> int:
        return len(self._series) * (BAR_HEIGHT + 4) + ROW_GAP

    def _legend_height(self) -> int:
        return LEGEND_HEIGHT if len(self._series) > 1 else 0

    def chart_height(self) -> int:
        return self._legend_height() + len(self._rows) * self._row_height() + 8

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        metrics = painter.fontMetrics()
        label_width = min(
            MAX_LABEL_WIDTH,
            max((metrics.horizontalAdvance(r.label) for r in self._rows), default=0),
        )
        label_width = max(label_width, 80) + 12
        text_width = 12 + max(
            (
                metrics.horizontalAdvance(b.text)
                for r in self._rows
                for b in r.bars
                if b is not None
            ),
            default=0,
        )
        top = rect.top() + 4
        if self._legend_height():
            self._draw_legend(painter, rect.left() + label_width, top)
            top += self._legend_height()
        maximum = self._maximum or max(
            (b.value for r in self._rows for b in r.bars if b is not None), default=1.0
        )
        maximum = maximum or 1.0
        span = max(40.0, rect.width() - label_width - text_width - 8)
        for row in self._rows:
            height = self._row_height() - ROW_GAP
            painter.setPen(self.text_color())
            painter.drawText(
                QRectF(rect.left(), top, label_width - 12, height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - 12),
            )
            y = top
            for series, bar in zip(self._series, row.bars, strict=False):
                self._draw_bar(painter, series, bar, rect.left() + label_width, y, span, maximum)
                y += BAR_HEIGHT + 4
            top += self._row_height()

    def _draw_bar(
        self,
        painter: QPainter,
        series: Series,
        bar: Bar | None,
        left: float,
        y: float,
        span: float,
        maximum: float,
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        if self._track:
            painter.setBrush(color(self, "track"))
            painter.drawRoundedRect(QRectF(left, y, span, BAR_HEIGHT), 3, 3)
        if bar is None:
            painter.setPen(self.muted_color())
            painter.drawText(
                QRectF(left + 4, y - 2, span, BAR_HEIGHT + 4),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.tr("no ratings"),
            )
            return
        length = span * min(1.0, bar.value / maximum) if maximum else 0.0
        painter.setBrush(color(self, series.color))
        painter.drawRoundedRect(QRectF(left, y, max(3.0, length), BAR_HEIGHT), 3, 3)
        painter.setPen(self.text_color())
        after = left + (span if self._track else max(3.0, length)) + 8
        painter.drawText(
            QRectF(after, y - 3, 400, BAR_HEIGHT + 6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            bar.text,
        )

    def _draw_legend(self, painter: QPainter, left: float, top: float) -> None:
        metrics = painter.fontMetrics()
        x = left
        for series in self._series:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color(self, series.color))
            painter.drawRoundedRect(QRectF(x, top + 4, 12, 12), 2, 2)
            painter.setPen(self.text_color())
            painter.drawText(
                QRectF(x + 18, top, metrics.horizontalAdvance(series.legend) + 4, 20),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                series.legend,
            )
            x += 18 + metrics.horizontalAdvance(series.legend) + 24
