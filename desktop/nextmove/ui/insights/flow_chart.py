"""A Sankey-style flow of stages: bands from each stage to the next one an application reached,
and from its last stage to how it ended (or still open), as wide as the applications taking
that path."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
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

    def _node_values(self) -> dict[str, int]:
        into: dict[str, int] = {}
        out: dict[str, int] = {}
        for link in self._links:
            into[link.target] = into.get(link.target, 0) + link.count
            out[link.source] = out.get(link.source, 0) + link.count
        return {
            name: max(into.get(name, 0), out.get(name, 0))
            for name in STAGES + OUTCOMES
            if into.get(name) or out.get(name)
        }

    def _node_color(self, name: str) -> QColor:
        return color(self, name if name in OUTCOMES else "primary")

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        metrics = painter.fontMetrics()
        values = self._node_values()
        outcomes = [name for name in OUTCOMES if name in values]
        right_room = 12 + max(
            metrics.horizontalAdvance(f"{self._names[n]} {values[n]:,}") for n in outcomes
        )
        top = rect.top() + LABEL_ROOM
        height = rect.height() - LABEL_ROOM - 6
        total = values.get("applied", 1)
        scale = max(0.0, height - NODE_GAP * (len(outcomes) - 1)) / max(1, total)
        step = (rect.width() - right_room - NODE_WIDTH - 8) / len(STAGES)
        nodes: dict[str, QRectF] = {}
        for column, name in enumerate(STAGES):
            if name in values:
                x = rect.left() + 4 + column * step
                nodes[name] = QRectF(x, top, NODE_WIDTH, max(2.0, values[name] * scale))
        y = top
        for name in outcomes:
            x = rect.left() + 4 + len(STAGES) * step
            nodes[name] = QRectF(x, y, NODE_WIDTH, max(2.0, values[name] * scale))
            y += nodes[name].height() + NODE_GAP
        self._draw_bands(painter, nodes, scale)
        for name, node in nodes.items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._node_color(name))
            painter.drawRect(node)
            painter.setPen(self.text_color())
            label = f"{self._names[name]} {values[name]:,}"
            if name in OUTCOMES:
                where = QRectF(node.right() + 6, node.center().y() - 10, right_room, 20)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            else:
                where = QRectF(node.left(), rect.top(), step - 4, LABEL_ROOM - 4)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(step - 4))
            painter.drawText(where, int(align), label)

    def _draw_bands(self, painter: QPainter, nodes: dict[str, QRectF], scale: float) -> None:
        out_used: dict[str, float] = {}
        in_used: dict[str, float] = {}
        painter.setPen(Qt.PenStyle.NoPen)
        for link in self._links:
            source, target = nodes[link.source], nodes[link.target]
            thickness = max(1.0, link.count * scale)
            s0 = source.top() + out_used.get(link.source, 0.0)
            t0 = target.top() + in_used.get(link.target, 0.0)
            out_used[link.source] = out_used.get(link.source, 0.0) + thickness
            in_used[link.target] = in_used.get(link.target, 0.0) + thickness
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
            band = self._node_color(link.target)
            band.setAlphaF(0.38)
            painter.setBrush(band)
            painter.drawPath(path)
