"""Applications sent each week, as columns, against the weekly goal drawn as a dashed line."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from nextmove.domain.responses import WeekCount
from nextmove.ui.insights.chart import Chart
from nextmove.ui.insights.colors import color

HEIGHT = 230
AXIS_HEIGHT = 22
TOP_ROOM = 22


class WeeklyChart(Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("chart_weekly_applications", parent)
        self._weeks: list[WeekCount] = []
        self._goal = 0
        self.set_texts(
            self.tr("Applications per week"),
            self.tr(
                "Applications you send in the last twelve weeks will be counted here week by "
                "week, next to the weekly goal you set at the end of a reflection."
            ),
        )

    def set_weeks(self, weeks: list[WeekCount], goal: int) -> None:
        self._weeks = weeks
        self._goal = goal
        self.refresh()

    def weeks(self) -> list[WeekCount]:
        return list(self._weeks)

    def goal(self) -> int:
        return self._goal

    def has_data(self) -> bool:
        return any(week.applications for week in self._weeks)

    def chart_height(self) -> int:
        return HEIGHT

    def _week_label(self, week: WeekCount) -> str:
        start = week.start
        return QLocale().toString(QDate(start.year, start.month, start.day), "d MMM")

    def describe(self) -> str:
        text = "; ".join(
            self.tr("week of {day}: {count}").format(day=self._week_label(w), count=w.applications)
            for w in self._weeks
        )
        if self._goal:
            text += "; " + self.tr("goal: {goal} a week").format(goal=self._goal)
        return text

    def _goal_text(self) -> str:
        return self.tr("goal: {goal} a week").format(goal=self._goal) if self._goal else ""

    def _plot(self, rect: QRectF, metrics: QFontMetrics) -> QRectF:
        """Where the columns go; the goal's label sits right of it, where no column covers it."""
        text = self._goal_text()
        goal_room = metrics.horizontalAdvance(text) + 12 if text else 0
        return rect.adjusted(8, TOP_ROOM, -8 - goal_room, -AXIS_HEIGHT)

    def tooltip_at(self, pos: QPoint) -> str:
        plot = self._plot(QRectF(self.rect()), self.fontMetrics())
        if not plot.left() <= pos.x() < plot.right():
            return ""
        slot = plot.width() / max(1, len(self._weeks))
        index = int((pos.x() - plot.left()) // slot)
        if not 0 <= index < len(self._weeks):
            return ""
        week = self._weeks[index]
        text = self.tr("Week of {day}: {count} sent").format(
            day=self._week_label(week), count=week.applications
        )
        if self._goal:
            text += "\n" + self.tr("goal: {goal} a week").format(goal=self._goal)
        return text

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        metrics = painter.fontMetrics()
        goal_text = self._goal_text()
        plot = self._plot(rect, metrics)
        goal_room = rect.right() - 8 - plot.right()
        highest = max([w.applications for w in self._weeks] + [self._goal, 1])
        slot = plot.width() / max(1, len(self._weeks))
        column_width = min(48.0, slot * 0.62)
        painter.setPen(QPen(self.muted_color(), 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        label_every = 1 if slot >= metrics.horizontalAdvance("30 Sep") + 8 else 2
        for index, week in enumerate(self._weeks):
            x = plot.left() + index * slot + (slot - column_width) / 2
            height = plot.height() * week.applications / highest
            met = bool(self._goal) and week.applications >= self._goal
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color(self, "goal" if met else "primary"))
            if week.applications:
                painter.drawRoundedRect(
                    QRectF(x, plot.bottom() - height, column_width, height), 3, 3
                )
                painter.setPen(self.text_color())
                painter.drawText(
                    QRectF(x - 10, plot.bottom() - height - 18, column_width + 20, 16),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    str(week.applications),
                )
            if index % label_every == (len(self._weeks) - 1) % label_every:
                painter.setPen(self.muted_color())
                painter.drawText(
                    QRectF(x - 20, plot.bottom() + 3, column_width + 40, AXIS_HEIGHT - 3),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    self._week_label(week),
                )
        if self._goal:
            y = plot.bottom() - plot.height() * self._goal / highest
            painter.setPen(QPen(color(self, "goal"), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(color(self, "goal"))
            painter.drawText(
                QRectF(plot.right() + 8, y - 10, goal_room, 20),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                goal_text,
            )
