"""The one date field of the app: type a date freely, see what it will be read as, or pick it
from a calendar.

The text entry is a QLineEdit named `<field name>_text`. While typing, a line under the field
(or, inside a table cell, a small tip under the cell) says which date the text will be read as,
or why it cannot be read; leaving the field writes the date in the display format. Text that is
not one clear date changes nothing. An optional field can be emptied (clear button or empty
text); `value()` is then None.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.application import EARLIEST_DATE
from nextmove.domain.dates import DateInputError
from nextmove.ui import palette
from nextmove.ui.date_display import date_display
from nextmove.ui.widgets.calendar_popup import CalendarPopup

_ERROR_STYLE = "color: {error};"  # palette.styled() templates
_HINT_STYLE = "color: palette(placeholder-text);"
# Inside a table the line floats over the rows below: it needs its own frame and background.
_TIP_FRAME = (
    "QLabel {{{{ {colour} background: palette(tool-tip-base); border: 1px solid palette(mid);"
    " padding: 2px 5px; }}}}"
)
_COMMIT_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab})


# `date` is also a method name below (QDateEdit's), so annotations use this alias.
Day = date


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QWidget):
    # The date was set (typed and left, picked, cleared or set by code): a date or None.
    valueChanged = Signal(object)

    def __init__(
        self,
        today: Day | Callable[[], Day],
        parent: QWidget | None = None,
        *,
        optional: bool = True,
        compact: bool = False,
        minimum: Day = EARLIEST_DATE,
        maximum: Day | None = None,
        maximum_message: str = "",
    ) -> None:
        super().__init__(parent)
        self._today = today if callable(today) else (lambda: today)
        self._optional = optional
        self._compact = compact
        self._minimum = minimum
        self._maximum = maximum
        self._maximum_message = maximum_message or self.tr("That date is in the future.")
        self._value: Day | None = None if optional else self._today()

        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("e.g. 20 Nov 2026, today, +3d"))
        self.text_edit.installEventFilter(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Choose from a calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setVisible(optional)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(not compact)
        if compact:  # a tip under the table cell, above the rows below
            self.hint.setWindowFlags(Qt.WindowType.ToolTip)
        self.hint.hide()
        self._popup: CalendarPopup | None = None
        self.setFocusProxy(self.text_edit)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        if not compact:
            layout.addWidget(self.hint)

        self.text_edit.textEdited.connect(self._on_text_edit_text_edited)
        self.text_edit.editingFinished.connect(self._on_text_edit_editing_finished)
        self.calendar_button.clicked.connect(self._on_calendar_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        date_display().changed.connect(self._on_display_changed)
        self._show_value()

    # -- what forms call -----------------------------------------------------------------------

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.text_edit.setObjectName(f"{name}_text")
        self.calendar_button.setObjectName(f"{name}_calendar_button")
        self.clear_button.setObjectName(f"{name}_clear")
        self.hint.setObjectName(f"{name}_hint")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.text_edit.setAccessibleName(name)

    def value(self) -> Day | None:
        """The date the text stands for now, or the last good one while the text is unclear."""
        try:
            return self._read(self.text_edit.text())
        except DateInputError:
            return self._value

    def set_value(self, value: Day | None) -> None:
        if value is None and not self._optional:
            value = self._today()
        self._value = value
        self._show_value()
        self.valueChanged.emit(value)

    def clear(self) -> None:
        self.set_value(None)

    def error(self) -> str:
        """Why the typed text cannot be used ('' when it can)."""
        try:
            self._read(self.text_edit.text())
        except DateInputError as refusal:
            return str(refusal)
        return ""

    def check(self) -> bool:
        """True when the text is a usable date; otherwise the reason shows under the field."""
        problem = self.error()
        if problem:
            self._set_hint(problem, error=True)
        return not problem

    def set_maximum(self, maximum: Day | None, message: str = "") -> None:
        self._maximum = maximum
        if message:
            self._maximum_message = message

    def today(self) -> Day:
        return self._today()

    # QDateEdit's names, for code written against it.
    def date(self) -> QDate:
        return _qdate(self.value() or self._today())

    def setDate(self, day: QDate) -> None:
        picked = day.toPython()
        if isinstance(picked, Day):
            self.set_value(picked)

    # -- reading -------------------------------------------------------------------------------

    def _read(self, text: str) -> Day | None:
        day = date_display().reader().parse(text, self._today())
        if day is None:
            if not self._optional:
                raise DateInputError(self.tr("Enter a date."))
            return None
        if day < self._minimum:
            raise DateInputError(self.tr("That date is too far in the past."))
        if self._maximum is not None and day > self._maximum:
            raise DateInputError(self._maximum_message)
        return day

    def _show_value(self) -> None:
        self.text_edit.setText(date_display().format(self._value))
        self.clear_button.setEnabled(self._value is not None)
        self._set_hint("", error=False)

    def _set_hint(self, text: str, *, error: bool) -> None:
        self.hint.setText(text)
        colour = (
            _ERROR_STYLE
            if error
            else ("color: palette(tool-tip-text);" if self._compact else _HINT_STYLE)
        )
        palette.styled(self.hint, _TIP_FRAME.format(colour=colour) if self._compact else colour)
        self.text_edit.setToolTip(text if error else "")
        self.text_edit.setAccessibleDescription(text)  # screen readers hear the reading too
        if not text:
            self.hint.hide()
            return
        if self._compact:
            self.hint.adjustSize()
            self.hint.move(self.mapToGlobal(QPoint(0, self.height())))
        self.hint.show()

    def _commit(self) -> bool:
        """Take the typed text as the value; False (and the reason shown) when it is unclear."""
        try:
            day = self._read(self.text_edit.text())
        except DateInputError as refusal:
            self._set_hint(str(refusal), error=True)
            return False
        changed = day != self._value
        self._value = day
        self._show_value()
        if changed:
            self.valueChanged.emit(day)
        return True

    # -- events --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._on_key(event)
        ):
            return True
        if watched is self.text_edit and event.type() == QEvent.Type.FocusOut and self._compact:
            self.hint.hide()
        return super().eventFilter(watched, event)

    def _on_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self._on_calendar_button_clicked()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.error():
            step = 1 if key == Qt.Key.Key_Up else -1
            self._step_to((self.value() or self._today()) + timedelta(days=step))
            return True
        if key in _COMMIT_KEYS and self.error():
            # Unclear text stays, with the reason, until fixed or Escape.
            self._set_hint(self.error(), error=True)
            return True
        if self._compact and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # In a table cell the table's delegate (watching this widget) commits and moves on.
            self._commit()
            QCoreApplication.sendEvent(self, event)
            return True
        return False

    def _step_to(self, day: Day) -> None:
        if day < self._minimum or (self._maximum is not None and day > self._maximum):
            return
        self.set_value(day)

    def _on_text_edit_text_edited(self, text: str) -> None:
        try:
            day = self._read(text)
        except DateInputError as refusal:
            self._set_hint(str(refusal), error=True)
            return
        if day is None or text.strip() == date_display().format(day):
            self._set_hint("", error=False)
            return
        names = date_display().names()
        weekday = names.weekday_name(day.weekday(), short=self._compact)
        shown = f"{weekday} {date_display().format(day)}"
        self._set_hint(self.tr("Reads as {date}").format(date=shown), error=False)

    def _on_text_edit_editing_finished(self) -> None:
        self._commit()

    def _on_calendar_button_clicked(self) -> None:
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.setObjectName(f"{self.objectName()}_calendar")
            self._popup.picked.connect(self._on_popup_picked)
        self._popup.calendar.setMinimumDate(_qdate(self._minimum))
        if self._maximum is not None:
            self._popup.calendar.setMaximumDate(_qdate(self._maximum))
        self._popup.show_at(self.value() or self._today(), self._anchor())

    def _anchor(self) -> QRect:
        top_left = self.text_edit.mapToGlobal(QPoint(0, 0))
        return QRect(top_left, self.text_edit.size())

    def _on_popup_picked(self, day: Day) -> None:
        self.set_value(day)
        self.text_edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _on_clear_button_clicked(self) -> None:
        self.set_value(None)
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_display_changed(self) -> None:
        if not self.error():
            self._show_value()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._compact:
            self.hint.hide()
        super().hideEvent(event)
