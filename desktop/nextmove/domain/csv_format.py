"""Reading and writing the CSV files people keep their job hunt in.

Spreadsheets export CSV in many dialects: UTF-8 with or without a byte-order mark, commas or
semicolons (Excel in most of Europe), headers spelled a dozen ways. Everything here is plain
Python so the same rules serve the import dialog, the command line and the tests.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

MAX_FILE_BYTES = 50 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
# A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets.
DANGEROUS_PREFIXES = frozenset("=+-@\t\r")
_QUOTE = "'"
# Decoded text never holds NUL: it joins a record's cells to look for quoted ones at once.
_SEPARATOR = "\x00"
_QUOTED_CELL = _SEPARATOR + _QUOTE
# A cell starting with one of these is never live nor quoted (the quick test on export).
_SAFE_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# What a spreadsheet still runs after trimming the cell: any whitespace (no-break and
# ideographic spaces, line breaks) or invisible formatting first, then a formula character,
# ASCII or full-width (OWASP's CSV injection guidance).
_LIVE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]")


class Field(StrEnum):
    """What a CSV column can be imported as."""

    COMPANY = "company"
    ROLE = "role"
    STATUS = "status"
    APPLIED_ON = "applied_on"
    JOB_URL = "job_url"
    LOCATION = "location"
    WORKPLACE = "workplace"
    SOURCE = "source"
    SALARY = "salary"
    NEXT_ACTION_ON = "next_action_on"
    NEXT_ACTION = "next_action"
    NOTES = "notes"
    JOB_DESCRIPTION = "job_description"
    CONTACT = "contact"
    CONTACT_EMAIL = "contact_email"
    CONTACT_PHONE = "contact_phone"
    CONTACT_PROFILE = "contact_profile"
    HISTORY = "history"
    # Dates that give an imported timeline its days (import only; export writes the history).
    STATUS_ON = "status_on"
    LAST_ACTIVITY_ON = "last_activity_on"
    SCREEN_ON = "screen_on"
    INTERVIEW_ON = "interview_on"
    OFFER_ON = "offer_on"
    REJECTED_ON = "rejected_on"

    @property
    def label(self) -> str:
        return FIELD_LABELS[self]


# The header written on export; each is also recognised on import.
FIELD_LABELS: dict[Field, str] = {
    Field.COMPANY: "Company",
    Field.ROLE: "Role",
    Field.STATUS: "Status",
    Field.APPLIED_ON: "Date Applied",
    Field.JOB_URL: "URL",
    Field.LOCATION: "Location",
    Field.WORKPLACE: "Workplace",
    Field.SOURCE: "Source",
    Field.SALARY: "Salary",
    Field.NEXT_ACTION_ON: "Next Action On",
    Field.NEXT_ACTION: "Next Action",
    Field.NOTES: "Notes",
    Field.JOB_DESCRIPTION: "Job Description",
    Field.CONTACT: "Contact",
    Field.CONTACT_EMAIL: "Contact Email",
    Field.CONTACT_PHONE: "Contact Phone",
    Field.CONTACT_PROFILE: "Contact Profile",
    Field.HISTORY: "History",
    Field.STATUS_ON: "Status Date",
    Field.LAST_ACTIVITY_ON: "Last Activity",
    Field.SCREEN_ON: "Screening Date",
    Field.INTERVIEW_ON: "Interview Date",
    Field.OFFER_ON: "Offer Date",
    Field.REJECTED_ON: "Rejection Date",
}

_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.COMPANY: ("company", "organization", "organisation", "employer", "companyname", "org"),
    Field.ROLE: ("role", "position", "jobtitle", "title", "job", "positiontitle", "jobrole"),
    Field.STATUS: ("status", "stage", "applicationstatus", "state", "outcome"),
    Field.APPLIED_ON: (
        "dateapplied",
        "applied",
        "appliedon",
        "applieddate",
        "applicationdate",
        "dateofapplication",
    ),
    Field.JOB_URL: ("url", "link", "joblink", "joburl", "posting", "jobposting", "postingurl"),
    Field.LOCATION: ("location", "city", "place"),
    Field.WORKPLACE: ("workplace", "worktype", "workplacetype", "remote", "onsiteremote"),
    Field.SOURCE: ("source", "foundvia", "foundon", "channel", "jobboard"),
    Field.SALARY: ("salary", "pay", "compensation", "salaryrange", "wage"),
    Field.NEXT_ACTION_ON: ("nextactionon", "nextactiondate", "followupdate", "followupon"),
    Field.NEXT_ACTION: ("nextaction", "nextstep", "followup"),
    Field.NOTES: ("notes", "note", "comments", "comment", "remarks"),
    Field.JOB_DESCRIPTION: ("jobdescription", "description", "jd"),
    Field.CONTACT: ("contact", "contactname", "contactperson", "recruiter", "recruitername"),
    Field.CONTACT_EMAIL: ("contactemail", "email", "emailaddress", "recruiteremail"),
    Field.CONTACT_PHONE: ("contactphone", "phone", "phonenumber", "telephone", "recruiterphone"),
    Field.CONTACT_PROFILE: (
        "contactprofile",
        "profile",
        "linkedin",
        "linkedinprofile",
        "contactlinkedin",
        "profilelink",
        "profileurl",
    ),
    Field.HISTORY: ("history", "stagehistory", "timeline"),
    Field.STATUS_ON: (
        "statusdate",
        "statuson",
        "stagedate",
        "dateofstatus",
        "statuschanged",
        "statuschangedon",
        "statusupdated",
        "laststatuschange",
        "outcomedate",
        "responsedate",
    ),
    Field.LAST_ACTIVITY_ON: (
        "lastactivity",
        "lastactivityon",
        "lastactivitydate",
        "updated",
        "updatedon",
        "lastupdated",
        "lastupdate",
        "dateupdated",
        "lastcontact",
        "lastcontacted",
        "lastmodified",
        "modified",
    ),
    Field.SCREEN_ON: ("screeningdate", "screendate", "phonescreendate", "screenon"),
    Field.INTERVIEW_ON: ("interviewdate", "interviewon", "dateofinterview", "interviewedon"),
    Field.OFFER_ON: ("offerdate", "offeron", "offerreceivedon", "dateofoffer"),
    Field.REJECTED_ON: ("rejectiondate", "rejectedon", "daterejected", "rejecteddate"),
}
# A bare "Date" column: the applied date when nothing else says so, else the last activity.
_PLAIN_DATE = "date"
_PLAIN_DATE_FIELDS = (Field.APPLIED_ON, Field.LAST_ACTIVITY_ON)
_ALIAS_TO_FIELD: dict[str, Field] = {
    alias: field for field, aliases in _ALIASES.items() for alias in aliases
}
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


class CsvFileError(ValueError):
    """The file cannot be read as a table at all; the message is for the person."""


@dataclass(frozen=True)
class CsvTable:
    """A parsed file: its header, its data rows and the line each row starts on."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]
    delimiter: str
    encoding: str

    def cell(self, row: int, column: int) -> str:
        values = self.rows[row]
        return values[column] if column < len(values) else ""


