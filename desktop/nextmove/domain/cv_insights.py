"""Response rate per CV version: which CV brought answers.

A CV version is one content (its SHA-256) marked "sent with this application", so the same
file sent to ten employers counts once with ten applications, and an edited CV is a new
version. An application counts as answered once its timeline holds anything the employer
did: a screening call, an assessment, an interview, an offer or a rejection.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nextmove.domain.status import EventKind

ANSWERS = frozenset(
    {
        EventKind.SCREEN,
        EventKind.ASSESSMENT,
        EventKind.INTERVIEW,
        EventKind.OFFER,
        EventKind.ACCEPTED,
        EventKind.REJECTED,
    }
)


@dataclass(frozen=True)
class CvSent:
    """One application that a CV version went to, and what its timeline holds."""

    sha256: str
    file_name: str
    application_id: int
    event_kinds: frozenset[EventKind]


@dataclass(frozen=True)
class CvRate:
    sha256: str
    file_name: str  # the name it was first added under
    applications: int
    answered: int

    @property
    def rate(self) -> float:
        return self.answered / self.applications if self.applications else 0.0


def response_rate_by_cv(sent: Iterable[CvSent]) -> list[CvRate]:
    """One figure per CV version, the most used first (then by name)."""
    names: dict[str, str] = {}
    applications: dict[str, set[int]] = {}
    answered: dict[str, set[int]] = {}
    for item in sent:
        names.setdefault(item.sha256, item.file_name)
        applications.setdefault(item.sha256, set()).add(item.application_id)
        if item.event_kinds & ANSWERS:
            answered.setdefault(item.sha256, set()).add(item.application_id)
    rates = [
        CvRate(sha, names[sha], len(apps), len(answered.get(sha, set())))
        for sha, apps in applications.items()
    ]
    return sorted(rates, key=lambda r: (-r.applications, r.file_name.casefold(), r.sha256))
