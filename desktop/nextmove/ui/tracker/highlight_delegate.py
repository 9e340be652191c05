"""Text cells while a search is typed: the matching parts get a marker-pen background.

Installed on the text columns only while the search box holds text (see
`TrackerTable.set_highlight`): a Python `paint` costs time on every repaint, and without a
search there is nothing to mark.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from nextmove.domain.search_text import match_spans
from nextmove.ui.tracker.delegate import TrackerDelegate

Index = QModelIndex | QPersistentModelIndex
# How strongly the marker shows over the row's own background (0-255).
_MARK_ALPHA = 110


class HighlightDelegate(TrackerDelegate):
    needle = ""  # folded search text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Most cells hold no match: one data() call tells, before the style option is filled.
        text = index.data(Qt.ItemDataRole.DisplayRole)
        spans = match_spans(text, self.needle) if isinstance(text, str) and text else []
        if not spans:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        rect = rect.adjusted(3, 0, -3, 0)  # the style's own text margin
        metrics = item.fontMetrics
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        mark = QColor(item.palette.color(QPalette.ColorRole.Highlight))
        if selected:
            mark = QColor(item.palette.color(QPalette.ColorRole.HighlightedText))
        mark.setAlpha(_MARK_ALPHA)
        painter.save()
        visible = len(shown) - (1 if shown != text else 0)  # without the ellipsis
        for start, end in spans:
            if start >= visible:
                break
            end = min(end, visible)
            left = rect.x() + metrics.horizontalAdvance(text[:start])
            width = metrics.horizontalAdvance(text[start:end])
            painter.fillRect(QRect(left, rect.y() + 3, width, rect.height() - 6), mark)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(item.palette.color(role))
        painter.setFont(item.font)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(align), shown)
        painter.restore()
