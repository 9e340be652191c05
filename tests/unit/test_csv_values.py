"""Dates, statuses and histories as people type them into spreadsheets."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextmove.domain.csv_values import (
    CellValueError,
    HistoryEntry,
    format_history,
    parse_date,
    parse_history,
    parse_status,
)
from nextmove.domain.status import EventKind, Status


@pytest.mark.parametrize(
    "text",
    [
        "2026-10-03",
        "2026/10/03",
        "2026-10-03T09:30:00",
        "03/10/2026",
        "3/10/2026",
        "3.10.2026",
        "03-10-26",
        "3 Oct 2026",
        "3rd October 2026",
        "Oct 3, 2026",
        "October 3 2026",
        "Sat, 3 Oct 2026",
        "3-Oct-2026",
    ],
)
def test_dates_are_read_in_common_spellings_day_before_month(text: str) -> None:
    assert parse_date(text) == date(2026, 10, 3)


def test_an_empty_cell_has_no_date() -> None:
    assert parse_date("  ") is None


@pytest.mark.parametrize("text", ["31/02/2026", "2026-13-01", "soon", "3 Smarch 2026", "10/2026"])
def test_impossible_dates_are_named_in_the_message(text: str) -> None:
    with pytest.raises(CellValueError, match=f"'{text}' is not a date"):
        parse_date(text)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_iso_and_day_month_year_agree(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(day.strftime("%d %b %Y")) == day


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Interview", Status.INTERVIEWING),
        ("2nd interview", Status.INTERVIEWING),
        ("Rejected", Status.REJECTED),
        ("rejected after interview", Status.REJECTED),
        ("No response", Status.GHOSTED),
        ("no-reply", Status.GHOSTED),
        ("Phone Screen", Status.SCREENING),
        ("Offer received", Status.OFFER),
        ("Offer accepted", Status.ACCEPTED),
        ("Offer declined", Status.WITHDRAWN),
        ("Submitted", Status.APPLIED),
        ("Wish list", Status.WISHLIST),
        ("Take-home", Status.INTERVIEWING),
        ("Maybe?", None),
    ],
)
def test_statuses_are_matched_leniently(text: str, status: Status | None) -> None:
    assert parse_status(text) is status


def test_every_status_label_reads_back_as_itself() -> None:
    for status in Status:
        assert parse_status(status.label) is status


def test_a_history_cell_is_readable_and_parses_back() -> None:
    entries = [
        HistoryEntry(EventKind.APPLIED, date(2026, 10, 1)),
        HistoryEntry(EventKind.INTERVIEW, date(2026, 10, 9), 1, "went well; asked about Rust"),
    ]
    text = format_history(entries)
    assert text == (
        "2026-10-01 applied; 2026-10-09 interview (round 1): went well\\; asked about Rust"
    )
    assert parse_history(text) == entries


def test_a_typed_history_with_labels_is_accepted() -> None:
    assert parse_history("2026-10-01 Applied; 2026-10-02 Screening call: with Ann") == [
        HistoryEntry(EventKind.APPLIED, date(2026, 10, 1)),
        HistoryEntry(EventKind.SCREEN, date(2026, 10, 2), None, "with Ann"),
    ]


def test_a_bad_history_entry_is_named() -> None:
    with pytest.raises(CellValueError, match="'yesterday applied' is not a timeline entry"):
        parse_history("2026-10-01 applied; yesterday applied")


_NOTES = st.text(st.characters(exclude_categories=["Cs"])).map(str.strip)


@given(
    st.lists(
        st.builds(
            HistoryEntry,
            st.sampled_from(list(EventKind)),
            st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
            st.none() | st.integers(1, 20),
            _NOTES,
        )
    )
)
def test_any_history_round_trips(entries: list[HistoryEntry]) -> None:
    assert parse_history(format_history(entries)) == entries
