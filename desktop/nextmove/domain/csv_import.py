"""Turning the rows of a CSV table into applications, or into errors that name line and column.

Nothing is half-imported: `convert` either yields every application or the reasons why not,
and storage then writes them in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple, TypeVar

from nextmove.domain.application import MAX_TEXT, ApplicationData, validate_application
from nextmove.domain.contact import normalise_email, normalise_phone, normalise_profile_url
from nextmove.domain.csv_format import CsvTable, Field
from nextmove.domain.csv_values import (
    CellValueError,
    HistoryEntry,
    parse_date,
    parse_history,
    parse_status,
    parse_workplace,
    split_list,
)
from nextmove.domain.status import STATUS_EVENT, EventKind, Status
from nextmove.domain.timeline_rules import Entry, check_event_date, derive

_T = TypeVar("_T")
MAX_ISSUES = 100
_SHORT_FIELDS = (Field.LOCATION, Field.SOURCE, Field.SALARY)
_FIELD_ERROR_TO_COLUMN = {
    "company": Field.COMPANY,
    "role": Field.ROLE,
    "job_url": Field.JOB_URL,
    "applied_on": Field.APPLIED_ON,
    "next_action_on": Field.NEXT_ACTION_ON,
    "next_action": Field.NEXT_ACTION,
    "job_description": Field.JOB_DESCRIPTION,
    "notes": Field.NOTES,
}


@dataclass(frozen=True)
class ImportedContact:
    name: str
    email: str
    company: str
    phone: str = ""
    profile_url: str = ""


@dataclass
class ImportedApplication:
    """One row, ready to store: the application, its timeline and its contacts."""

    data: ApplicationData
    events: list[HistoryEntry]
    contacts: list[ImportedContact]
    # What the timeline rule gives for these entries (shown in the preview), and the day
    # it was worked out for (storage reuses it for the same day).
    last_activity_on: date | None = None
    derived_on: date | None = None


@dataclass(frozen=True)
class ImportIssue:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        """One line: control characters and line breaks from the file are shown escaped."""
        if self.column:
            return f"line {self.line}, column '{visible(self.column)}': {visible(self.message)}"
        return f"line {self.line}: {visible(self.message)}"


def visible(text: str) -> str:
    """Text from a file made safe to print: a line break reads \\n, an escape sequence \\x1b."""
    if _INVISIBLE.search(text) is None:
        return text
    return _INVISIBLE.sub(_show, text)


def _show(match: re.Match[str]) -> str:
    ch = match[0]
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# C0 and C1 controls, DEL, and the characters that break or reorder a line on a terminal.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass
class Conversion:
    items: list[ImportedApplication] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)
    # Problems found beyond the first MAX_ISSUES (counted, not kept).
    more_issues: int = 0

    @property
    def ok(self) -> bool:
        return not self.issues


def missing_fields(mapping: Sequence[Field | None]) -> list[Field]:
    """Company and role must each come from some column."""
    return [f for f in (Field.COMPANY, Field.ROLE) if f not in mapping]


def duplicate_fields(mapping: Sequence[Field | None]) -> list[Field]:
    seen: set[Field] = set()
    twice: list[Field] = []
    for f in mapping:
        if f is not None and f in seen and f not in twice:
            twice.append(f)
        if f is not None:
            seen.add(f)
    return twice


def unknown_statuses(table: CsvTable, mapping: Sequence[Field | None]) -> dict[str, int]:
    """Each status value no rule recognises, with how many rows use it."""
    if Field.STATUS not in mapping:
        return {}
    column = mapping.index(Field.STATUS)
    counts: dict[str, int] = {}
    for row in range(len(table.rows)):
        value = table.cell(row, column).strip()
        if value and parse_status(value) is None:
            counts[value] = counts.get(value, 0) + 1
    return counts


def convert(
    table: CsvTable,
    mapping: Sequence[Field | None],
    today: date,
    *,
    status_choices: dict[str, Status] | None = None,
    source_name: str = "",
    limit: int | None = None,
    partial: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Conversion:
    """Every row as an application, or the issues (first MAX_ISSUES) that stop the import.

    `status_choices` maps status values no rule recognises to the status the person chose.
    `source_name` (the file's name) goes into the notes of the timeline entries made from
    the row's columns (rows without a history of their own). Every entry is dated from the
    file: the import's own day is never an entry's date.
    `partial` keeps the rows that are fine even when others are not (for a preview only).
    """
    result = Conversion()
    for f in missing_fields(mapping):
        result.issues.append(ImportIssue(1, "", f"no column is imported as {f.label}"))
    for f in duplicate_fields(mapping):
        result.issues.append(ImportIssue(1, "", f"more than one column is imported as {f.label}"))
    if result.issues:
        return result
    columns = {f: i for i, f in enumerate(mapping) if f is not None}
    wanted = tuple(columns.items())
    width = max(columns.values()) + 1
    names = {f: table.headers[i] for f, i in columns.items()}
    choices = status_choices or {}
    note = f"imported from {source_name}" if source_name else "imported"
    total = len(table.rows) if limit is None else min(limit, len(table.rows))
    for row in range(total):
        if progress is not None and row % 500 == 0:
            progress(row, total)
        line = table.lines[row]
        cells = table.rows[row]
        if len(cells) >= width:
            values = {f: cells[i] for f, i in wanted}
        else:
            values = {f: table.cell(row, i) for f, i in wanted}
        problems: list[tuple[Field, str]] = []
        item = _convert_row(values, today, choices, note, problems)
        issues = [ImportIssue(line, names[f], message) for f, message in problems]
        if issues:
            room = max(MAX_ISSUES - len(result.issues), 0)
            result.issues.extend(issues[:room])
            result.more_issues += len(issues) - len(issues[:room])
        elif item is not None and (partial or not result.issues):
            result.items.append(item)
    if result.issues and not partial:
        result.items.clear()
    return result


def _convert_row(
    values: dict[Field, str],
    today: date,
    choices: dict[str, Status],
    note: str,
    problems: list[tuple[Field, str]],
) -> ImportedApplication | None:
    def problem(f: Field, message: str) -> None:
        problems.append((f, message))

    get = values.get

    def read(f: Field, parse: Callable[[str], _T], default: _T) -> _T:
        value = values.get(f)
        if not value:
            return default  # an empty or absent cell reads as the default by every parser
        try:
            return parse(value)
        except CellValueError as error:
            problem(f, str(error))
            return default

    applied_on = read(Field.APPLIED_ON, parse_date, None)
    history: list[HistoryEntry] = read(Field.HISTORY, parse_history, [])
    status = _status(values, choices, applied_on, history, problem)
    dates = _Dates(
        applied_on,
        read(Field.STATUS_ON, parse_date, None),
        read(Field.LAST_ACTIVITY_ON, parse_date, None),
        [(kind, on) for f, kind in _STAGE_DATES if get(f) and (on := read(f, parse_date, None))],
    )
    _check_dates(values, dates, status, today, problem)
    url = get(Field.JOB_URL, "").strip()
    if url and "://" not in url and "." in url and " " not in url:
        url = "https://" + url
    data = ApplicationData(
        company=get(Field.COMPANY, ""),
        role=get(Field.ROLE, ""),
        status=status,
        job_url=url,
        location=get(Field.LOCATION, ""),
        workplace=read(Field.WORKPLACE, parse_workplace, ApplicationData.workplace),
        source=get(Field.SOURCE, ""),
        salary=get(Field.SALARY, ""),
        applied_on=applied_on,
        next_action_on=read(Field.NEXT_ACTION_ON, parse_date, None),
        next_action=get(Field.NEXT_ACTION, ""),
        job_description=get(Field.JOB_DESCRIPTION, ""),
        notes=get(Field.NOTES, ""),
    )
    for name, message in validate_application(data, today).errors.items():
        column = _FIELD_ERROR_TO_COLUMN.get(name)
        if column is None:
            continue  # a short field: said below, in the import's own words
        if column in (Field.COMPANY, Field.ROLE) and not get(column, "").strip():
            message = "the cell is empty (every application needs a company and a role)"
        elif column is Field.JOB_URL:
            message = f"'{url}' is not a web address"
        problem(column, _lower_first(message))
    for f in _SHORT_FIELDS:
        if len(get(f, "")) > MAX_TEXT:
            problem(f, f"keep it under {MAX_TEXT} characters")
    contacts = _contacts(
        (
            get(Field.CONTACT, ""),
            get(Field.CONTACT_EMAIL, ""),
            get(Field.CONTACT_PHONE, ""),
            get(Field.CONTACT_PROFILE, ""),
        ),
        data.company,
        problem,
    )
    events = history or _events_for(status, dates, note)
    if events is None:
        if problems:
            return None
        problem(
            Field.STATUS if Field.STATUS in values else Field.COMPANY,
            f"'{status.label}' has no date: add the applied date, or a status date column",
        )
        return None
    # What the tracker will show: the timeline's rule over these entries (in entry order).
    result = derive((Entry(i, e.kind, e.occurred_on) for i, e in enumerate(events)), today)
    data.status = result.status
    return ImportedApplication(data, events, contacts, result.last_activity_on, today)


def _status(
    values: dict[Field, str],
    choices: dict[str, Status],
    applied_on: date | None,
    history: list[HistoryEntry],
    problem: Callable[[Field, str], None],
) -> Status:
    raw = values.get(Field.STATUS, "").strip()
    if raw:
        status = parse_status(raw) or choices.get(raw)
        if status is not None:
            return status
        problem(Field.STATUS, f"'{raw}' is not a status Next Move knows ({_STATUS_NAMES})")
    for entry in reversed(history):
        if entry.kind in _EVENT_STATUS:
            return _EVENT_STATUS[entry.kind]
    return Status.APPLIED if applied_on is not None else Status.WISHLIST


_STAGE_DATES = (
    (Field.SCREEN_ON, EventKind.SCREEN),
    (Field.INTERVIEW_ON, EventKind.INTERVIEW),
    (Field.OFFER_ON, EventKind.OFFER),
    (Field.REJECTED_ON, EventKind.REJECTED),
)


class _Dates(NamedTuple):
    """The days a row's columns give (each None when its cell is empty or absent)."""

    applied_on: date | None
    status_on: date | None
    last_activity_on: date | None
    stages: list[tuple[EventKind, date]]


def _check_dates(
    values: dict[Field, str],
    dates: _Dates,
    status: Status,
    today: date,
    problem: Callable[[Field, str], None],
) -> None:
    """Dates from the file must make sense for what they date (nothing closed in the future)."""
    checks = [(f, kind, on) for f, kind in _STAGE_DATES for k, on in dates.stages if k is kind]
    if dates.status_on is not None:
        checks.append((Field.STATUS_ON, STATUS_EVENT[status], dates.status_on))
    if dates.last_activity_on is not None:
        checks.append((Field.LAST_ACTIVITY_ON, EventKind.NOTE, dates.last_activity_on))
    for f, kind, on in checks:
        if f in values and (message := check_event_date(kind, on, today)) is not None:
            problem(f, _lower_first(message))


def _events_for(status: Status, dates: _Dates, note: str) -> list[HistoryEntry] | None:
    """A timeline for a row without one, every entry dated from the file's own columns.

    The applied date makes an "Applied" entry; each stage date column (screening, interview,
    offer, rejection) its entry; the status, unless a stage column already dated it, is dated
    by the status date column, else the last activity, else the latest date the row gives.
    A last activity later than all of these is kept as a note on that day. A row whose status
    cannot be dated at all gives None (a wishlist row then simply has no entry).
    """
    events: list[HistoryEntry] = []
    if dates.applied_on is not None:
        events.append(HistoryEntry(EventKind.APPLIED, dates.applied_on))
    for kind, on in dates.stages:
        events.append(HistoryEntry(kind, on, 1 if kind is EventKind.INTERVIEW else None, note))
    kind = STATUS_EVENT[status]
    if not any(e.kind is kind for e in events):
        known = [e.occurred_on for e in events]
        day = dates.status_on or dates.last_activity_on or (max(known) if known else None)
        if day is None:
            return [] if status is Status.WISHLIST else None
        round_number = 1 if kind is EventKind.INTERVIEW else None
        events.append(HistoryEntry(kind, day, round_number, note))
    last = dates.last_activity_on
    if last is not None and all(e.occurred_on < last for e in events):
        events.append(HistoryEntry(EventKind.NOTE, last, None, f"last activity ({note})"))
    return sorted(events, key=lambda e: e.occurred_on)


def _contacts(
    cells: tuple[str, str, str, str], company: str, problem: Callable[[Field, str], None]
) -> list[ImportedContact]:
    """Contacts from the name, email, phone and profile cells, matched up by position."""
    if not any(cells):
        return []  # most rows name nobody
    name_list, email_list, phone_list, link_list = (split_list(cell) for cell in cells)

    def at(values: list[str], i: int) -> str:
        return values[i] if i < len(values) else ""

    contacts = []
    for i in range(max(len(name_list), len(email_list))):
        name, email = at(name_list, i), at(email_list, i)
        phone, link = at(phone_list, i), at(link_list, i)
        if email:
            try:
                email = normalise_email(email)
            except ValueError:
                problem(Field.CONTACT_EMAIL, f"'{email}' is not an email address")
                continue
        try:
            phone = normalise_phone(phone)
        except ValueError:
            problem(Field.CONTACT_PHONE, f"'{phone}' is not a phone number")
            phone = ""
        try:
            link = normalise_profile_url(link)
        except ValueError:
            problem(Field.CONTACT_PROFILE, f"'{link}' is not a web address")
            link = ""
        if name or email:
            contacts.append(
                ImportedContact(name or email.split("@")[0], email, company, phone, link)
            )
    return contacts


def _lower_first(message: str) -> str:
    return message[:1].lower() + message[1:]


_STATUS_NAMES = "use one of: " + ", ".join(s.value for s in Status)
_EVENT_STATUS = {kind: status for status, kind in STATUS_EVENT.items()} | {
    EventKind.ASSESSMENT: Status.INTERVIEWING
}
