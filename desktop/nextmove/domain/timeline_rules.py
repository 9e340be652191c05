"""What can be added to a timeline by hand, and when."""

from __future__ import annotations

from datetime import date, timedelta

from nextmove.domain.application import EARLIEST_DATE
from nextmove.domain.status import EventKind

# The entries a person adds from the side panel, in the order a job hunt goes.
MANUAL_EVENTS: tuple[EventKind, ...] = (
    EventKind.APPLIED,
    EventKind.SCREEN,
    EventKind.ASSESSMENT,
    EventKind.INTERVIEW,
    EventKind.OFFER,
    EventKind.ACCEPTED,
    EventKind.REJECTED,
    EventKind.WITHDRAWN,
    EventKind.GHOSTED,
    EventKind.NOTE,
)
# Calls, tests and interviews are often booked ahead; the rest is recorded once it happened.
SCHEDULABLE = frozenset({EventKind.SCREEN, EventKind.ASSESSMENT, EventKind.INTERVIEW})
MAX_AHEAD = timedelta(days=366)


def check_event_date(kind: EventKind, on: date, today: date) -> str | None:
    """A sentence for the date field, or None when the date makes sense for this entry."""
    if on < EARLIEST_DATE:
        return "That date is too far in the past."
    if on > today + MAX_AHEAD:
        return "That date is more than a year away."
    if on > today and kind not in SCHEDULABLE:
        return "This hasn't happened yet: pick today or an earlier day."
    return None


def next_round(rounds: list[int | None]) -> int:
    """The round number to suggest for a new interview: one after the highest so far."""
    return max((r for r in rounds if r is not None), default=0) + 1


def describe(kind: EventKind, round_number: int | None) -> str:
    if kind is EventKind.INTERVIEW and round_number is not None:
        return f"Interview (round {round_number})"
    return kind.label
