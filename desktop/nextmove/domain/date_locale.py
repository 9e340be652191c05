"""How dates are written in the person's language: month and weekday names, the short numeric
format, and a formatter for Qt/Unicode-style patterns ("d MMM yyyy", "MM/dd/yyyy").

Plain Python so that the window, the report, the PDF and the command line all write a date the
same way. The window fills a `DateLocale` from the operating system's locale (QLocale); the
command line uses English names with the same patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

ISO_PATTERN = "yyyy-MM-dd"
# The medium format when nothing better is known (and the command line's "system" default).
DEFAULT_MEDIUM_PATTERN = "d MMM yyyy"


@dataclass(frozen=True)
class DateLocale:
    """Names and formats of one language. Month and weekday lists hold every spelling the
    language uses (long, abbreviated, standalone), the first long and the second abbreviated,
    Monday first."""

    months: tuple[tuple[str, ...], ...] = tuple((m, m[:3]) for m in ENGLISH_MONTHS)
    weekdays: tuple[tuple[str, ...], ...] = tuple((d, d[:3]) for d in ENGLISH_WEEKDAYS)
    # The locale's short numeric format ("dd/MM/yyyy", "M/d/yy", "dd.MM.yy").
    short_pattern: str = "dd/MM/yyyy"
    # The locale's medium format ("d MMM yyyy", "MMM d, yyyy", "d. MMM yyyy").
    medium_pattern: str = DEFAULT_MEDIUM_PATTERN

    def month_name(self, month: int, *, short: bool) -> str:
        names = self.months[month - 1]
        return names[1] if short and len(names) > 1 else names[0]

    def weekday_name(self, weekday: int, *, short: bool) -> str:
        names = self.weekdays[weekday]
        return names[1] if short and len(names) > 1 else names[0]


ENGLISH = DateLocale()


def pattern_pieces(pattern: str) -> list[tuple[str, str]]:
    """("field", "dd") and ("text", " ") pieces of a pattern; 'quoted' text is literal."""
    pieces: list[tuple[str, str]] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "'":
            end = pattern.find("'", i + 1)
            end = len(pattern) if end < 0 else end
            literal = pattern[i + 1 : end]
            pieces.append(("text", "'" if literal == "" else literal))
            i = end + 1
            continue
        if ch in "dMy":
            run = i
            while run < len(pattern) and pattern[run] == ch:
                run += 1
            pieces.append(("field", pattern[i:run]))
            i = run
            continue
        pieces.append(("text", ch))
        i += 1
    return pieces


def format_date(day: date, pattern: str, names: DateLocale = ENGLISH) -> str:
    """`day` written with a Qt-style pattern (d dd ddd dddd, M MM MMM MMMM, yy yyyy)."""
    out: list[str] = []
    for kind, piece in pattern_pieces(pattern):
        if kind == "text":
            out.append(piece)
        elif piece[0] == "d":
            if len(piece) >= 4:
                out.append(names.weekday_name(day.weekday(), short=False))
            elif len(piece) == 3:
                out.append(names.weekday_name(day.weekday(), short=True))
            else:
                out.append(f"{day.day:0{len(piece)}d}")
        elif piece[0] == "M":
            if len(piece) >= 4:
                out.append(names.month_name(day.month, short=False))
            elif len(piece) == 3:
                out.append(names.month_name(day.month, short=True))
            else:
                out.append(f"{day.month:0{len(piece)}d}")
        elif len(piece) == 2:
            out.append(f"{day.year % 100:02d}")
        else:
            out.append(f"{day.year:04d}")
    return "".join(out)


def numeric_order(pattern: str) -> str | None:
    """ "dmy", "mdy" or "ymd": the order of day, month and year in a pattern, or None when the
    pattern lacks one of them."""
    order = ""
    for kind, piece in pattern_pieces(pattern):
        if kind == "field" and piece[0] not in order:
            order += piece[0]
    order = order.lower()
    return order if sorted(order) == ["d", "m", "y"] else None


def medium_from_long(long_pattern: str, short_pattern: str) -> str:
    """The medium format of a locale from its long one: no weekday, abbreviated month
    ("dddd, MMMM d, yyyy" -> "MMM d, yyyy"); the day keeps the short format's zero padding."""
    padded = ("field", "dd") in pattern_pieces(short_pattern)
    kept: list[tuple[str, str]] = []
    after_weekday = False
    for kind, piece in pattern_pieces(long_pattern):
        if kind == "field" and piece.startswith("ddd"):
            after_weekday = True
            continue
        if after_weekday and kind == "text" and not piece.strip(" ,"):
            continue
        after_weekday = False
        if kind == "field" and piece.startswith("MMM"):
            piece = "MMM"
        elif kind == "field" and piece == "d" and padded:
            piece = "dd"
        kept.append((kind, piece))
    while kept and kept[-1][0] == "text" and not kept[-1][1].strip(" ,"):
        kept.pop()
    medium = "".join(piece if kind == "field" else _quote(piece) for kind, piece in kept)
    return medium if numeric_order(medium) else DEFAULT_MEDIUM_PATTERN


def _quote(text: str) -> str:
    if any(ch.isalpha() or ch == "'" for ch in text):
        return "'" + text.replace("'", "''") + "'"
    return text
