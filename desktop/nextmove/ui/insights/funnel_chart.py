"""The funnel: one centred bar per stage, as wide as the applications that got that far, with
the share that went on from the stage above."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from nextmove.domain.funnel import STAGES, Funnel
from nextmove.ui.insights.chart import Chart
from nextmove.ui.insights.colors import color

ROW_HEIGHT = 38
LABEL_WIDTH = 96
RATE_WIDTH = 150


class FunnelChart(Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("chart_funnel", parent)
        self._counts: dict[str, int] = dict.fromkeys(STAGES, 0)
        self._labels = {
            "applied": self.tr("Applied"),
            "screening": self.tr("Screening"),
            "interview": self.tr("Interview"),
            "offer": self.tr("Offer"),
        }
        self.set_texts(
            self.tr("Funnel"),
            self.tr(
                "Once you apply, this shows how many applications reach screening, an "
                "interview and an offer, and the share that moves on at each step."
            ),
        )

    def set_funnel(self, funnel: Funnel) -> None:
        self._counts = dict(funnel.counts)
        self.refresh()

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def has_data(self) -> bool:
        return self._counts["applied"] > 0

    def chart_height(self) -> int:
        return len(STAGES) * ROW_HEIGHT + 8

    def _rate_text(self, index: int) -> str:
        if index == 0:
            return self.tr("all applications")
        upper = self._counts[STAGES[index - 1]]
        rate = self._counts[STAGES[index]] / upper if upper else 0.0
        return self.tr("{rate} of {stage}").format(
            rate=f"{rate:.0%}", stage=self._labels[STAGES[index - 1]].lower()
        )

    def describe(self) -> str:
        return "; ".join(
            f"{self._labels[s]}: {self._counts[s]} ({self._rate_text(i)})"
            for i, s in enumerate(STAGES)
        )

    def tooltip_at(self, pos: QPoint) -> str:
        index = (pos.y() - 4) // ROW_HEIGHT
        if not 0 <= index < len(STAGES):
            return ""
        stage = STAGES[index]
        return f"{self._labels[stage]}: {self._counts[stage]:,}\n{self._rate_text(index)}"

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        top_count = self._counts["applied"] or 1
        span = max(60.0, rect.width() - LABEL_WIDTH - RATE_WIDTH - 16)
        centre = rect.left() + LABEL_WIDTH + span / 2
        base = color(self, "primary")
        for index, stage in enumerate(STAGES):
            top = rect.top() + 4 + index * ROW_HEIGHT
            count = self._counts[stage]
            width = max(4.0, span * count / top_count)
            shade = QColor(base)
            shade.setAlphaF(1.0 - 0.18 * index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            bar = QRectF(centre - width / 2, top + 3, width, ROW_HEIGHT - 8)
            painter.drawRoundedRect(bar, 4, 4)
            painter.setPen(self.text_color())
            painter.drawText(
                QRectF(rect.left(), top, LABEL_WIDTH - 10, ROW_HEIGHT - 2),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._labels[stage],
            )
            number = f"{count:,}"
            inside = painter.fontMetrics().horizontalAdvance(number) + 12 < width
            painter.setPen(color(self, "on_primary") if inside else self.text_color())
            where = bar if inside else QRectF(bar.right() + 6, bar.top(), 80, bar.height())
            align = Qt.AlignmentFlag.AlignCenter if inside else Qt.AlignmentFlag.AlignLeft
            painter.drawText(where, int(align | Qt.AlignmentFlag.AlignVCenter), number)
            painter.setPen(self.muted_color())
            painter.drawText(
                QRectF(rect.right() - RATE_WIDTH, top, RATE_WIDTH, ROW_HEIGHT - 2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._rate_text(index),
            )
