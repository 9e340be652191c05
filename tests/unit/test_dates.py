"""Typed dates are read the way a person means them, and every display format reads back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nextmove.domain.date_locale import (
    ISO_PATTERN,
    DateLocale,
    format_date,
    medium_from_long,
    numeric_order,
)
from nextmove.domain.dates import DateInputError, parse_date

TODAY = date(2026, 12, 4)  # a Friday

GB = DateLocale(short_pattern="dd/MM/yyyy", medium_pattern="dd MMM yyyy")
US = DateLocale(short_pattern="M/d/yy", medium_pattern="MMM d, yyyy")
GERMAN_MONTHS = (
    ("Januar", "Jan."),
    ("Februar", "Feb."),
    ("März", "Mär."),
    ("April", "Apr."),
    ("Mai", "Mai"),
    ("Juni", "Juni"),
    ("Juli", "Juli"),
    ("August", "Aug."),
    ("September", "Sept."),
    ("Oktober", "Okt."),
    ("November", "Nov."),
    ("Dezember", "Dez."),
)
GERMAN_DAYS = (
    ("Montag", "Mo."),
    ("Dienstag", "Di."),
    ("Mittwoch", "Mi."),
    ("Donnerstag", "Do."),
    ("Freitag", "Fr."),
    ("Samstag", "Sa."),
    ("Sonntag", "So."),
)
DE = DateLocale(GERMAN_MONTHS, GERMAN_DAYS, "dd.MM.yy", "dd. MMM yyyy")

EVERY_LOCALE = {"en_GB": GB, "en_US": US, "de_DE": DE}
DISPLAY_PATTERNS = (
    "d MMM yyyy",
    "dd/MM/yyyy",
    "MM/dd/yyyy",
    "dd.MM.yyyy",
    ISO_PATTERN,
    "MMM d, yyyy",
    "dd. MMM yyyy",
    "dddd d MMMM yyyy",
    "ddd, d MMM yyyy",
)

READS = [
    # The issue's own examples.
    ("03 Oct 2026", GB, date(2026, 10, 3)),
    ("20 Nov 2026", GB, date(2026, 11, 20)),
    ("2026-11-20", GB, date(2026, 11, 20)),
    ("2026-11-20", US, date(2026, 11, 20)),
    ("3 Oct", GB, date(2026, 10, 3)),
    ("Oct 3 2026", GB, date(2026, 10, 3)),
    ("Oct 3, 2026", US, date(2026, 10, 3)),
    # Day-month-year with / . - in a day-first locale, and the short format of each locale.
    ("20/11/2026", GB, date(2026, 11, 20)),
    ("20.11.2026", GB, date(2026, 11, 20)),
    ("20-11-2026", GB, date(2026, 11, 20)),
    ("20/11/26", GB, date(2026, 11, 20)),
    ("03/04/2026", GB, date(2026, 4, 3)),
    ("03/04/2026", US, date(2026, 3, 4)),
    ("11/20/26", US, date(2026, 11, 20)),
    ("20/11/2026", US, date(2026, 11, 20)),  # month 20 does not exist: day first
    ("20.11.26", DE, date(2026, 11, 20)),
    ("3/10", GB, date(2026, 10, 3)),
    # Month names in English and in the locale's language, any case, with or without dots.
    ("3 october 2026", GB, date(2026, 10, 3)),
    ("3rd October", GB, date(2026, 10, 3)),
    ("3-Oct-2026", GB, date(2026, 10, 3)),
    ("3. Okt. 2026", DE, date(2026, 10, 3)),
    ("3 März 2026", DE, date(2026, 3, 3)),
    ("3 marz", DE, date(2026, 3, 3)),
    ("12. Dezember", DE, date(2026, 12, 12)),
    ("Dec 1 2026", DE, date(2026, 12, 1)),
    ("2026 Nov 20", GB, date(2026, 11, 20)),
    ("Fri 20 Nov 2026", GB, date(2026, 11, 20)),
    ("20261120", GB, date(2026, 11, 20)),
    # Words and offsets.
    ("today", GB, TODAY),
    ("  Today ", GB, TODAY),
    ("yesterday", GB, TODAY - timedelta(days=1)),
    ("tomorrow", US, TODAY + timedelta(days=1)),
    ("+3d", GB, TODAY + timedelta(days=3)),
    ("+3", GB, TODAY + timedelta(days=3)),
    ("-2w", GB, TODAY - timedelta(weeks=2)),
    ("+ 2 weeks", GB, TODAY + timedelta(weeks=2)),
    ("+1m", GB, date(2027, 1, 4)),
    ("-1y", GB, date(2025, 12, 4)),
    # Weekdays: the next one (never today), "last" the previous one.
    ("friday", GB, date(2026, 12, 11)),
    ("Mon", GB, date(2026, 12, 7)),
    ("next tuesday", GB, date(2026, 12, 8)),
    ("last friday", GB, date(2026, 11, 27)),
    ("Mittwoch", DE, date(2026, 12, 9)),
    ("", GB, None),
    ("   ", GB, None),
]


@pytest.mark.parametrize(("text", "names", "expected"), READS)
def test_typed_text_reads_as_the_date_meant(text: str, names: DateLocale, expected: date) -> None:
    assert parse_date(text, TODAY, names) == expected


REFUSED = [
    ("31/02/2026", GB),
    ("31/02/2026", US),
    ("13/13/2026", GB),
    ("13/13/2026", US),
    ("11/20/2026", GB),  # month-first in a day-first locale: refused, never guessed
    ("30 Feb 2026", GB),
    ("Oct", GB),
    ("3 Foo 2026", GB),
    ("soon", GB),
    ("1/2/3", GB),
    ("20/11/202", GB),
    ("+3q", GB),
    ("1/1/3000", GB),
    ("32.1.2026", DE),
    ("2026-13-01", GB),
]


@pytest.mark.parametrize(("text", "names"), REFUSED)
def test_impossible_or_unclear_text_is_refused_in_words(text: str, names: DateLocale) -> None:
    with pytest.raises(DateInputError) as refusal:
        parse_date(text, TODAY, names)
    message = str(refusal.value)
    assert message.endswith(".")
    assert "Traceback" not in message
    assert len(message) < 90


def test_two_digit_years_mean_the_nearest_such_year() -> None:
    assert parse_date("1 Jan 99", TODAY, GB) == date(1999, 1, 1)
    assert parse_date("1/1/45", TODAY, GB) == date(2045, 1, 1)
    assert parse_date("1/1/47", TODAY, GB) == date(1947, 1, 1)


def test_the_display_format_order_comes_first() -> None:
    assert parse_date("11/05/2026", TODAY, GB, "MM/dd/yyyy") == date(2026, 11, 5)
    assert parse_date("11/05/2026", TODAY, GB) == date(2026, 5, 11)


def test_medium_formats_of_common_locales() -> None:
    assert medium_from_long("dddd, d MMMM yyyy", "dd/MM/yyyy") == "dd MMM yyyy"
    assert medium_from_long("dddd, MMMM d, yyyy", "M/d/yy") == "MMM d, yyyy"
    assert medium_from_long("dddd, d. MMMM yyyy", "dd.MM.yy") == "dd. MMM yyyy"
    assert format_date(date(2026, 11, 20), "MMM d, yyyy", US) == "Nov 20, 2026"
    assert format_date(date(2026, 10, 3), "dd. MMM yyyy", DE) == "03. Okt. 2026"
    assert numeric_order("yyyy-MM-dd") == "ymd"
    assert numeric_order("hh:mm") is None


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    day=days,
    pattern=st.sampled_from(DISPLAY_PATTERNS),
    locale=st.sampled_from(sorted(EVERY_LOCALE)),
)
def test_every_display_format_reads_back_to_the_same_day(
    day: date, pattern: str, locale: str
) -> None:
    names = EVERY_LOCALE[locale]
    shown = format_date(day, pattern, names)
    assert parse_date(shown, TODAY, names, pattern) == day


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=24), locale=st.sampled_from(sorted(EVERY_LOCALE)))
def test_any_text_is_a_date_or_one_clear_refusal(text: str, locale: str) -> None:
    message = ""
    try:
        result = parse_date(text, TODAY, EVERY_LOCALE[locale])
    except DateInputError as refusal:
        message = str(refusal)
        result = None
    assert result is None or isinstance(result, date)
    assert result is not None or message or not text.strip()


@settings(max_examples=200, deadline=None)
@given(offset=st.integers(-400, 400), today=days)
def test_offsets_count_from_the_injected_today(offset: int, today: date) -> None:
    text = f"{offset:+d}d"
    assert parse_date(text, today) == today + timedelta(days=offset)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("heute", 0),
        ("Morgen", 1),
        ("übermorgen", 2),
        ("gestern", -1),
        ("aujourd'hui", 0),
        ("Aujourd’hui", 0),
        ("demain", 1),
        ("hier", -1),
        ("après-demain", 2),
        ("hoy", 0),
        ("mañana", 1),
        ("pasado  mañana", 2),
        ("ayer", -1),
    ],
)
def test_the_shipped_languages_words_for_days_are_understood(text: str, days: int) -> None:
    # Typed in German, French or Spanish whatever language the app shows.
    assert parse_date(text, TODAY, GB) == TODAY + timedelta(days=days)


def _days(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, name[:3] + ".") for name in names)


FR = DateLocale(
    GERMAN_MONTHS,  # only the weekdays matter here
    _days("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "dd/MM/yyyy",
    "d MMM yyyy",
)
ES = DateLocale(
    GERMAN_MONTHS,
    _days("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "d/M/yy",
    "d MMM yyyy",
)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("letzten Freitag", DE, date(2026, 11, 27)),
        ("nächsten Montag", DE, date(2026, 12, 7)),
        ("vendredi dernier", FR, date(2026, 11, 27)),
        ("el viernes pasado", ES, date(2026, 11, 27)),
        ("lunes próximo", ES, date(2026, 12, 7)),
    ],
)
def test_last_and_next_weekday_in_the_shipped_languages(
    text: str, names: DateLocale, expected: date
) -> None:
    assert parse_date(text, TODAY, names) == expected
