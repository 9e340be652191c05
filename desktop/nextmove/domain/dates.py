"""Read a date the way a person types it.

Accepted: ISO (`2026-11-20`), numeric dates with `/ . -` or spaces in the display format's order,
then the locale's short order, then day-month-year; month names and abbreviations in English and
in the locale's language (`3 Oct`, `Oct 3 2026`, `3. Okt. 2026`); `today`, `yesterday`,
`tomorrow` (and `heute`, `demain`, `mañana`…: the shipped languages' words); `+3d`, `-2w`,
`+1m`, `+1y`; weekday names (the next one; `last friday`, `letzten Freitag`, `vendredi
dernier`, `el viernes pasado` the previous).
Anything impossible or unclear raises `DateInputError` with one sentence for the person.
`today` is always passed in: nothing here reads the clock.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from nextmove.domain.date_locale import (
    ENGLISH,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    DateLocale,
    numeric_order,
    pattern_pieces,
)

# Years a person can mean; anything else is a typo.
MIN_YEAR = 1900
MAX_YEAR = 2199

_RELATIVE = re.compile(r"^([+-])\s*(\d{1,4})\s*([a-z]*)$")
_UNITS = {
    "": "d",
    "d": "d",
    "day": "d",
    "days": "d",
    "w": "w",
    "wk": "w",
    "week": "w",
    "weeks": "w",
    "m": "m",
    "mo": "m",
    "month": "m",
    "months": "m",
    "y": "y",
    "yr": "y",
    "year": "y",
    "years": "y",
}
_WORDS = {
    "today": 0, "now": 0, "tod": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1, "tmr": 1,
    # The shipped languages' words, understood whatever the app's language (none is English).
    "heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2,
    "aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "demain": 1, "avant-hier": -2,
    "après-demain": 2,
    "hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "pasado mañana": 2,
}  # fmt: skip
# "next friday" / "last friday", and the same in the shipped languages (before or after).
_NEXT = frozenset({"next", "this", "nächsten", "nächster", "kommenden", "prochain", "próximo"})
_LAST = frozenset({"last", "previous", "letzten", "letzter", "vorigen", "dernier", "pasado"})
# Words around a date that add nothing ("the 3rd of October", "le 3 octobre").
_FILLER = frozenset({"of", "de", "the", "den", "le", "el", "del", "年", "月", "日"})
_SUFFIXES = frozenset({"st", "nd", "rd", "th", "er", "e"})
_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th|er|e|\.)$")
_SPLIT = re.compile(r"[\s,/.\-]+")
# The digits/letters boundary ("3oct", "2026年11月20日") splits too.
_PIECES = re.compile(r"\d+|[^\W\d_]+")


class DateInputError(ValueError):
    """Typed text that is not one clear date; the message is for the person."""


@dataclass(frozen=True)
class DateReader:
    """Reads typed dates for one locale and one display format."""

    names: DateLocale = ENGLISH
    # The format dates are shown in: its numeric order is tried first ("MM/dd/yyyy").
    display_pattern: str = ""

    def parse(self, text: str, today: date) -> date | None:
        """The date `text` stands for; None for an empty text."""
        return parse_date(text, today, self.names, self.display_pattern)


def _fold(text: str) -> str:
    """Lower case without accents or trailing dots: "Mär." and "mar" compare alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip(".")


def _name_table(groups: tuple[tuple[str, ...], ...], english: tuple[str, ...]) -> dict[str, int]:
    table: dict[str, int] = {}
    for index, spellings in enumerate(groups):
        for name in (*spellings, english[index], english[index][:3]):
            folded = _fold(name)
            if folded:
                table.setdefault(folded, index)
    return table


def _lookup(word: str, table: dict[str, int]) -> int | None:
    """The index of the name `word` is, or abbreviates (3 letters at least); None if unknown
    or if it could be more than one."""
    folded = _fold(word)
    if folded in table:
        return table[folded]
    if len(folded) < 3:
        return None
    found = {index for name, index in table.items() if name.startswith(folded)}
    return found.pop() if len(found) == 1 else None


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateInputError("That date is too far away.")
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _relative(text: str, today: date) -> date | None:
    match = _RELATIVE.match(text)
    if match is None:
        return None
    sign, amount, unit = match.groups()
    kind = _UNITS.get(unit)
    if kind is None:
        raise DateInputError("Use d, w, m or y after the number, as in +3d or -2w.")
    n = int(amount) * (1 if sign == "+" else -1)
    try:
        if kind == "d":
            return today + timedelta(days=n)
        if kind == "w":
            return today + timedelta(weeks=n)
    except OverflowError:
        raise DateInputError("That date is too far away.") from None
    return _add_months(today, n if kind == "m" else 12 * n)


