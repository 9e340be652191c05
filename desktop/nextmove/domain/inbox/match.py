"""Which tracked application a message is about.

Evidence of the company comes first: the sender is one of the application's contacts, the
sender's domain is the company's, or the company's full name appears in the sender's display
name, the subject or the new text (applicant-tracking systems such as Greenhouse or Lever send
from their own domain, so for them the display name and the text are all there is). The role
title and the contact then decide between two applications at one company. A shared word is
not a company: "Stellar Health" never matches "Stellar Labs".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from nextmove.domain.inbox.model import IncomingMail, Tracked
from nextmove.domain.inbox.text import contains_words, fold, new_text, words

# Senders that write on behalf of many employers (applicant-tracking systems, free mail):
# their domain says nothing about the company.
SHARED_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "hire.lever.co",
    "myworkday.com",
    "workday.com",
    "myworkdayjobs.com",
    "ashbyhq.com",
    "smartrecruiters.com",
    "smartrecruitersmail.com",
    "personio.de",
    "personio.com",
    "workablemail.com",
    "workable.com",
    "recruitee.com",
    "teamtailor-mail.com",
    "bamboohr.com",
    "successfactors.com",
    "icims.com",
    "jobvite.com",
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "icloud.com",
    "gmx.de",
    "web.de",
)
# Words that do not make a company's name distinctive.
LEGAL_FORMS = frozenset(
    [
        "gmbh",
        "ag",
        "se",
        "kg",
        "kgaa",
        "ug",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "llc",
        "llp",
        "plc",
        "corp",
        "corporation",
        "co",
        "company",
        "sa",
        "sas",
        "sarl",
        "sl",
        "slu",
        "bv",
        "nv",
        "spa",
        "srl",
        "oy",
        "ab",
        "as",
        "aps",
        "pty",
    ]
)
_WEAK_LABELS = frozenset(
    [
        "www",
        "mail",
        "email",
        "mx",
        "smtp",
        "jobs",
        "careers",
        "career",
        "talent",
        "hr",
        "recruiting",
    ]
)

CONTACT_ADDRESS = 100
CONTACT_NAME = 40
DOMAIN = 60
NAME_IN_SENDER = 50
NAME_IN_SUBJECT = 45
NAME_IN_TEXT = 30
ROLE_IN_SUBJECT = 25
ROLE_IN_TEXT = 15


@dataclass(frozen=True)
class _Scored:
    score: int
    company_evidence: bool
    tracked: Tracked


@lru_cache(maxsize=8192)
def company_words(company: str) -> list[str]:
    """The folded words of a company's name without its legal form (GmbH, Inc., …)."""
    found = words(company)
    end = len(found)
    while end > 1 and found[end - 1] in LEGAL_FORMS:  # "Acme Corp Ltd" -> "acme"
        end -= 1
    return found[:end]


@lru_cache(maxsize=8192)
def role_words(role: str) -> list[str]:
    """The folded words of a role title without a parenthesised note like "(m/w/d)"."""
    cut = role.split("(", 1)[0]
    return words(cut) or words(role)


@lru_cache(maxsize=8192)
def _name_words(name: str) -> list[str]:
    return words(name)


@lru_cache(maxsize=8192)
def _folded_address(address: str) -> str:
    return fold(address.strip())


def _domain(address: str) -> str:
    return fold(address.rpartition("@")[2].strip().strip(">"))


def _is_shared(domain: str) -> bool:
    return any(domain == ats or domain.endswith("." + ats) for ats in SHARED_DOMAINS)


def _domain_labels(domain: str) -> frozenset[str]:
    """The parts of a sender's domain that can name a company (none for a shared sender)."""
    if not domain or _is_shared(domain):
        return frozenset()
    labels = [label for label in domain.split(".")[:-1] if label not in _WEAK_LABELS]
    return frozenset(label.replace("-", "") for label in labels)


def _domain_matches(domain: str, company: list[str]) -> bool:
    """acme.com, mail.acme-corp.de, stellarhealth.io: "Acme", "Acme Corp", "Stellar Health"."""
    if not domain or not company or _is_shared(domain):
        return False
    labels = [label for label in domain.split(".")[:-1] if label not in _WEAK_LABELS]
    joined = "".join(company)
    return any(label.replace("-", "") == joined for label in labels)


class _Message:
    """The folded parts of a message the matcher compares names against."""

    def __init__(self, mail: IncomingMail) -> None:
        self.address = fold(mail.from_address.strip())
        self.domain = _domain(mail.from_address)
        self.labels = _domain_labels(self.domain)
        self.sender = words(mail.from_name)
        self.subject = words(mail.subject)
        self.text = words(new_text(mail.body))


def _score(message: _Message, tracked: Tracked) -> _Scored:
    score = 0
    evidence = False
    company = company_words(tracked.company)
    for contact in tracked.contacts:
        if contact.email and _folded_address(contact.email) == message.address:
            score += CONTACT_ADDRESS
            evidence = True
            break
        if contact.name and _name_words(contact.name) == message.sender and len(message.sender) > 1:
            score += CONTACT_NAME
    if company and "".join(company) in message.labels:
        score += DOMAIN
        evidence = True
    for part, points in (
        (message.sender, NAME_IN_SENDER),
        (message.subject, NAME_IN_SUBJECT),
        (message.text, NAME_IN_TEXT),
    ):
        if contains_words(part, company):
            score += points
            evidence = True
    role = role_words(tracked.role)
    if contains_words(message.subject, role):
        score += ROLE_IN_SUBJECT + len(role)
    elif contains_words(message.text, role):
        score += ROLE_IN_TEXT + len(role)
    return _Scored(score, evidence, tracked)


def _tiebreak(scored: _Scored) -> tuple[int, bool, date, int]:
    applied = scored.tracked.applied_on or date.min
    return (scored.score, scored.tracked.is_open, applied, scored.tracked.application_id)


def match(mail: IncomingMail, tracked: Sequence[Tracked]) -> Tracked | None:
    """The application `mail` is about, or None when nothing names its company."""
    message = _Message(mail)
    best: _Scored | None = None
    for candidate in tracked:
        scored = _score(message, candidate)
        if not scored.company_evidence:
            continue
        if best is None or _tiebreak(scored) > _tiebreak(best):
            best = scored
    return best.tracked if best is not None else None
