"""How far applications get, read from their timelines: the funnel, where rejections happen and
the flow of stages. Plain Python over plain facts; the storage layer hands the timelines in.

An application counts at a stage when its timeline shows it got there or further: one that went
from "applied" straight to an interview has passed screening too, so the funnel never widens on
the way down. An application counts as applied when it has an applied date, any stage event, or
ended rejected (nobody is turned down without having applied); wishlist items are left out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from itertools import pairwise

from nextmove.domain.status import EventKind, Status

APPLIED = "applied"
SCREENING = "screening"
INTERVIEW = "interview"
OFFER = "offer"
# The funnel's stages, top to bottom.
STAGES: tuple[str, ...] = (APPLIED, SCREENING, INTERVIEW, OFFER)
STAGE_LABELS: dict[str, str] = {
    APPLIED: "Applied",
    SCREENING: "Screening",
    INTERVIEW: "Interview",
    OFFER: "Offer",
}
# Where an application's flow ends: how it closed, or still open.
OPEN = "open"
OUTCOMES: tuple[str, ...] = (
    Status.ACCEPTED.value,
    Status.REJECTED.value,
    Status.GHOSTED.value,
    Status.WITHDRAWN.value,
    OPEN,
)
OUTCOME_LABELS: dict[str, str] = {
    Status.ACCEPTED.value: "Accepted",
    Status.REJECTED.value: "Rejected",
    Status.GHOSTED.value: "Ghosted",
    Status.WITHDRAWN.value: "Withdrawn",
    OPEN: "Still open",
}
# The rates between neighbouring stages, and from the top to the bottom.
RATE_KEYS: tuple[tuple[str, str, str], ...] = (
    ("applied_to_screening", APPLIED, SCREENING),
    ("screening_to_interview", SCREENING, INTERVIEW),
    ("interview_to_offer", INTERVIEW, OFFER),
    ("applied_to_offer", APPLIED, OFFER),
)

_EVENT_STAGE: dict[str, str] = {
    EventKind.APPLIED.value: APPLIED,
    EventKind.SCREEN.value: SCREENING,
    EventKind.ASSESSMENT.value: INTERVIEW,
    EventKind.INTERVIEW.value: INTERVIEW,
    EventKind.OFFER.value: OFFER,
    EventKind.ACCEPTED.value: OFFER,
}
# Endings that say the person had applied even when the timeline holds nothing else.
_APPLIED_TO_END = frozenset({Status.REJECTED.value, Status.GHOSTED.value})


@dataclass(frozen=True)
class ApplicationFacts:
    """One application as the insights read it: its stored status and its timeline."""

    source: str
    status: str
    applied_on: date | None
    # (event kind, date) in timeline order, as stored.
    events: tuple[tuple[str, date], ...] = ()

    @cached_property
    def passed(self) -> tuple[str, ...]:
        """Worked out once per application: every figure asks for it."""
        return _passed(self)


def stages_passed(app: ApplicationFacts) -> tuple[str, ...]:
    """The funnel stages the timeline shows, in funnel order; empty when never applied."""
    return app.passed


def _passed(app: ApplicationFacts) -> tuple[str, ...]:
    seen = {_EVENT_STAGE[kind] for kind, _ in app.events if kind in _EVENT_STAGE}
    ended_unheard = app.status in _APPLIED_TO_END or any(
        kind in _APPLIED_TO_END for kind, _ in app.events
    )
    if seen or app.applied_on is not None or ended_unheard:
        seen.add(APPLIED)
    return tuple(stage for stage in STAGES if stage in seen)


def furthest_stage(app: ApplicationFacts) -> str | None:
    passed = stages_passed(app)
    return passed[-1] if passed else None


@dataclass(frozen=True)
class Funnel:
    counts: dict[str, int]

    def rate(self, key: str) -> float | None:
        """A conversion rate from RATE_KEYS (0..1), None when nobody reached the upper stage."""
        for name, upper, lower in RATE_KEYS:
            if name == key:
                top = self.counts[upper]
                return self.counts[lower] / top if top else None
        raise KeyError(key)

    @property
    def rates(self) -> dict[str, float | None]:
        return {name: self.rate(name) for name, _, _ in RATE_KEYS}


def funnel(apps: list[ApplicationFacts]) -> Funnel:
    """How many applications reached each stage or went further."""
    counts = dict.fromkeys(STAGES, 0)
    for app in apps:
        furthest = furthest_stage(app)
        if furthest is None:
            continue
        for stage in STAGES[: STAGES.index(furthest) + 1]:
            counts[stage] += 1
    return Funnel(counts)


def rejections_by_stage(apps: list[ApplicationFacts]) -> dict[str, int]:
    """Every rejected application, once, at the furthest stage its timeline reached."""
    counts = dict.fromkeys(STAGES, 0)
    for app in apps:
        if app.status == Status.REJECTED.value:
            counts[furthest_stage(app) or APPLIED] += 1
    return counts


@dataclass(frozen=True)
class FlowLink:
    source: str
    target: str
    count: int


def outcome(app: ApplicationFacts) -> str:
    return app.status if app.status in OUTCOMES else OPEN


def flow(apps: list[ApplicationFacts]) -> list[FlowLink]:
    """Links between stages (and from the furthest stage to the outcome), Sankey style.

    Like the funnel, an application passes every stage up to the furthest its timeline reached
    (straight to an interview passes screening), so what flows into a stage equals the funnel's
    count there, and it flows out again: on to the next stage or into one outcome.
    """
    links: Counter[tuple[str, str]] = Counter()
    for app in apps:
        furthest = furthest_stage(app)
        if furthest is None:
            continue
        path = [*STAGES[: STAGES.index(furthest) + 1], outcome(app)]
        links.update(pairwise(path))
    order = {name: i for i, name in enumerate(STAGES + OUTCOMES)}
    return [
        FlowLink(source, target, count)
        for (source, target), count in sorted(
            links.items(), key=lambda item: (order[item[0][0]], order[item[0][1]])
        )
    ]