def _weekday(words: list[str], today: date, names: DateLocale) -> date | None:
    direction = 1
    words = [w for w in words if w not in ("el", "le", "am")]  # "el viernes pasado"
    if len(words) == 2 and (words[0] in _NEXT | _LAST or words[1] in _NEXT | _LAST):
        direction = -1 if words[0] in _LAST or words[1] in _LAST else 1
        words = [w for w in words if w not in _NEXT | _LAST]
    if len(words) != 1:
        return None
    index = _lookup(words[0], _name_table(names.weekdays, ENGLISH_WEEKDAYS))
    if index is None:
        return None
    if direction > 0:
        return today + timedelta(days=(index - today.weekday()) % 7 or 7)
    return today - timedelta(days=(today.weekday() - index) % 7 or 7)


def _year(token: str, today: date) -> int:
    if len(token) == 4:
        return int(token)
    if len(token) == 2:
        # The nearest such year: at most 80 years back, 19 ahead ("26" is 2026, "99" 1999).
        year = today.year - today.year % 100 + int(token)
        if year > today.year + 19:
            year -= 100
        elif year < today.year - 80:
            year += 100
        return year
    raise DateInputError("Write the year with 4 digits, as in 2026.")


def _build(year: int, month: int, day: int) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateInputError("That year looks wrong: write it with 4 digits, as in 2026.")
    if not 1 <= month <= 12:
        raise DateInputError("There is no month {month}.".replace("{month}", str(month)))
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError("That day does not exist in that month.") from None


def _numeric(parts: list[str], today: date, orders: list[str]) -> date:
    if len(parts) == 1 and len(parts[0]) == 8:  # 20261120
        token = parts[0]
        parts = [token[:4], token[4:6], token[6:]]
    if len(parts) == 3 and len(parts[0]) == 4:
        return _build(int(parts[0]), int(parts[1]), int(parts[2]))
    if len(parts) not in (2, 3) or any(len(p) > 4 for p in parts):
        raise DateInputError("Type a date such as 20 Nov 2026 or 2026-11-20.")
    first: DateInputError | None = None
    for order in orders:
        fields = [c for c in order if c != "y"] if len(parts) == 2 else list(order)
        if len(parts) == 3 and fields[-1] != "y":
            continue
        values = dict(zip(fields, parts, strict=True))
        try:
            year = _year(values["y"], today) if "y" in values else today.year
            return _build(year, int(values["m"]), int(values["d"]))
        except DateInputError as error:
            first = first or error
    raise first or DateInputError("Type a date such as 20 Nov 2026 or 2026-11-20.")


def _with_month_name(words: list[str], today: date, names: DateLocale) -> date | None:
    months = _name_table(names.months, ENGLISH_MONTHS)
    weekdays = _name_table(names.weekdays, ENGLISH_WEEKDAYS)
    month: int | None = None
    numbers: list[str] = []
    for word in words:
        ordinal = _ORDINAL.match(word)
        if word.isdecimal() or ordinal:
            numbers.append(ordinal.group(1) if ordinal else word)
            continue
        index = _lookup(word, months)
        if index is not None and month is None:
            month = index + 1
        elif index is None and _lookup(word, weekdays) is not None:
            continue  # "Fri 20 Nov 2026": the weekday adds nothing
        elif _fold(word) in _FILLER or (_fold(word) in _SUFFIXES and numbers):
            continue
        else:
            return None
    if month is None:
        return None
    if not numbers:
        raise DateInputError("Add the day, as in 3 Oct.")
    if len(numbers) > 2:
        raise DateInputError("Type a date such as 20 Nov 2026 or 2026-11-20.")
    if len(numbers) == 2 and len(numbers[0]) == 4:  # 2026 Oct 3
        numbers.reverse()
    day_text = numbers[0]
    if len(day_text) > 2:
        raise DateInputError("Add the day, as in 3 Oct.")
    year = _year(numbers[1], today) if len(numbers) == 2 else today.year
    return _build(year, month, int(day_text))


