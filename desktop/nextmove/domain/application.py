"""An application as plain data, and the checks a person's input must pass."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from nextmove.domain.status import Status, Workplace

MAX_TEXT = 200
# An http(s) address of printable ASCII with a plain host: what urlsplit would accept too.
_PLAIN_WEB_ADDRESS = re.compile(
    r"[hH][tT][tT][pP][sS]?://[A-Za-z0-9.-]+(?::[0-9]*)?(?:[/?#][!-~]*)?"
)
# The longest each free-text field may be, wherever it is typed, pasted, captured or imported.
MAX_NEXT_ACTION = 500
MAX_LONG_TEXT = 1_000_000
EARLIEST_DATE = date(1990, 1, 1)


@dataclass
class ApplicationData:
    """Every editable field of an application, detached from any database."""

    company: str
    role: str
    status: Status = Status.WISHLIST
    job_url: str = ""
    location: str = ""
    workplace: Workplace = Workplace.UNSPECIFIED
    source: str = ""
    salary: str = ""
    applied_on: date | None = None
    next_action_on: date | None = None
    next_action: str = ""
    job_description: str = ""
    notes: str = ""


@dataclass
class ValidationResult:
    """Field name -> a sentence for the person, shown next to that field."""

    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def validate_url(url: str) -> str | None:
    """An error message for a job link that is not a web address, or None when it is fine."""
    url = url.strip()
    if not url:
        return None
    if _PLAIN_WEB_ADDRESS.fullmatch(url):  # the common case, without taking it apart
        return None
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc or " " in url:
        return "Enter a full web address starting with https://"
    return None


def validate_application(data: ApplicationData, today: date) -> ValidationResult:
    result = ValidationResult()
    if not data.company.strip():
        result.errors["company"] = "Enter the company name."
    elif len(data.company) > MAX_TEXT:
        result.errors["company"] = f"Keep the company name under {MAX_TEXT} characters."
    if not data.role.strip():
        result.errors["role"] = "Enter the role you applied for."
    elif len(data.role) > MAX_TEXT:
        result.errors["role"] = f"Keep the role under {MAX_TEXT} characters."
    for name, limit, what in _LIMITS:
        if len(getattr(data, name)) > limit:
            result.errors[name] = f"Keep the {what} under {limit:,} characters."
    if (message := validate_url(data.job_url)) is not None:
        result.errors["job_url"] = message
    if data.applied_on is not None:
        if data.applied_on > today:
            result.errors["applied_on"] = "The application date cannot be in the future."
        elif data.applied_on < EARLIEST_DATE:
            result.errors["applied_on"] = "That date is too far in the past."
    if data.next_action_on is not None and data.next_action_on < EARLIEST_DATE:
        result.errors["next_action_on"] = "That date is too far in the past."
    return result


# (field, its maximum, how a message names it); company and role are checked above.
_LIMITS = (
    ("next_action", MAX_NEXT_ACTION, "next action"),
    ("location", MAX_TEXT, "location"),
    ("source", MAX_TEXT, "source"),
    ("salary", MAX_TEXT, "salary"),
    ("job_description", MAX_LONG_TEXT, "job description"),
    ("notes", MAX_LONG_TEXT, "notes"),
)
