"""How a board card looks: company, role, days in the stage, and the next action with its
due tint. Painted, not built from widgets, so 10,000 cards cost nothing until they scroll in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from nextmove.domain.board import days_in_stage
from nextmove.storage.tracker_rows import TrackerRow
from nextmove.ui import palette as colours
from nextmove.ui.board.column_model import DUE_STATE_ROLE, ROW_ROLE, SINCE_ROLE
from nextmove.ui.tracker.table_model import format_day

Index = QModelIndex | QPersistentModelIndex

MARGIN = 5  # around each card, inside its row
PADDING = 8  # inside the card
LINES = 4


class CardDelegate(QStyledItemDelegate):
    def __init__(self, today: Callable[[], date], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._today = today

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()
        return QSize(180, LINES * (line + 2) + 2 * (PADDING + MARGIN))

    def days_text(self, since: str) -> str:
        days = days_in_stage(since, self._today())
        if days is None:
            return ""
        if days == 0:
            return self.tr("In this stage since today")
        if days == 1:
            return self.tr("1 day in this stage")
        return self.tr("{days} days in this stage").format(days=days)

    def next_text(self, row: TrackerRow, state: str) -> str:
        """The date first, so a narrow card still shows when, then what."""
        what, due = str(row.next_action or ""), row.next_action_on
        if not due:
            return self.tr("Next: {what}").format(what=what) if what else ""
        if state == "overdue":
            day = self.tr("Overdue {day}").format(day=format_day(str(due)))
        elif state == "due":
            day = self.tr("Today")
        else:
            day = format_day(str(due))
        return f"{day} · {what}" if what else day

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        border = highlight if selected else colours.color("card_border", option.widget)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if focused and selected:
            painter.setPen(QPen(border, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(3, 3, -3, -3), 4, 4)
        inner = card.toRect().adjusted(PADDING, PADDING - 2, -PADDING, -PADDING)
        line = option.fontMetrics.height() + 2
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(option.font)
        bold.setBold(True)
        self._line(painter, inner, 0, line, str(row.company), bold, text)
        self._line(painter, inner, 1, line, str(row.role), option.font, text)
        days = self.days_text(str(index.data(SINCE_ROLE) or ""))
        self._line(painter, inner, 2, line, days, option.font, muted)
        state = str(index.data(DUE_STATE_ROLE) or "")
        self._next(painter, inner, 3 * line, line, self.next_text(row, state), state, option)
        painter.restore()

    @staticmethod
    def _line(
        painter: QPainter, inner: QRect, n: int, line: int, text: str, font: QFont, colour: QColor
    ) -> None:
        if not text:
            return
        painter.setFont(font)
        painter.setPen(colour)
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        rect = QRect(inner.x(), inner.y() + n * line, inner.width(), line)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)

    @staticmethod
    def _next(
        painter: QPainter,
        inner: QRect,
        top: int,
        line: int,
        text: str,
        state: str,
        option: QStyleOptionViewItem,
    ) -> None:
        if not text:
            return
        metrics = option.fontMetrics
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width() - 10)
        width = min(inner.width(), metrics.horizontalAdvance(shown) + 10)
        chip = QRectF(inner.x(), inner.y() + top, width, line)
        painter.setFont(option.font)
        if state:
            painter.setPen(Qt.PenStyle.NoPen)
            widget = option.widget
            painter.setBrush(colours.color(f"{state}_background", widget))
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(colours.color(f"{state}_text", widget))
        else:
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(chip.adjusted(5, 0, -5, 0), Qt.AlignmentFlag.AlignVCenter, shown)