def normalise_header(text: str) -> str:
    """Case, spaces and punctuation do not matter: 'Date Applied' == 'date_applied'."""
    return _NOT_ALNUM.sub("", text.strip().lower())


def recognise_header(text: str) -> Field | None:
    return _ALIAS_TO_FIELD.get(normalise_header(text))


def guess_mapping(headers: Sequence[str]) -> list[Field | None]:
    """One field per column (or None to ignore it); each field is taken by its first column.

    A column called just "Date" is the applied date unless another column is, and then the
    last activity (unless another column is that too).
    """
    taken: set[Field] = set()
    mapping: list[Field | None] = []
    for header in headers:
        field = recognise_header(header)
        if field is not None and field not in taken:
            taken.add(field)
            mapping.append(field)
        else:
            mapping.append(None)
    for column, header in enumerate(headers):
        if normalise_header(header) == _PLAIN_DATE and mapping[column] is None:
            free = next((f for f in _PLAIN_DATE_FIELDS if f not in taken), None)
            if free is not None:
                taken.add(free)
                mapping[column] = free
    return mapping


def _live(text: str) -> bool:
    """Would a spreadsheet run this cell (after its own trimming) as a formula?"""
    return text[0] in DANGEROUS_PREFIXES or _LIVE.match(text) is not None


