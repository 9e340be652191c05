"""The status rule (domain.timeline_rules.derive): one answer for one timeline and one day."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from nextmove.domain.status import EVENT_STATUS, EventKind, Status
from nextmove.domain.timeline_rules import Derived, Entry, derive

TODAY = date(2026, 11, 26)
NEXT_WEEK = TODAY + timedelta(days=7)


def _entries(*items: tuple[EventKind, date]) -> list[Entry]:
    return [Entry(i, kind, on) for i, (kind, on) in enumerate(items, start=1)]


def test_a_rejection_after_booking_an_interview_stays_rejected_when_a_note_follows() -> None:
    timeline = _entries(
        (EventKind.APPLIED, date(2026, 11, 1)),
        (EventKind.INTERVIEW, NEXT_WEEK),
        (EventKind.REJECTED, TODAY),
        (EventKind.NOTE, TODAY),
    )
    assert derive(timeline, TODAY) == Derived(Status.REJECTED, TODAY)
    # Nor does the booked interview bring it back on its day: the rejection cancelled it.
    assert derive(timeline, NEXT_WEEK).status is Status.REJECTED
    assert derive(timeline, NEXT_WEEK).last_activity_on == TODAY


def test_a_booked_entry_takes_effect_on_its_day() -> None:
    timeline = _entries((EventKind.APPLIED, date(2026, 11, 1)), (EventKind.INTERVIEW, NEXT_WEEK))
    assert derive(timeline, TODAY) == Derived(Status.APPLIED, date(2026, 11, 1))
    assert derive(timeline, NEXT_WEEK) == Derived(Status.INTERVIEWING, NEXT_WEEK)


def test_an_entry_recorded_after_the_rejection_counts() -> None:
    """Reopened: an interview recorded after the rejection, dated after it."""
    timeline = _entries(
        (EventKind.APPLIED, date(2026, 10, 1)),
        (EventKind.REJECTED, date(2026, 10, 20)),
        (EventKind.INTERVIEW, date(2026, 11, 5)),
    )
    assert derive(timeline, TODAY).status is Status.INTERVIEWING


def test_ties_go_to_the_entry_made_last_and_backdated_entries_move_nothing() -> None:
    same_day = _entries((EventKind.SCREEN, TODAY), (EventKind.OFFER, TODAY))
    assert derive(same_day, TODAY).status is Status.OFFER
    backdated = _entries((EventKind.OFFER, TODAY), (EventKind.SCREEN, date(2026, 11, 2)))
    assert derive(backdated, TODAY).status is Status.OFFER


def test_no_status_entry_in_effect_is_the_wishlist_and_no_activity() -> None:
    assert derive([], TODAY) == Derived(Status.WISHLIST, None)
    assert derive(_entries((EventKind.SCREEN, NEXT_WEEK)), TODAY) == Derived(Status.WISHLIST, None)


_KINDS = st.sampled_from(list(EventKind))
_DAYS = st.integers(min_value=-40, max_value=40).map(lambda n: TODAY + timedelta(days=n))


@given(st.lists(st.tuples(_KINDS, _DAYS), max_size=12), st.randoms())
def test_the_rule_reads_only_the_entries_never_the_order_they_are_listed_in(
    items: list[tuple[EventKind, date]], shuffler: random.Random
) -> None:
    timeline = _entries(*items)
    result = derive(timeline, TODAY)
    shuffled = list(timeline)
    shuffler.shuffle(shuffled)
    assert derive(shuffled, TODAY) == result
    # The status is that of an entry that has happened, or the wishlist; never a future one's.
    happened = {EVENT_STATUS[e.kind] for e in timeline if e.kind in EVENT_STATUS and e.on <= TODAY}
    assert result.status in happened | {Status.WISHLIST}
    past = [e.on for e in timeline if e.on <= TODAY]
    assert result.last_activity_on is None or result.last_activity_on in past
