"""Rows become applications with their timelines, or errors that name line and column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from nextmove.domain.application import ApplicationData
from nextmove.domain.csv_export import EXPORT_FIELDS, ExportRecord, export_cells, export_header
from nextmove.domain.csv_format import guess_mapping, read_table, write_csv
from nextmove.domain.csv_import import MAX_ISSUES, convert, unknown_statuses
from nextmove.domain.csv_values import HistoryEntry
from nextmove.domain.status import EventKind, Status, Workplace

TODAY = date(2026, 11, 26)
DATA = Path(__file__).parent.parent / "data"


def _convert(text: str, **kwargs: object):  # type: ignore[no-untyped-def]
    table = read_table(text.encode())
    return convert(table, guess_mapping(table.headers), TODAY, **kwargs)  # type: ignore[arg-type]


def test_a_spreadsheet_export_becomes_applications_with_timelines() -> None:
    table = read_table((DATA / "applications_semicolon_bom.csv").read_bytes())
    result = convert(table, guess_mapping(table.headers), TODAY, source_name="old.csv")
    assert result.ok, result.issues
    acme, globex, initech = result.items
    assert (acme.data.company, acme.data.role, acme.data.status) == (
        "Acme GmbH",
        "Backend Engineer",
        Status.INTERVIEWING,
    )
    assert acme.data.notes == "Met the team; nice"
    assert acme.events == [
        HistoryEntry(EventKind.APPLIED, date(2026, 10, 3)),
        # The file dates only the application: the status takes that day, never the import's.
        HistoryEntry(EventKind.INTERVIEW, date(2026, 10, 3), 1, "imported from old.csv"),
    ]
    assert acme.contacts[0].email == "ann@acme.example"
    assert globex.data.status is Status.GHOSTED
    assert globex.data.job_url == "https://globex.example/careers/7"
    assert initech.data.salary == '=HYPERLINK("http://evil")'


def test_a_bad_date_names_its_line_and_column_and_imports_nothing() -> None:
    table = read_table((DATA / "applications_bad_date.csv").read_bytes())
    result = convert(table, guess_mapping(table.headers), TODAY)
    assert result.items == []
    assert [str(i) for i in result.issues] == [
        "line 3, column 'Date Applied': '31/02/2026' is not a date "
        "(write it like 2026-10-03 or 03/10/2026)"
    ]


def test_missing_company_cell_and_future_date_are_reported() -> None:
    result = _convert("Company,Role,Applied\n,Engineer,2026-01-01\nAcme,Dev,2027-01-01\n")
    assert [str(i) for i in result.issues] == [
        "line 2, column 'Company': the cell is empty (every application needs a company and a "
        "role)",
        "line 3, column 'Applied': the application date cannot be in the future.",
    ]


def test_no_company_column_is_an_error_before_any_row() -> None:
    result = _convert("Employer name,Role\nAcme,Dev\n")
    assert [str(i) for i in result.issues] == ["line 1: no column is imported as Company"]


def test_an_unknown_status_is_an_error_unless_the_person_chose_a_status() -> None:
    text = "Company,Role,Status,Applied\nAcme,Dev,Maybe,2026-10-01\nGlobex,QA,Maybe,2026-10-02\n"
    table = read_table(text.encode())
    mapping = guess_mapping(table.headers)
    assert unknown_statuses(table, mapping) == {"Maybe": 2}
    failed = convert(table, mapping, TODAY)
    assert "'Maybe' is not a status Next Move knows" in str(failed.issues[0])
    chosen = convert(table, mapping, TODAY, status_choices={"Maybe": Status.SCREENING})
    assert [i.data.status for i in chosen.items] == [Status.SCREENING, Status.SCREENING]


def test_a_blank_status_and_no_status_column_follow_the_same_rule() -> None:
    """Applied when the row has an applied date, else Wishlist, whichever way status is blank."""
    files = {
        "no status column": "Company,Role,Applied\nAcme,Dev,2026-10-01\nGlobex,QA,\n",
        "blank status cells": "Company,Role,Status,Applied\nAcme,Dev,,2026-10-01\nGlobex,QA, ,\n",
    }
    for name, text in files.items():
        applied, saved = _convert(text, source_name="jobs.csv").items
        assert applied.data.status is Status.APPLIED, name
        assert applied.data.applied_on == date(2026, 10, 1), name
        assert applied.events == [HistoryEntry(EventKind.APPLIED, date(2026, 10, 1))], name
        assert saved.data.status is Status.WISHLIST, name
        assert saved.data.applied_on is None, name
        # Nothing dates it, so nothing is made up: no entry at all, no last activity.
        assert saved.events == [], name


def test_a_status_the_file_does_not_date_is_a_problem_not_the_import_day() -> None:
    """The import's own day is never an entry's date: an undated status is named instead."""
    result = _convert("Company,Role,Status\nAcme,Dev,Screening\nGlobex,QA,Wishlist\n")
    assert result.items == []
    assert [str(i) for i in result.issues] == [
        "line 2, column 'Status': 'Screening' has no date: add the applied date, or a status "
        "date column"
    ]


def test_every_problem_is_reported_and_those_past_the_cap_are_counted() -> None:
    rows = "".join(f"Co {n},Dev,31/02/2026\n" for n in range(MAX_ISSUES + 7))
    result = _convert("Company,Role,Applied\n" + rows)
    assert result.items == []
    assert len(result.issues) == MAX_ISSUES
    assert [i.line for i in result.issues[:3]] == [2, 3, 4]
    assert result.more_issues == 7


def test_a_bad_contact_email_is_named() -> None:
    result = _convert("Company,Role,Contact,Contact Email\nAcme,Dev,Ann,ann at acme\n")
    assert str(result.issues[0]) == (
        "line 2, column 'Contact Email': 'ann at acme' is not an email address"
    )


def test_an_exported_row_imports_as_the_same_application() -> None:
    data = ApplicationData(
        company="=Evil Corp",
        role="Engineer, Platform",
        status=Status.REJECTED,
        job_url="https://evil.example/1",
        location="Lyon",
        workplace=Workplace.HYBRID,
        source="-referral",
        salary="@50k",
        applied_on=date(2026, 9, 1),
        next_action_on=date(2026, 12, 1),
        next_action="Ask for feedback",
        job_description="Line one\nLine two",
        notes="+ keep in mind",
    )
    events = [
        HistoryEntry(EventKind.APPLIED, date(2026, 9, 1)),
        HistoryEntry(EventKind.INTERVIEW, date(2026, 9, 20), 2, "panel; hard"),
        HistoryEntry(EventKind.REJECTED, date(2026, 10, 2)),
    ]
    contacts = [("Ann Lee", "ann@evil.example"), ("Bob Ray", "")]
    text = write_csv(export_header(), [export_cells(ExportRecord(data, events, contacts))])
    table = read_table(text.encode("utf-8-sig"))
    mapping = guess_mapping(table.headers)
    # Every exported column but "Documents" (file names, export-only) is read back.
    assert table.headers[-1] == "Documents"
    assert mapping[-1] is None
    assert None not in mapping[:-1]
    assert set(mapping[:-1]) == set(EXPORT_FIELDS)
    (item,) = convert(table, mapping, TODAY).items
    assert item.data == data
    assert item.events == events
    assert [(c.name, c.email) for c in item.contacts] == contacts
