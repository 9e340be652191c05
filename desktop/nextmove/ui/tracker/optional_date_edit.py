"""A date field that may be empty: a calendar picker plus a clear button.

Qt's QDateEdit always holds a date; an application often has none yet (no next action, not
applied), so the lowest date stands for "no date" and shows as a dash.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from nextmove.domain.application import EARLIEST_DATE


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


_NULL = _qdate(EARLIEST_DATE - timedelta(days=1))
_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
_STEP_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


def _reaches(event: QEvent) -> bool:
    """A click, an arrow key or a typed digit: the person wants a date here."""
    if event.type() == QEvent.Type.MouseButtonPress:
        return True
    if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
        return event.key() in _STEP_KEYS or event.text().isdigit()
    return False


class OptionalDateEdit(QWidget):
    # The value changed (to a date or to None).
    valueChanged = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd MMM yyyy")
        self.date_edit.setMinimumDate(_NULL)
        self.date_edit.setSpecialValueText("—")
        self.date_edit.setDate(_NULL)
        self.date_edit.installEventFilter(self)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setEnabled(False)
        self.setFocusProxy(self.date_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.clear_button)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)

    def value(self) -> date | None:
        current = self.date_edit.date()
        day = current.toPython()
        return day if isinstance(day, date) and current != _NULL else None

    def set_value(self, value: date | None) -> None:
        self.date_edit.setDate(_NULL if value is None else _qdate(value))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.date_edit:
            return super().eventFilter(watched, event)
        # Qt's date edit spends Tab on moving between day, month and year; an empty field
        # shows a dash with no sections, so Tab would stay in it forever. This widget takes
        # the key instead: it moves the focus on, or (as a table's editor) lets the table's
        # delegate, which watches this widget, commit and move to the next cell.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self.value() is None
        ):
            QCoreApplication.sendEvent(self, event)
            return True
        # An empty field starts at today when someone reaches for it, not in 1989.
        if self.date_edit.date() == _NULL and _reaches(event):
            self.date_edit.setDate(_qdate(self._today))
        # Qt mistakes a click on the text of a calendar-popup date edit for its "step down"
        # button (the two sub-control values coincide) and moves the date back a day: such a
        # click only focuses the field here; the arrow still opens the calendar.
        if (
            isinstance(event, QMouseEvent)
            and event.type() in _PRESSES
            and not self._on_arrow(event.position().toPoint())
        ):
            self.date_edit.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _on_arrow(self, pos: QPoint) -> bool:
        option = QStyleOptionComboBox()
        option.initFrom(self.date_edit)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        hit = self.date_edit.style().hitTestComplexControl(
            QStyle.ComplexControl.CC_ComboBox, option, pos, self.date_edit
        )
        return hit == QStyle.SubControl.SC_ComboBoxArrow

    def _on_clear_button_clicked(self) -> None:
        self.set_value(None)

    def _on_date_edit_date_changed(self, _day: QDate) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        self.valueChanged.emit(self.value())
