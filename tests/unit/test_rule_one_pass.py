"""The one-pass `in_effect` keeps exactly the entries the rule's plain statement keeps."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from nextmove.domain.status import CLOSED_STATUSES, EVENT_STATUS, EventKind
from nextmove.domain.timeline_rules import Entry, in_effect

TODAY = date(2026, 11, 26)


def _plain(entries: list[Entry], today: date) -> list[Entry]:
    """The rule as the README states it, entry against entry."""
    ordered = sorted(entries, key=lambda e: (e.on, e.order))
    closings = [e for e in ordered if EVENT_STATUS.get(e.kind) in CLOSED_STATUSES]
    return [
        e
        for e in ordered
        if e.on <= today
        and not (
            e.kind in EVENT_STATUS and any(c.order > e.order and c.on <= e.on for c in closings)
        )
    ]


@given(
    st.lists(st.tuples(st.sampled_from(list(EventKind)), st.integers(-6, 6)), max_size=12).map(
        lambda items: [
            Entry(order, kind, TODAY + timedelta(days=days))
            for order, (kind, days) in enumerate(items)
        ]
    ),
    st.permutations(range(12)),
)
def test_in_effect_agrees_with_the_plain_rule(entries: list[Entry], shuffle: list[int]) -> None:
    # Entry order need not follow the dates: shuffle which entry was entered when.
    orders = [o for o in shuffle if o < len(entries)]
    entries = [e._replace(order=o) for e, o in zip(entries, orders, strict=True)]
    assert in_effect(entries, TODAY) == _plain(entries, TODAY)
