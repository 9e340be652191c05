"""The one date format on screen: the OS locale's medium format unless the person chose another.

Like QLocale's default locale, the display format is one per process: every view writes its
dates through `date_display()`, and a change of preference (`set_format`) emits `changed` so
open views redraw. The names and formats come from the default QLocale (QLocale.setDefault).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QObject, Signal

from nextmove.domain.date_locale import DateLocale, format_date, medium_from_long
from nextmove.domain.dates import DateReader
from nextmove.domain.preferences import SYSTEM_DATE_FORMAT

# The formats offered in Preferences besides the system one (shown as examples of today).
CHOICES: tuple[str, ...] = ("d MMM yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "yyyy-MM-dd")


def locale_names(locale: QLocale | None = None) -> DateLocale:
    """Month and weekday names and the short and medium formats of a Qt locale."""
    locale = locale or QLocale()
    long_, short_ = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat

    def names(
        plain: Callable[[int, QLocale.FormatType], str],
        standalone: Callable[[int, QLocale.FormatType], str],
        count: int,
    ) -> tuple[tuple[str, ...], ...]:
        """Every distinct long and short, plain and standalone name of 1..count."""
        return tuple(
            tuple(
                dict.fromkeys(f(i, form) for f in (plain, standalone) for form in (long_, short_))
            )
            for i in range(1, count + 1)
        )

    months = names(locale.monthName, locale.standaloneMonthName, 12)
    weekdays = names(locale.dayName, locale.standaloneDayName, 7)
    short_pattern = locale.dateFormat(short_)
    return DateLocale(
        months=months,
        weekdays=weekdays,
        short_pattern=short_pattern,
        medium_pattern=medium_from_long(locale.dateFormat(long_), short_pattern),
    )


class DateDisplay(QObject):
    # The format or the locale changed: views that show dates redraw.
    changed = Signal()

    def __init__(self, choice: str = SYSTEM_DATE_FORMAT) -> None:
        super().__init__()
        self._choice = choice or SYSTEM_DATE_FORMAT
        self._names: DateLocale | None = None
        self._locale_name = ""

    def choice(self) -> str:
        """SYSTEM_DATE_FORMAT or the chosen pattern."""
        return self._choice

    def set_format(self, choice: str) -> None:
        choice = choice or SYSTEM_DATE_FORMAT
        if choice != self._choice:
            self._choice = choice
            self.changed.emit()

    def names(self) -> DateLocale:
        # QLocale.setDefault may change between calls (tests, a locale switch): follow it.
        name = QLocale().name()
        if self._names is None or name != self._locale_name:
            self._names = locale_names()
            self._locale_name = name
        return self._names

    def pattern(self) -> str:
        if self._choice == SYSTEM_DATE_FORMAT:
            return self.names().medium_pattern
        return self._choice

    def format(self, day: date | None) -> str:
        """A date as the person reads dates; "" for none."""
        return "" if day is None else format_date(day, self.pattern(), self.names())

    def format_iso(self, iso: str | None) -> str:
        """A stored ISO date (or timestamp) as the person reads dates."""
        if not iso:
            return ""
        try:
            return self.format(date.fromisoformat(iso[:10]))
        except ValueError:
            return iso

    def example(self, choice: str, today: date) -> str:
        """Today written in `choice` (for the Preferences list)."""
        pattern = self.names().medium_pattern if choice == SYSTEM_DATE_FORMAT else choice
        return format_date(today, pattern, self.names())

    def reader(self) -> DateReader:
        return DateReader(self.names(), self.pattern())


_DISPLAY: DateDisplay | None = None


def date_display() -> DateDisplay:
    """The process's date display (created on first use with the system format)."""
    global _DISPLAY
    if _DISPLAY is None:
        _DISPLAY = DateDisplay()
    return _DISPLAY


def format_day(day: date | None) -> str:
    return date_display().format(day)