def _any_of(groups: tuple[tuple[str, ...], ...]) -> str:
    spellings = sorted({s for group in groups for s in group if s}, key=len, reverse=True)
    return "|".join(re.escape(s) for s in spellings)


@lru_cache(maxsize=64)
def _pattern_regex(pattern: str, names: DateLocale) -> re.Pattern[str]:
    """A regular expression reading exactly what `format_date(…, pattern, names)` writes
    (literal text matched loosely on spaces), with named groups d, m, month and y."""

    parts: list[str] = []
    seen: set[str] = set()
    for kind, piece in pattern_pieces(pattern):
        if kind == "text":
            parts.append(r"\s*" if not piece.strip() else r"\s*" + re.escape(piece.strip()))
            continue
        field = piece[0]
        if field == "d" and len(piece) >= 3:
            parts.append(f"(?:{_any_of(names.weekdays)})")
            continue
        group = "month" if field == "M" and len(piece) >= 3 else field.lower()
        if group in seen:  # a field written twice: match the text, not a second group
            parts.append(r"\d+" if group != "month" else r"\w+\.?")
            continue
        seen.add(group)
        if group == "month":
            parts.append(f"(?P<month>{_any_of(names.months)})")
        elif group == "y":
            parts.append(r"(?P<y>\d{4})" if len(piece) >= 4 else r"(?P<y>\d{2})")
        else:
            parts.append(rf"(?P<{group}>\d{{1,2}})")
    return re.compile(r"\s*" + "".join(parts) + r"\s*", re.IGNORECASE)


def _by_pattern(text: str, today: date, names: DateLocale, patterns: list[str]) -> date | None:
    """The date, when `text` is written exactly in one of `patterns` (the display format,
    the locale's own ones): every format the app shows reads back, in any language."""
    for pattern in patterns:
        if not pattern or numeric_order(pattern) is None:
            continue
        match = _pattern_regex(pattern, names).fullmatch(text)
        if match is None:
            continue
        found = match.groupdict()
        if found.get("month") is not None:
            folded = _fold(found["month"])
            month = next(
                i + 1
                for i, group in enumerate(names.months)
                if any(_fold(s) == folded for s in group)
            )
        else:
            month = int(found["m"])
        return _build(_year(found["y"], today), month, int(found["d"]))
    return None


def _orders(names: DateLocale, display_pattern: str) -> list[str]:
    orders: list[str] = []
    for pattern in (display_pattern, names.short_pattern):
        # Only an all-numeric pattern says which number is the month.
        order = numeric_order(pattern) if pattern and "MMM" not in pattern else None
        if order and order != "ymd" and order not in orders:
            orders.append(order)
    for order in ("dmy", "mdy"):
        if order not in orders:
            orders.append(order)
    if orders[0] == "dmy":
        return ["dmy"]  # day-first people never mean month-first
    return orders[:2]


def parse_date(
    text: str, today: date, names: DateLocale = ENGLISH, display_pattern: str = ""
) -> date | None:
    """The date `text` stands for, None for empty text; DateInputError when unclear."""
    cleaned = " ".join(text.split()).casefold()
    if not cleaned:
        return None
    if cleaned in _WORDS:
        return today + timedelta(days=_WORDS[cleaned])
    exact = _by_pattern(
        text, today, names, [display_pattern, names.medium_pattern, names.short_pattern]
    )
    if exact is not None:
        return exact
    relative = _relative(cleaned.replace(" ", ""), today)
    if relative is not None:
        return relative
    words = [w for w in _SPLIT.split(cleaned) if w]
    pieces = [p for w in words for p in _PIECES.findall(w)]
    if not pieces:
        raise DateInputError("Type a date such as 20 Nov 2026 or 2026-11-20.")
    weekday = _weekday(words, today, names)
    if weekday is not None:
        return weekday
    digits = [p for p in pieces if p.isdecimal()]
    if digits and all(p.isdecimal() or _fold(p) in _FILLER for p in pieces):  # 2026年11月20日
        return _numeric(digits, today, _orders(names, display_pattern))
    found = _with_month_name(pieces, today, names)
    if found is not None:
        return found
    raise DateInputError("Type a date such as 20 Nov 2026, 2026-11-20, today or +3d.")
