"""A cell read back is the cell written, and no cell can run as a spreadsheet formula."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nextmove.domain.application import (
    MAX_LONG_TEXT,
    MAX_NEXT_ACTION,
    ApplicationData,
    validate_application,
)
from nextmove.domain.csv_export import BOM
from nextmove.domain.csv_format import (
    guess_mapping,
    neutralise,
    read_table,
    unneutralise,
    write_csv,
)
from nextmove.domain.csv_import import ImportIssue, convert

# Every Unicode category but surrogates (not text) and NUL (never part of a text file).
ANY_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)
TRICKY = st.text(
    st.sampled_from([" ", "\t", "\n", "\r", '"', "'", "=", "+", "-", "@", ",", ";", "\\"])
    | st.sampled_from(["\xa0", "\u3000", "\uff1d", "\ufeff", "\u200b", "a", "é", "\x1b"]),
    max_size=12,
)
CELL = ANY_TEXT | TRICKY
# Whitespace and invisible characters a spreadsheet trims before it looks for a formula.
TRIMMED = " \t\r\n\xa0\u3000\u2028\u200b\ufeff\x0b\x0c\x1c\x85"
FORMULA_STARTS = "=+-@\uff1d\uff0b\uff0d\uff20"


def _read_back(row: list[str]) -> tuple[str, ...]:
    text = BOM + write_csv(
        ["Company", "Notes", *(f"Extra {i}" for i in range(len(row)))], [["Acme", *row]]
    )
    table = read_table(text.encode("utf-8"))
    assert len(table.rows) == 1
    values = table.rows[0]
    return values[1:] + ("",) * (len(row) + 1 - len(values))


@settings(max_examples=400, deadline=None)
@given(st.lists(CELL, min_size=1, max_size=6))
def test_every_cell_reads_back_exactly(row: list[str]) -> None:
    assert _read_back(row) == tuple(row)


@pytest.mark.parametrize(
    "cell",
    [
        "=1+1",
        " =1+1",
        "\xa0=1+1",
        "\u3000=1+1",
        "\n=1+1",
        "\r\n=1+1",
        "\t=1+1",
        "\r=1+1",
        "\uff1d1+1",
        "  +SUM(A1)",
        "-2+3",
        "@SUM(A1)",
        "\u200b=1+1",
        "'=1+1",
        "''",
    ],
)
def test_what_a_spreadsheet_would_run_is_quoted_and_still_reads_back(cell: str) -> None:
    assert neutralise(cell).startswith("'")
    assert unneutralise(neutralise(cell)) == cell
    assert _read_back([cell]) == (cell,)


@settings(max_examples=400, deadline=None)
@given(CELL)
def test_no_written_cell_runs_as_a_formula_after_trimming(cell: str) -> None:
    written = neutralise(cell)
    trimmed = written.lstrip(TRIMMED)
    assert not trimmed[:1] or trimmed[0] not in FORMULA_STARTS or written[0] == "'"
    assert unneutralise(written) == cell


@pytest.mark.parametrize("cell", ["Acme", "a=b", "O'Neil", "'quoted'", " spaced ", "1-2"])
def test_harmless_cells_are_written_as_they_are(cell: str) -> None:
    assert neutralise(cell) == cell


def test_a_description_longer_than_the_csv_default_limit_reads_back() -> None:
    description = "Great team. " * 20_000  # 240,000 characters
    text = BOM + write_csv(["Company", "Role", "Job Description"], [["Acme", "Dev", description]])
    table = read_table(text.encode("utf-8"))
    result = convert(table, guess_mapping(table.headers), date(2026, 11, 26))
    assert result.ok, result.issues
    assert result.items[0].data.job_description == description


@pytest.mark.parametrize(
    ("field", "limit", "words"),
    [
        ("job_description", MAX_LONG_TEXT, "Keep the job description under 1,000,000 characters."),
        ("notes", MAX_LONG_TEXT, "Keep the notes under 1,000,000 characters."),
        ("next_action", MAX_NEXT_ACTION, "Keep the next action under 500 characters."),
        ("location", 200, "Keep the location under 200 characters."),
    ],
)
def test_every_text_field_has_a_maximum(field: str, limit: int, words: str) -> None:
    fine = ApplicationData("Acme", "Dev", **{field: "x" * limit})  # type: ignore[arg-type]
    assert validate_application(fine, date(2026, 11, 26)).ok
    over = ApplicationData("Acme", "Dev", **{field: "x" * (limit + 1)})  # type: ignore[arg-type]
    assert validate_application(over, date(2026, 11, 26)).errors[field] == words


def test_an_import_over_the_maximum_says_so_on_the_cell() -> None:
    text = write_csv(["Company", "Role", "Notes"], [["Acme", "Dev", "x" * (MAX_LONG_TEXT + 1)]])
    table = read_table(text.encode("utf-8"))
    result = convert(table, guess_mapping(table.headers), date(2026, 11, 26))
    assert [str(issue) for issue in result.issues] == [
        "line 2, column 'Notes': keep the notes under 1,000,000 characters."
    ]


def test_problems_show_control_characters_and_line_breaks_escaped() -> None:
    text = 'Company,Role,Date Applied\nAcme,Dev,"\x1b[31mred\nnext"\n'
    table = read_table((BOM + text).encode("utf-8"))
    result = convert(table, guess_mapping(table.headers), date(2026, 11, 26))
    (issue,) = result.issues
    shown = str(issue)
    assert "\n" not in shown
    assert "\x1b" not in shown
    assert "'\\x1b[31mred\\nnext' is not a date" in shown


@given(ANY_TEXT, ANY_TEXT)
def test_an_issue_is_always_one_printable_line(column: str, message: str) -> None:
    shown = str(ImportIssue(3, column, message))
    assert not any(ch in shown for ch in "\n\r\x1b\x85\u2028\u2029")


@given(
    st.from_regex(r"\A[hH][tT]{2}[pP][sS]?://[a-z0-9.:\-\[\]@ ]{0,12}([/?#][!-~ ]{0,12})?\Z")
    | st.text(max_size=20)
)
def test_the_quick_address_check_agrees_with_urlsplit(url: str) -> None:
    from urllib.parse import urlsplit

    from nextmove.domain.application import validate_url

    stripped = url.strip()
    try:
        parts = urlsplit(stripped)
        fine = not stripped or (
            parts.scheme in {"http", "https"} and bool(parts.netloc) and " " not in stripped
        )
    except ValueError:
        fine = False
    if fine:
        assert validate_url(url) is None
    else:
        with contextlib.suppress(ValueError):  # urlsplit's own refusal, unchanged
            assert validate_url(url) is not None
