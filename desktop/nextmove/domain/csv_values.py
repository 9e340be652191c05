"""Reading the values people type into spreadsheets: dates, statuses and a stage history.

Dates come as ISO (2026-10-03), day/month/year (03/10/2026, 3.10.26) or with a month name
(3 Oct 2026, October 3, 2026). Statuses are matched leniently ("No response" is ghosted).
The history column is what export writes, so a re-import rebuilds the same timeline.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import NamedTuple

from nextmove.domain.status import EventKind, Status, Workplace

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTHS: dict[str, int] = {}
for _number, _name in enumerate(_MONTH_NAMES.split(" "), start=1):
    _MONTHS[_name] = _number
    _MONTHS[_name[:3]] = _number
_MONTHS["sept"] = 9

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ][0-9:.z+-]*)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?: [0-9:]+)?$")
_ORD = r"(?:st|nd|rd|th)?"
_DAY_MONTH = re.compile(rf"^(\d{{1,2}}){_ORD}[\s./-]+([a-z]+)\.?,?[\s./-]+(\d{{4}})$")
_MONTH_DAY = re.compile(rf"^([a-z]+)\.?[\s./-]+(\d{{1,2}}){_ORD},?[\s./-]+(\d{{4}})$")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+")


class CellValueError(ValueError):
    """A cell that cannot be read; the message names the value and what would work."""


_PLAIN_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@functools.lru_cache(maxsize=65536)  # a file repeats its days (a date is immutable)
def parse_date(text: str) -> date | None:
    """A date from the spellings spreadsheets use; None for an empty cell."""
    if len(text) == 10 and _PLAIN_ISO.fullmatch(text):  # what export writes: the quick way
        try:
            return date(int(text[:4]), int(text[5:7]), int(text[8:]))
        except ValueError:
            pass  # the general path below words the message
    raw = text.strip()
    if not raw:
        return None
    value = _WEEKDAY.sub("", raw.lower())
    parts: tuple[int, int, int] | None = None
    if match := _ISO.match(value):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif match := _DMY.match(value):
        year = int(match[3])
        parts = (year + 2000 if year < 100 else year, int(match[2]), int(match[1]))
    elif (match := _DAY_MONTH.match(value)) and match[2] in _MONTHS:
        parts = (int(match[3]), _MONTHS[match[2]], int(match[1]))
    elif (match := _MONTH_DAY.match(value)) and match[1] in _MONTHS:
        parts = (int(match[3]), _MONTHS[match[1]], int(match[2]))
    if parts is not None:
        try:
            return date(*parts)
        except ValueError:
            pass
    raise CellValueError(f"'{raw}' is not a date (write it like 2026-10-03 or 03/10/2026)")


# Exact spellings first (after lower-casing and squeezing punctuation to spaces).
_STATUS_WORDS: dict[str, Status] = {
    "wishlist": Status.WISHLIST,
    "wish list": Status.WISHLIST,
    "saved": Status.WISHLIST,
    "bookmarked": Status.WISHLIST,
    "interested": Status.WISHLIST,
    "to apply": Status.WISHLIST,
    "not applied": Status.WISHLIST,
    "not yet applied": Status.WISHLIST,
    "planned": Status.WISHLIST,
    "draft": Status.WISHLIST,
    "applied": Status.APPLIED,
    "apply": Status.APPLIED,
    "submitted": Status.APPLIED,
    "application sent": Status.APPLIED,
    "sent": Status.APPLIED,
    "pending": Status.APPLIED,
    "waiting": Status.APPLIED,
    "in review": Status.APPLIED,
    "under review": Status.APPLIED,
    "screen": Status.SCREENING,
    "screening": Status.SCREENING,
    "phone screen": Status.SCREENING,
    "recruiter call": Status.SCREENING,
    "recruiter screen": Status.SCREENING,
    "assessment": Status.INTERVIEWING,
    "take home": Status.INTERVIEWING,
    "technical test": Status.INTERVIEWING,
    "onsite": Status.INTERVIEWING,
    "on site": Status.INTERVIEWING,
    "final round": Status.INTERVIEWING,
    "offer": Status.OFFER,
    "offered": Status.OFFER,
    "offer received": Status.OFFER,
    "accepted": Status.ACCEPTED,
    "offer accepted": Status.ACCEPTED,
    "hired": Status.ACCEPTED,
    "signed": Status.ACCEPTED,
    "rejected": Status.REJECTED,
    "rejection": Status.REJECTED,
    "declined": Status.REJECTED,
    "not selected": Status.REJECTED,
    "unsuccessful": Status.REJECTED,
    "turned down": Status.REJECTED,
    "no": Status.REJECTED,
    "withdrawn": Status.WITHDRAWN,
    "withdrew": Status.WITHDRAWN,
    "withdraw": Status.WITHDRAWN,
    "offer declined": Status.WITHDRAWN,
    "i declined": Status.WITHDRAWN,
    "cancelled": Status.WITHDRAWN,
    "canceled": Status.WITHDRAWN,
    "ghosted": Status.GHOSTED,
    "no response": Status.GHOSTED,
    "no reply": Status.GHOSTED,
    "no answer": Status.GHOSTED,
    "no news": Status.GHOSTED,
    "never heard back": Status.GHOSTED,
    "unresponsive": Status.GHOSTED,
    "silence": Status.GHOSTED,
}
# Then words anywhere in the value, most decisive first ("Rejected after interview").
_STATUS_KEYWORDS: tuple[tuple[str, Status], ...] = (
    ("reject", Status.REJECTED),
    ("ghost", Status.GHOSTED),
    ("withdr", Status.WITHDRAWN),
    ("accept", Status.ACCEPTED),
    ("offer", Status.OFFER),
    ("interview", Status.INTERVIEWING),
    ("assessment", Status.INTERVIEWING),
    ("screen", Status.SCREENING),
    ("applied", Status.APPLIED),
)


_NOT_WORD = re.compile(r"[^0-9a-z]+")


def _squeeze(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


@functools.lru_cache(maxsize=4096)  # a file repeats a handful of spellings
def parse_status(text: str) -> Status | None:
    """The status a person meant, or None when nothing matches (the caller decides)."""
    value = _squeeze(text)
    if value in _STATUS_WORDS:
        return _STATUS_WORDS[value]
    for word, status in _STATUS_KEYWORDS:
        if word in value:
            return status
    return None


@functools.lru_cache(maxsize=256)  # a file spells its workplaces a handful of ways
def parse_workplace(text: str) -> Workplace:
    value = _squeeze(text)
    if not value or value in {"no", "false", "n a", "na"}:
        return Workplace.UNSPECIFIED
    if "hybrid" in value:
        return Workplace.HYBRID
    if "remote" in value or value in {"yes", "true", "wfh"}:
        return Workplace.REMOTE
    if "site" in value or "office" in value:
        return Workplace.ONSITE
    raise CellValueError(f"'{text.strip()}' is not on-site, hybrid or remote")


class HistoryEntry(NamedTuple):
    """One timeline entry of the history cell (a named tuple: an import makes many)."""

    kind: EventKind
    occurred_on: date
    round: int | None = None
    notes: str = ""


# The notes run to the end of the entry, trailing spaces included (they are the person's).
_ENTRY = re.compile(
    r"^(\d{4}-\d{2}-\d{2})\s+([a-z_ ]+?)(?:\s*\(round\s+(\d+)\))?(?::\s?(.*)|\s*)$",
    re.DOTALL | re.IGNORECASE,
)
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_KIND_BY_NAME: dict[str, EventKind] = {k.value: k for k in EventKind} | {
    k.label.lower(): k for k in EventKind
}
_ESCAPES = {"\\": "\\\\", ";": "\\;", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", ";": ";", "n": "\n", "r": "\r"}


_ESCAPE_TABLE = str.maketrans(_ESCAPES)


def _escape(text: str) -> str:
    return text.translate(_ESCAPE_TABLE)


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPED.sub(lambda m: _UNESCAPES.get(m[1], m[0]), text)


def format_history(entries: list[HistoryEntry]) -> str:
    """'2026-10-01 applied; 2026-10-09 interview (round 1): went well' (notes escaped)."""
    return "; ".join(
        format_entry(e.occurred_on.isoformat(), e.kind.value, e.round, e.notes) for e in entries
    )


def format_entry(on: str, kind: str, round_number: int | None, notes: str) -> str:
    """One entry of the history cell, from its stored values (an ISO date, a kind's value)."""
    text = f"{on} {kind}"
    if round_number is not None:
        text += f" (round {round_number})"
    if notes:
        text += f": {_escape(notes)}"
    return text


def _split_unescaped(text: str) -> list[str]:
    """Split on every ';' that no backslash escapes (the parts keep their escapes)."""
    pieces = text.split(";")
    if "\\" not in text:
        return pieces
    parts: list[str] = []
    for piece in pieces:
        if parts and (len(parts[-1]) - len(parts[-1].rstrip("\\"))) % 2:
            parts[-1] += ";" + piece  # the ';' was escaped
        else:
            parts.append(piece)
    return parts


def parse_history(text: str) -> list[HistoryEntry]:
    """Entries written by `format_history`; a clear CellValueError naming the first bad one."""
    entries = []
    for raw in _split_unescaped(text):
        part = raw.lstrip()
        if part:
            entries.append(_parse_entry(part))
    return entries


@functools.lru_cache(maxsize=65536)  # "2026-10-01 applied" recurs across a file's rows
def _parse_entry(part: str) -> HistoryEntry:
    match = _ENTRY.match(part)
    kind = _KIND_BY_NAME.get(match[2].strip().lower()) if match else None
    if match is None or kind is None:
        raise CellValueError(
            f"'{_unescape(part)[:60]}' is not a timeline entry (write it like '2026-10-01 applied')"
        )
    try:
        on = date.fromisoformat(match[1])
    except ValueError as error:
        raise CellValueError(f"'{match[1]}' is not a date") from error
    round_number = int(match[3]) if match[3] else None
    return HistoryEntry(kind, on, round_number, _unescape(match[4] or ""))


def split_list(text: str) -> list[str]:
    """'Ann Lee; Bob Ray' -> ['Ann Lee', 'Bob Ray'] (empty places kept so lists line up)."""
    if not text.strip():
        return []
    return [part.strip() for part in text.split(";")]
