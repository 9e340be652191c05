"""Reading the files spreadsheets write, and writing files spreadsheets cannot be tricked by."""

from __future__ import annotations

import csv
import io
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextmove.domain.csv_format import (
    DANGEROUS_PREFIXES,
    CsvFileError,
    Field,
    guess_mapping,
    neutralise,
    read_table,
    recognise_header,
    sniff_delimiter,
    unneutralise,
    write_csv,
)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Company", Field.COMPANY),
        (" organisation ", Field.COMPANY),
        ("EMPLOYER", Field.COMPANY),
        ("Job Title", Field.ROLE),
        ("job_title", Field.ROLE),
        ("Position", Field.ROLE),
        ("Title", Field.ROLE),
        ("Stage", Field.STATUS),
        ("Date Applied", Field.APPLIED_ON),
        ("applied on", Field.APPLIED_ON),
        ("Applied", Field.APPLIED_ON),
        ("Job Link", Field.JOB_URL),
        ("link", Field.JOB_URL),
        ("Salary", Field.SALARY),
        ("Contact Email", Field.CONTACT_EMAIL),
        ("contact", Field.CONTACT),
        ("Notes", Field.NOTES),
        ("Favourite colour", None),
    ],
)
def test_headers_are_recognised_by_their_common_names(header: str, field: Field | None) -> None:
    assert recognise_header(header) is field


def test_a_field_is_taken_by_its_first_column_only() -> None:
    assert guess_mapping(["Company", "Employer", "Role", "?"]) == [
        Field.COMPANY,
        None,
        Field.ROLE,
        None,
    ]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Company,Role,Notes\nA,B,C\n", ","),
        ("Company;Role;Notes\nA;B;C,D\n", ";"),
        ('"Company, Inc";Role\nA;B\n', ";"),
        ("Company\tRole\nA\tB\n", "\t"),
        ("\n\nCompany,Role\n", ","),
    ],
)
def test_the_delimiter_is_sniffed_from_the_header(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_a_byte_order_mark_is_not_part_of_the_first_header() -> None:
    for prefix in (b"", b"\xef\xbb\xbf"):
        table = read_table(prefix + "Company,Role\r\nCafé,Barista\r\n".encode())
        assert table.headers == ("Company", "Role")
        assert table.rows == (("Café", "Barista"),)
    assert read_table(b"\xef\xbb\xbfCompany,Role\nA,B\n").encoding == "UTF-8 with BOM"


def test_utf16_and_windows_1252_files_are_read() -> None:
    assert read_table("Company;Role\nÆon;Dev\n".encode("utf-16")).rows == (("Æon", "Dev"),)
    assert read_table("Company,Role\nCafé,Dev\n".encode("cp1252")).rows == (("Café", "Dev"),)


def test_rows_remember_the_line_they_start_on_across_quoted_newlines() -> None:
    text = 'Company,Notes\n\nAcme,"two\nlines"\nGlobex,x\n'
    table = read_table(text.encode())
    assert table.lines == (3, 5)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"Company,Role\n", "no applications"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4, "not a CSV"),
        (os.urandom(10 * 1024 * 1024), "not a CSV"),
        (b'Company,Role\n"' + b"x" * 200_000, "not valid CSV"),
    ],
)
def test_garbage_gets_a_clear_message(data: bytes, words: str) -> None:
    with pytest.raises(CsvFileError, match=words):
        read_table(data)


def test_dangerous_cells_are_neutralised_on_export() -> None:
    text = write_csv(["Company"], [["=cmd|' /C calc'!A0"], ["+1"], ["-2"], ["@SUM(A1)"], ["ok"]])
    cells = [row[0] for row in csv.reader(io.StringIO(text))]
    assert cells == ["Company", "'=cmd|' /C calc'!A0", "'+1", "'-2", "'@SUM(A1)", "ok"]


@given(st.text())
def test_any_dangerous_cell_is_neutralised_and_round_trips(text: str) -> None:
    safe = neutralise(text)
    assert not safe or safe[0] not in DANGEROUS_PREFIXES
    assert unneutralise(safe) == text


_TEXT = st.characters(exclude_categories=["Cs", "Cc"], include_characters="\t\n\r")


@given(st.lists(st.text(alphabet=_TEXT), min_size=1))
def test_written_cells_read_back_unchanged(cells: list[str]) -> None:
    """Export, then import: every (trimmed) cell comes back as it was, formulas included."""
    cells = [c.strip() for c in cells]
    text = write_csv(["Company", *[f"c{i}" for i in range(len(cells))]], [["x", *cells]])
    table = read_table(text.encode())
    assert [table.cell(0, i + 1) for i in range(len(cells))] == cells


def test_ten_megabytes_of_printable_junk_is_refused_or_recognises_nothing() -> None:
    import random

    alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789 ,;\n"
    mapping = bytes(alphabet[i % len(alphabet)] for i in range(256))
    junk = random.Random(7).randbytes(10 * 1024 * 1024).translate(mapping)
    try:
        table = read_table(junk)
    except CsvFileError:
        return
    assert not any(guess_mapping(table.headers))
