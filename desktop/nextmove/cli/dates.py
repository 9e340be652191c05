"""Dates in the command line's human output, in the person's chosen format.

The window and the command line read the same preference (`display/date_format` in
settings.ini). "System" means the operating system's medium format: the command line takes the
order of day, month and year from the C library's locale (LC_TIME) and writes month names in
English, since it has no Qt to ask for translated ones. Machine output (CSV, --json) keeps ISO.
"""

from __future__ import annotations

import locale
from collections.abc import Callable
from datetime import date
from pathlib import Path

from nextmove.domain.date_locale import DEFAULT_MEDIUM_PATTERN, format_date
from nextmove.domain.preferences import SYSTEM_DATE_FORMAT
from nextmove.storage.preferences import load_preferences

# Medium formats by the order the locale writes numeric dates in.
_MEDIUM_BY_ORDER = {"dmy": "d MMM yyyy", "mdy": "MMM d, yyyy", "ymd": "yyyy-MM-dd"}


def system_medium_pattern() -> str:
    """The OS locale's medium format, as far as the C library tells (English names)."""
    try:
        previous = locale.setlocale(locale.LC_TIME)
        try:
            locale.setlocale(locale.LC_TIME, "")
            short = locale.nl_langinfo(locale.D_FMT)
        finally:
            locale.setlocale(locale.LC_TIME, previous)
    except (locale.Error, AttributeError, ValueError):  # no such locale, or no nl_langinfo
        return DEFAULT_MEDIUM_PATTERN
    return _MEDIUM_BY_ORDER.get(strftime_order(short), DEFAULT_MEDIUM_PATTERN)


def strftime_order(short: str) -> str:
    """ "dmy", "mdy" or "ymd" from a strftime pattern such as "%d/%m/%Y"; "" when unclear."""
    positions = {key: short.find(f"%{code}") for key, code in (("d", "d"), ("m", "m"))}
    year = max(short.find("%Y"), short.find("%y"))
    if min(positions.values()) < 0 or year < 0:
        return ""
    return "".join(sorted("dmy", key=lambda k: year if k == "y" else positions[k]))


def day_writer(data_dir: Path) -> Callable[[date], str]:
    """A function writing a date as the person reads dates in the window."""
    choice = load_preferences(data_dir).date_format
    pattern = system_medium_pattern() if choice == SYSTEM_DATE_FORMAT else choice
    return lambda day: format_date(day, pattern)
