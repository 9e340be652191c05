"""Follow-up suggestions: which facts raise which suggestion, and what the person did with one
(done, dismissed, snoozed) holding for its trigger."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nextmove.domain.status import Status
from nextmove.domain.suggestions import (
    RULE_KEYS,
    ApplicationFacts,
    ContactFacts,
    Facts,
    GoalFacts,
    Kind,
    Rules,
    State,
    rules_from,
    suggest,
)

TODAY = date(2026, 11, 26)


def _ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def _app(status: Status, quiet_days: int, **extra: object) -> ApplicationFacts:
    return ApplicationFacts(1, "Northwind", "Analyst", status, _ago(quiet_days), **extra)  # type: ignore[arg-type]


DANA = ((5, "Dana Scully", "dana@northwind.example"),)

SCENARIOS = [
    # (what, facts, states, rules, expected (kind, key) pairs)
    ("applied a week ago, no answer", Facts((_app(Status.APPLIED, 7),)), {}, Rules(),
     [(Kind.FOLLOW_UP, "follow_up:1:2026-11-19")]),
    ("applied six days ago", Facts((_app(Status.APPLIED, 6),)), {}, Rules(), []),
    ("screening a week: waiting on them is normal", Facts((_app(Status.SCREENING, 7),)), {},
     Rules(), []),
    ("thirty silent days applied: ghosted, not a follow-up",
     Facts((_app(Status.APPLIED, 30),)), {}, Rules(), [(Kind.GHOSTED, "ghosted:1:2026-10-27")]),
    ("thirty silent days interviewing", Facts((_app(Status.INTERVIEWING, 45),)), {}, Rules(),
     [(Kind.GHOSTED, "ghosted:1:2026-10-12")]),
    ("wishlist is never ghosted", Facts((_app(Status.WISHLIST, 90),)), {}, Rules(), []),
    ("closed applications raise nothing", Facts((_app(Status.REJECTED, 90),)), {}, Rules(), []),
    ("interview today: thank-you",
     Facts((_app(Status.INTERVIEWING, 0, interviews=((9, TODAY),), contacts=DANA),)), {},
     Rules(), [(Kind.THANK_YOU, "thank_you:9:2026-11-26")]),
    ("interview yesterday: still thank-you",
     Facts((_app(Status.INTERVIEWING, 1, interviews=((9, _ago(1)),)),)), {}, Rules(),
     [(Kind.THANK_YOU, "thank_you:9:2026-11-25")]),
    ("interview two days ago: too late",
     Facts((_app(Status.INTERVIEWING, 2, interviews=((9, _ago(2)),)),)), {}, Rules(), []),
    ("keep-in-touch date reached",
     Facts(contacts=(ContactFacts(5, "Dana", "d@x.example", TODAY),)), {}, Rules(),
     [(Kind.KEEP_IN_TOUCH, "keep_in_touch:5:2026-11-26")]),
    ("keep-in-touch tomorrow",
     Facts(contacts=(ContactFacts(5, "Dana", "d@x.example", _ago(-1)),)), {}, Rules(), []),
    ("learning goal due", Facts(goals=(GoalFacts(3, "SQL", _ago(2), False),)), {}, Rules(),
     [(Kind.LEARNING_GOAL, "learning_goal:3:2026-11-24")]),
    ("learning goal done", Facts(goals=(GoalFacts(3, "SQL", _ago(2), True),)), {}, Rules(), []),
    ("dismissed", Facts((_app(Status.APPLIED, 8),)),
     {"follow_up:1:2026-11-18": State("dismissed")}, Rules(), []),
    ("done", Facts((_app(Status.APPLIED, 8),)), {"follow_up:1:2026-11-18": State("done")},
     Rules(), []),
    ("snoozed until tomorrow", Facts((_app(Status.APPLIED, 8),)),
     {"follow_up:1:2026-11-18": State("snoozed", _ago(-1))}, Rules(), []),
    ("snooze over today", Facts((_app(Status.APPLIED, 8),)),
     {"follow_up:1:2026-11-18": State("snoozed", TODAY)}, Rules(),
     [(Kind.FOLLOW_UP, "follow_up:1:2026-11-18")]),
    ("a dismissed follow-up, then a sent email and a new silent week: a new trigger",
     Facts((_app(Status.APPLIED, 7),)), {"follow_up:1:2026-11-10": State("dismissed")}, Rules(),
     [(Kind.FOLLOW_UP, "follow_up:1:2026-11-19")]),
    ("follow-ups after 14 days only", Facts((_app(Status.APPLIED, 10),)), {},
     Rules(follow_up_days=14), []),
    ("rules turned off", Facts(
        (_app(Status.APPLIED, 40, interviews=((9, TODAY),)),),
        (ContactFacts(5, "Dana", "", TODAY),),
        (GoalFacts(3, "SQL", TODAY, False),),
    ), {}, Rules(0, 0, thank_you=False, keep_in_touch=False, learning_goals=False), []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("facts", "states", "rules", "expected"),
    [pytest.param(*scenario[1:], id=scenario[0]) for scenario in SCENARIOS],
)
def test_scenarios(
    facts: Facts, states: dict[str, State], rules: Rules, expected: list[tuple[Kind, str]]
) -> None:
    assert [(s.kind, s.key) for s in suggest(facts, states, rules, TODAY)] == expected


def test_a_follow_up_goes_to_the_first_contact_with_an_address() -> None:
    facts = Facts((_app(Status.APPLIED, 9, contacts=((4, "No Mail", ""), *DANA)),))
    (found,) = suggest(facts, {}, Rules(), TODAY)
    assert found.recipients == (("Dana Scully", "dana@northwind.example"),)
    assert (found.company, found.role, found.application_id) == ("Northwind", "Analyst", 1)


def test_rules_read_from_settings_with_defaults_for_anything_unreadable() -> None:
    assert rules_from({}) == Rules()
    stored = {
        RULE_KEYS["follow_up_days"]: "10",
        RULE_KEYS["ghosted_days"]: "many",
        RULE_KEYS["thank_you"]: "false",
        RULE_KEYS["keep_in_touch"]: True,
    }
    assert rules_from(stored) == Rules(follow_up_days=10, thank_you=False)
    # Switched off, the number of days is kept for when it is switched on again.
    off = {**stored, RULE_KEYS["follow_up"]: "false", RULE_KEYS["ghosted"]: False}
    assert rules_from(off) == Rules(follow_up_days=0, ghosted_days=0, thank_you=False)


_days = st.integers(min_value=0, max_value=120)
_apps = st.lists(
    st.builds(
        ApplicationFacts,
        id=st.integers(1, 30),
        company=st.just("Acme"),
        role=st.just("Analyst"),
        status=st.sampled_from(list(Status)),
        last_activity_on=_days.map(_ago),
        interviews=st.lists(st.tuples(st.integers(1, 50), st.integers(0, 3).map(_ago))).map(tuple),
        contacts=st.just(DANA),
    ),
    max_size=8,
).map(tuple)
_contacts = st.lists(
    st.builds(ContactFacts, st.integers(1, 9), st.just("Dana"), st.just("d@x.example"),
              st.integers(-5, 30).map(_ago)),
    max_size=4,
).map(tuple)  # fmt: skip
_goals = st.lists(
    st.builds(GoalFacts, st.integers(1, 9), st.just("SQL"), st.integers(-5, 30).map(_ago),
              st.booleans()),
    max_size=4,
).map(tuple)  # fmt: skip
_facts = st.builds(Facts, _apps, _contacts, _goals)


@settings(max_examples=150, deadline=None)
@given(
    before=_facts,
    after=_facts,
    picks=st.lists(st.booleans(), max_size=30),
    later=st.integers(0, 60),
    snoozes=st.dictionaries(st.text(max_size=5), _days.map(_ago), max_size=3),
)
def test_a_dismissed_or_done_suggestion_never_returns_for_the_same_trigger(
    before: Facts,
    after: Facts,
    picks: list[bool],
    later: int,
    snoozes: dict[str, date],
) -> None:
    shown = suggest(before, {}, Rules(), TODAY)
    gone = {
        s.key: State("dismissed" if i % 2 else "done")
        for i, (s, pick) in enumerate(zip(shown, picks, strict=False))
        if pick
    }
    states = {**{k: State("snoozed", d) for k, d in snoozes.items()}, **gone}
    # Whatever happens afterwards (the same facts or others, any day later), those triggers
    # stay gone, and everything else the rules raise still shows.
    for facts in (before, after):
        for day in (TODAY, TODAY + timedelta(days=later)):
            again = suggest(facts, states, Rules(), day)
            assert not {s.key for s in again} & gone.keys()
            assert {s.key for s in again} == {
                s.key for s in suggest(facts, {}, Rules(), day) if s.key not in gone
            } - {k for k, d in snoozes.items() if d > day}
