"""How tracker cells look and are edited: statuses as coloured chips, the right inline editor
for each column (status list, date picker, text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from nextmove.domain.status import Status
from nextmove.ui import palette
from nextmove.ui.tracker.columns import COLUMNS, Kind, status_label
from nextmove.ui.widgets.date_field import DateField

Index = QModelIndex | QPersistentModelIndex


class TrackerDelegate(QStyledItemDelegate):
    """The inline editors of every column. It leaves painting to Qt: a Python `paint` would be
    called for every visible cell on every repaint, which is most of a search's cost."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = COLUMNS[index.column()].kind
        if kind is Kind.STATUS:
            combo = QComboBox(parent)
            combo.setObjectName("status_editor")
            combo.setAccessibleName(self.tr("Status"))
            for status in Status:
                combo.addItem(status_label(status.value), status.value)
            # A choice from the list is saved at once: no Enter needed.
            combo.activated.connect(self._on_status_editor_activated)
            return combo
        if kind is Kind.DATE:
            editor = DateField(self._today, parent, compact=True)
            editor.setObjectName("date_editor")
            editor.setAutoFillBackground(True)
            return editor
        line = QLineEdit(parent)
        line.setObjectName("text_editor")
        return line

    def _on_status_editor_activated(self, _row: int) -> None:
        editor = self.sender()
        if isinstance(editor, QComboBox):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateField):
            editor.set_value(value.toPython() if value is not None and value.isValid() else None)
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DateField):
            if editor.error():
                return  # unclear text changes nothing
            day = editor.value()
            model.setData(index, QDate(day.year, day.month, day.day) if day else None)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        if isinstance(editor, DateField):
            # Room for a typed date and the calendar and clear buttons.
            rect = rect.adjusted(0, 0, max(56, 190 - rect.width()), 0)
        editor.setGeometry(rect)
        del index


class StatusChipDelegate(TrackerDelegate):
    """The status column only: the status drawn as a coloured chip."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        # Let the style draw selection and focus, then the chip on top.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = plain.widget.style() if plain.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        text = status_label(value)
        foreground, background = palette.chip(value)
        metrics = option.fontMetrics
        rect = option.rect.adjusted(6, 0, -6, 0)
        width = min(rect.width(), metrics.horizontalAdvance(text) + 18)
        height = min(rect.height() - 6, metrics.height() + 4)
        chip = QRectF(rect.x(), rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(foreground)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
