"""A date field that may be left empty (QDateEdit alone always holds a date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

_EMPTY = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    """Shows "No date" at its minimum; `value()` is then None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(self.tr("No date"))
        self.setDate(_EMPTY)

    def value(self) -> date | None:
        current = self.date()
        if current == _EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field. QDateEdit would otherwise walk its day, month and year
        sections, and with "No date" shown it never gets past them: a keyboard trap."""
        return QWidget.focusNextPrevChild(self, next)

    def set_value(self, value: date | None) -> None:
        self.setDate(_EMPTY if value is None else QDate(value.year, value.month, value.day))
