"""The timeline's rules: what can be added to it by hand, and what it says.

THE status rule, the only place it lives (storage applies it after every change):

- The status is that of the latest *status entry* (applied, screening call, assessment,
  interview, offer, accepted, rejected, withdrawn, ghosted, saved) that has taken effect:
  latest by date; on the same date, the one entered last.
- An entry dated in the future (an interview booked for next week) takes effect on its day.
- Closing an application (rejected, withdrawn, ghosted, accepted) cancels what was booked
  before it: an entry made earlier but dated on or after the closing entry never takes effect.
  Entries made after the closing one (a new interview recorded later) count as usual.
- With no status entry in effect, the application is on the wishlist.

The last activity is the latest date of any entry in effect (notes and sent emails included),
or none. Both follow from the timeline alone and the day it is, so the same timeline always
gives the same answer, whichever path changed it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import NamedTuple

from nextmove.domain.application import EARLIEST_DATE
from nextmove.domain.status import CLOSED_STATUSES, EVENT_STATUS, EventKind, Status

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


class Entry(NamedTuple):
    """What the rule reads of one timeline entry: its place in entry order, kind and date.

    A named tuple: an import builds hundreds of thousands of them."""

    order: int
    kind: EventKind
    on: date


@dataclass(frozen=True)
class Derived:
    status: Status
    last_activity_on: date | None


# (date, entry order) of an Entry(order, kind, on), read in C: an import sorts 100,000 timelines.
_by_date_then_order = itemgetter(2, 0)


_CLOSING_KINDS = frozenset(
    kind for kind, status in EVENT_STATUS.items() if status in CLOSED_STATUSES
)


def in_effect(entries: Iterable[Entry], today: date) -> list[Entry]:
    """The entries that count today, in (date, entry order) order.

    A status entry is overtaken by a closing entry entered after it (a higher order) and
    dated on or before it. One pass over the days: a day's closings count for every entry
    of that day and of the days after.
    """
    ordered = sorted(entries, key=_by_date_then_order)
    if not any(e.kind in _CLOSING_KINDS for e in ordered):
        return [e for e in ordered if e.on <= today]  # nothing can be overtaken
    kept: list[Entry] = []
    latest_closing = -1  # the highest entry order among the closings dated so far
    count, start = len(ordered), 0
    while start < count and ordered[start].on <= today:
        day, end = ordered[start].on, start
        while end < count and ordered[end].on == day:
            entry = ordered[end]
            if entry.kind in _CLOSING_KINDS and entry.order > latest_closing:
                latest_closing = entry.order
            end += 1
        for entry in ordered[start:end]:
            if entry.kind in EVENT_STATUS and latest_closing > entry.order:
                continue  # booked, then overtaken by a later-entered closing entry
            kept.append(entry)
        start = end
    return kept


def derive(entries: Iterable[Entry], today: date) -> Derived:
    """The status and last activity a timeline gives on `today` (see the module's rule)."""
    effective = in_effect(entries, today)
    status = next(
        (EVENT_STATUS[e.kind] for e in reversed(effective) if e.kind in EVENT_STATUS),
        Status.WISHLIST,
    )
    return Derived(status, effective[-1].on if effective else None)
