"""A Sankey-style flow of stages: bands from each stage on to the next, and from each stage to
how the applications that stopped there ended (or that they are still open), each as wide as
the applications taking that path."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QWidget

from nextmove.domain.funnel import OUTCOMES, STAGES, FlowLink
from nextmove.ui.insights.chart import Chart
from nextmove.ui.insights.colors import color

HEIGHT = 320
NODE_WIDTH = 14
NODE_GAP = 10
LABEL_ROOM = 22


class FlowChart(Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("chart_flow", parent)
        self._links: list[FlowLink] = []
        self._scale = 1.0
        self._step = 100.0
        self._names = {
            "applied": self.tr("Applied"),
            "screening": self.tr("Screening"),
            "interview": self.tr("Interview"),
            "offer": self.tr("Offer"),
            "accepted": self.tr("Accepted"),
            "rejected": self.tr("Rejected"),
            "ghosted": self.tr("Ghosted"),
            "withdrawn": self.tr("Withdrawn"),
            "open": self.tr("Still open"),
        }
        self.set_texts(
            self.tr("How applications move through the stages"),
            self.tr(
                "Once you apply, this shows the path each application takes, from applied "
                "through screening, interviews and offers to how it ended."
            ),
        )

    def set_links(self, links: list[FlowLink]) -> None:
        self._links = links
        self.refresh()

    def links(self) -> list[FlowLink]:
        return list(self._links)

    def has_data(self) -> bool:
        return bool(self._links)

    def chart_height(self) -> int:
        return HEIGHT

    def describe(self) -> str:
        return "; ".join(
            f"{self._names[link.source]} → {self._names[link.target]}: {link.count}"
            for link in self._links
        )

    def _layout(self, rect: QRectF, right_room: float) -> dict[tuple[str, str], QRectF]:
        """Node rectangles: each stage at the top of its column; the applications that ended
        at a stage as nodes in the next column, below the stage they did not reach."""
        into: dict[str, int] = {}
        for link in self._links:
            into[link.target] = into.get(link.target, 0) + link.count
        applied = sum(link.count for link in self._links if link.source == "applied")
        exits: dict[str, list[FlowLink]] = {}
        for link in self._links:
            if link.target in OUTCOMES:
                exits.setdefault(link.source, []).append(link)
        busiest = max((len(v) + 1 for v in exits.values()), default=1)
        top = rect.top() + LABEL_ROOM
        height = rect.height() - LABEL_ROOM - 6
        self._scale = max(0.0, height - NODE_GAP * (busiest - 1)) / max(1, applied)
        step = (rect.width() - right_room - NODE_WIDTH - 8) / len(STAGES)
        self._step = step
        nodes: dict[tuple[str, str], QRectF] = {}
        for column, stage in enumerate(STAGES):
            value = applied if column == 0 else into.get(stage, 0)
            x = rect.left() + 4 + column * step
            y = top
            if value:
                nodes[("", stage)] = QRectF(x, y, NODE_WIDTH, max(2.0, value * self._scale))
                y = nodes[("", stage)].bottom() + NODE_GAP
            if column == 0:
                continue
            for link in exits.get(STAGES[column - 1], []):
                nodes[(STAGES[column - 1], link.target)] = QRectF(
                    x, y, NODE_WIDTH, max(2.0, link.count * self._scale)
                )
                y += nodes[(STAGES[column - 1], link.target)].height() + NODE_GAP
        x = rect.left() + 4 + len(STAGES) * step
        y = top
        for link in exits.get(STAGES[-1], []):
            nodes[(STAGES[-1], link.target)] = QRectF(
                x, y, NODE_WIDTH, max(2.0, link.count * self._scale)
            )
            y += nodes[(STAGES[-1], link.target)].height() + NODE_GAP
        return nodes

    def _target(self, link: FlowLink) -> tuple[str, str]:
        return (link.source, link.target) if link.target in OUTCOMES else ("", link.target)

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        metrics = painter.fontMetrics()
        right_room = 12 + max(
            metrics.horizontalAdvance(f"{self._names[link.target]} {link.count:,}")
            for link in self._links
        )
        nodes = self._layout(rect, right_room)
        values = {self._target(link): link.count for link in self._links}
        values[("", "applied")] = sum(k.count for k in self._links if k.source == "applied")
        self._draw_bands(painter, nodes)
        background = self.palette().color(QPalette.ColorRole.Window)
        background.setAlphaF(0.8)
        for key, node in nodes.items():
            source, name = key
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color(self, name if source else "primary"))
            painter.drawRect(node)
            label = f"{self._names[name]} {values.get(key, 0):,}"
            width = metrics.horizontalAdvance(label) + 8
            if source:
                where = QRectF(node.right() + 4, node.center().y() - 10, width, 20)
            else:
                where = QRectF(node.left(), rect.top(), min(width, self._step - 4), LABEL_ROOM - 4)
                label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(self._step - 8))
            painter.setBrush(background)
            painter.drawRoundedRect(where, 3, 3)
            painter.setPen(self.text_color())
            painter.drawText(
                where.adjusted(4, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )

    def _draw_bands(self, painter: QPainter, nodes: dict[tuple[str, str], QRectF]) -> None:
        used: dict[tuple[str, str], float] = {}
        painter.setPen(Qt.PenStyle.NoPen)
        for link in self._links:
            source, target = nodes[("", link.source)], nodes[self._target(link)]
            thickness = max(1.0, link.count * self._scale)
            s0 = source.top() + used.get(("", link.source), 0.0)
            used[("", link.source)] = used.get(("", link.source), 0.0) + thickness
            t0 = target.top()
            x0, x1 = source.right(), target.left()
            middle = (x0 + x1) / 2
            path = QPainterPath(QPointF(x0, s0))
            path.cubicTo(QPointF(middle, s0), QPointF(middle, t0), QPointF(x1, t0))
            path.lineTo(QPointF(x1, t0 + thickness))
            path.cubicTo(
                QPointF(middle, t0 + thickness),
                QPointF(middle, s0 + thickness),
                QPointF(x0, s0 + thickness),
            )
            path.closeSubpath()
            band = QColor(color(self, link.target if link.target in OUTCOMES else "primary"))
            band.setAlphaF(0.35)
            painter.setBrush(band)
            painter.drawPath(path)
