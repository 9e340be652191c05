"""A person met along the way (recruiter, interviewer, mentor), and the checks on their details."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email

from nextmove.domain.addresses import not_an_address
from nextmove.domain.application import EARLIEST_DATE, MAX_TEXT
from nextmove.domain.status import ContactRole

ROLE_LABELS: dict[ContactRole, str] = {
    ContactRole.RECRUITER: "Recruiter",
    ContactRole.HIRING_MANAGER: "Hiring manager",
    ContactRole.INTERVIEWER: "Interviewer",
    ContactRole.MENTOR: "Mentor",
    ContactRole.OTHER: "Other",
}


@dataclass
class ContactData:
    """Every editable field of a contact, detached from any database."""

    name: str
    email: str = ""
    role: ContactRole | None = None
    company: str = ""
    notes: str = ""
    keep_in_touch_on: date | None = None
    phone: str = ""
    profile_url: str = ""  # LinkedIn, XING, a personal site


@dataclass
class ContactCheck:
    """Field name -> a sentence shown next to that field; `email` is the normalised address."""

    errors: dict[str, str] = field(default_factory=dict)
    email: str = ""
    phone: str = ""
    profile_url: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors


def normalise_email(text: str) -> str:
    """The address in its canonical form; ValueError with a readable reason when it is not one."""
    try:
        return validate_email(text.strip(), check_deliverability=False).normalized
    except EmailNotValidError as error:
        raise ValueError(str(error)) from error


_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ()./\-]+(?:\s*(?:x|ext\.?)\s*[0-9]+)?$", re.IGNORECASE)
MAX_PHONE = 40
MAX_URL = 2000


def normalise_phone(text: str) -> str:
    """A phone number as typed, spaces tidied; ValueError with a sentence when it is not one."""
    phone = " ".join(text.split())
    if not phone:
        return ""
    digits = sum(c.isdigit() for c in phone)
    if len(phone) > MAX_PHONE or not _PHONE_CHARACTERS.match(phone) or digits < 3:
        raise ValueError(
            "Enter a phone number with digits, and +, spaces, dashes or brackets if you like."
        )
    return phone


def normalise_profile_url(text: str) -> str:
    """A profile link (https:// added when left out); ValueError when it is not a web address."""
    url = text.strip()
    if not url:
        return ""
    if "://" not in url:
        url = f"https://{url}"
    parts = urlsplit(url)
    host = parts.hostname or ""
    if (
        parts.scheme not in ("http", "https")
        or "." not in host
        or any(c.isspace() for c in url)
        or len(url) > MAX_URL
    ):
        raise ValueError("Enter a web address, like linkedin.com/in/your-name.")
    return url


def check_contact(data: ContactData) -> ContactCheck:
    check = ContactCheck()
    if not data.name.strip():
        check.errors["name"] = "Enter the person's name."
    elif len(data.name) > MAX_TEXT:
        check.errors["name"] = f"Keep the name under {MAX_TEXT} characters."
    if data.email.strip():
        try:
            check.email = normalise_email(data.email)
        except ValueError as error:
            check.errors["email"] = not_an_address("email address", str(error))
    if len(data.company) > MAX_TEXT:
        check.errors["company"] = f"Keep the company under {MAX_TEXT} characters."
    try:
        check.phone = normalise_phone(data.phone)
    except ValueError as error:
        check.errors["phone"] = str(error)
    try:
        check.profile_url = normalise_profile_url(data.profile_url)
    except ValueError as error:
        check.errors["profile_url"] = str(error)
    if data.keep_in_touch_on is not None and data.keep_in_touch_on < EARLIEST_DATE:
        check.errors["keep_in_touch_on"] = "That date is too far in the past."
    return check


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class ContactKeys:
    """How a contact is recognised: by email, then by name, always within one company.

    The same recruiter working for two companies is two contacts, each tied to its company.
    """

    email: tuple[str, str] | None
    name: tuple[str, str]


def contact_keys(name: str, email: str, company: str) -> ContactKeys:
    where = _fold(company)
    return ContactKeys((where, _fold(email)) if email.strip() else None, (where, _fold(name)))


def matches_by_name(stored_email: str, email: str) -> bool:
    """A name match counts unless both sides have an email and the emails differ."""
    return not stored_email.strip() or not email.strip() or _fold(stored_email) == _fold(email)
