"""What the inbox rules read (a message, the tracked applications) and what they find."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Kind(StrEnum):
    REJECTION = "rejection"
    INTERVIEW = "interview"
    OFFER = "offer"
    ASSESSMENT = "assessment"
    ACKNOWLEDGEMENT = "acknowledgement"
    FEEDBACK = "feedback"
    OTHER = "other"


@dataclass(frozen=True)
class IncomingMail:
    """One received message, reduced to what the rules read."""

    message_id: str
    date: datetime | None
    from_name: str
    from_address: str
    subject: str
    body: str  # the whole plain text, quoted parts included; the rules cut them off
    bulk: bool = False  # List-Id, List-Unsubscribe or Precedence: bulk/list


@dataclass(frozen=True)
class TrackedContact:
    name: str
    email: str


@dataclass(frozen=True)
class Tracked:
    """An application as the matcher sees it."""

    application_id: int
    company: str
    role: str
    contacts: tuple[TrackedContact, ...] = ()
    is_open: bool = True
    applied_on: date | None = None


@dataclass(frozen=True)
class Classification:
    kind: Kind
    evidence: str  # the sentence that decided the kind ("" when nothing did)
    unsolicited: bool = False  # a job alert, newsletter or cold outreach: matches nothing


@dataclass(frozen=True)
class Finding:
    kind: Kind
    evidence: str
    application_id: int | None
    company: str | None
    role: str | None


def examine(mail: IncomingMail, tracked: list[Tracked] | tuple[Tracked, ...]) -> Finding:
    """Classify `mail` and match it to one of `tracked` (None when none fits)."""
    from nextmove.domain.inbox.classify import classify
    from nextmove.domain.inbox.match import match

    chosen = match(mail, tracked)
    verdict = classify(mail, related=chosen is not None)
    if verdict.unsolicited:
        chosen = None
    return Finding(
        kind=verdict.kind,
        evidence=verdict.evidence,
        application_id=chosen.application_id if chosen else None,
        company=chosen.company if chosen else None,
        role=chosen.role if chosen else None,
    )