def neutralise(text: str) -> str:
    """Keep a spreadsheet from running a cell as a formula, reversibly (see `unneutralise`)."""
    if text and text[0] not in _SAFE_START and (_live(text) or _is_quoted(text)):
        return _QUOTE + text
    return text


def unneutralise(text: str) -> str:
    """Undo `neutralise`: drop the one quote it adds, and only where it would have added one."""
    return text[1:] if _is_quoted(text) else text


def _is_quoted(text: str) -> bool:
    return len(text) > 1 and text[0] == _QUOTE and (text[1] == _QUOTE or _live(text[1:]))


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the name of its encoding; a clear CsvFileError for anything else."""
    if len(data) > MAX_FILE_BYTES:
        raise CsvFileError(
            f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
            "that is not a list of applications."
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as error:
            raise CsvFileError("The file says it is UTF-16 text but is not.") from error
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "UTF-8 with BOM"
    else:
        encoding = "UTF-8"
    if b"\x00" in data:
        raise CsvFileError(_NOT_TEXT)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "Windows-1252"
        except UnicodeDecodeError as error:
            raise CsvFileError(_NOT_TEXT) from error
    if encoding == "UTF-8 with BOM":
        # What Next Move writes: valid UTF-8 behind a BOM is text, whatever its cells hold.
        return text, encoding
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > len(sample) // 100:
        raise CsvFileError(_NOT_TEXT)
    return text, encoding


_NOT_TEXT = (
    "This is not a CSV file (it looks like a binary file, such as a spreadsheet). "
    "In your spreadsheet app, choose File › Save As › CSV, then import that file."
)


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever splits the header line into the most cells."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: len(next(csv.reader([header], delimiter=d), [])) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))
    return best if counts[best] > 1 else ","


def read_table(data: bytes) -> CsvTable:
    """Decode, sniff and parse a whole file; blank lines are skipped, cells are un-neutralised."""
    text, encoding = decode(data)
    # A cell may be as long as the file may be (a long job description is still one cell).
    if csv.field_size_limit() < MAX_FILE_BYTES:
        csv.field_size_limit(MAX_FILE_BYTES)
    if not text.strip():
        raise CsvFileError("The file is empty.")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    start = line = 1
    try:
        for record in reader:
            line, start = start, reader.line_num + 1
            if not "".join(record).strip():  # a blank line
                continue
            if headers is None:
                headers = tuple(cell.strip() or f"Column {i + 1}" for i, cell in enumerate(record))
                continue
            # Cells are kept exactly as written: an export reads back cell for cell.
            if _QUOTED_CELL in _SEPARATOR + _SEPARATOR.join(record):
                rows.append(tuple(map(unneutralise, record)))
            else:  # no cell starts with a quote: nothing to undo
                rows.append(tuple(record))
            lines.append(line)
    except csv.Error as error:
        raise CsvFileError(f"Line {start}: this is not valid CSV ({error}).") from error
    if text.count('"') % 2 and _ends_in_quotes(text, delimiter):
        raise CsvFileError(f"Line {line}: this is not valid CSV (a quoted cell is never closed).")
    if headers is None:
        raise CsvFileError("The file is empty.")
    if not rows:
        raise CsvFileError("The file has a header line but no applications under it.")
    return CsvTable(headers, tuple(rows), tuple(lines), delimiter, encoding)


def _ends_in_quotes(text: str, delimiter: str) -> bool:
    """Does the file end inside a quoted cell (the reader would take the rest as one cell)?"""
    d = re.escape(delimiter)
    field = re.compile(rf'"[^"]*(?:""[^"]*)*("?)[^{d}\r\n]*|[^{d}\r\n]*')
    pos, end = 0, len(text)
    while pos < end:
        match = field.match(text, pos)
        assert match is not None  # the second branch matches anything, even nothing
        if match[0].startswith('"') and not match[1]:
            return True
        pos = match.end()
        pos += 2 if text.startswith("\r\n", pos) else 1
    return False


def write_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """CSV text with every cell neutralised; the caller writes it as UTF-8 with a BOM for Excel."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(cell) for cell in header])
    safe = _SAFE_START
    writer.writerows(
        [neutralise(cell) if cell and cell[0] not in safe else cell for cell in row] for row in rows
    )
    return out.getvalue()


def delimiter_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab"}.get(delimiter, repr(delimiter))
