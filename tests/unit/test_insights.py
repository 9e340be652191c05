"""Insights computed on a hand-made set of reflections."""

from __future__ import annotations

from datetime import date

import pytest

from nextmove.domain.insights import (
    ReflectionFacts,
    StageScore,
    compute_insights,
    feedback_dates,
)
from nextmove.domain.wizard import (
    FEEDBACK_GENERIC,
    FEEDBACK_NONE,
    FEEDBACK_RECEIVED,
    UNRATED,
    MessageDraft,
    WizardAnswers,
)

REFLECTIONS = [
    ReflectionFacts(
        stage_reached="Interview round 2",
        beyond_control=False,
        ratings=(
            ("Research and preparation", 4),
            ("Interview round 1", 2),
            ("Interview round 2", 1),
        ),
        feedback_requested_on=date(2026, 10, 1),
        feedback_received_on=date(2026, 10, 5),
    ),
    ReflectionFacts(
        stage_reached="Interview round 1",
        beyond_control=False,
        ratings=(("Research and preparation", 2), ("Interview round 1", 4)),
        feedback_requested_on=date(2026, 10, 10),
        feedback_received_on=date(2026, 10, 12),
    ),
    ReflectionFacts(
        stage_reached="Application",
        beyond_control=False,
        ratings=(("Application materials", 1),),
        feedback_requested_on=date(2026, 11, 1),
    ),
    ReflectionFacts(
        stage_reached="Interview round 3",
        beyond_control=True,
        ratings=(("Interview round 3", 5), ("Research and preparation", 1)),
    ),
]


def test_average_score_per_stage_keeps_beyond_control_apart() -> None:
    insights = compute_insights(REFLECTIONS, [])
    assert insights.reflections == 4
    assert insights.beyond_control == 1
    assert insights.stage_scores == [
        StageScore("Research and preparation", 3.0, 2),
        StageScore("Interview", pytest.approx(7 / 3), 3),  # type: ignore[arg-type]
        StageScore("Application materials", 1.0, 1),
    ]
    assert insights.stage_scores_beyond == [
        StageScore("Interview", 5.0, 1),
        StageScore("Research and preparation", 1.0, 1),
    ]


def test_most_frequent_improvement_areas_count_each_reflection_once() -> None:
    insights = compute_insights(REFLECTIONS, [])
    # Reflection 1 had two low interview rounds: it counts once for "Interview". The
    # beyond-control reflection's low research score counts too: a factor outside the
    # person's hands does not hide what they can work on.
    assert insights.improvement_areas == [
        ("Research and preparation", 2),
        ("Application materials", 1),
        ("Interview", 1),
    ]


def test_where_rejections_happen() -> None:
    insights = compute_insights(REFLECTIONS, [])
    assert insights.rejection_stages == [("Interview", 3), ("Application", 1)]


def test_feedback_response_rate_and_mean_time_to_reply() -> None:
    insights = compute_insights(REFLECTIONS, [])
    assert insights.feedback_requested == 3
    assert insights.feedback_answered == 2
    assert insights.response_rate == pytest.approx(2 / 3)
    assert insights.mean_days_to_reply == pytest.approx(3.0)


def test_learning_goals_done_versus_planned() -> None:
    insights = compute_insights([], ["done", "planned", "done", "planned", "planned"])
    assert (insights.goals_done, insights.goals_planned) == (2, 5)
    assert insights.response_rate is None
    assert insights.mean_days_to_reply is None


def test_unrated_stages_stay_out_of_the_averages_and_improvement_areas() -> None:
    facts = ReflectionFacts(
        stage_reached="Interview round 1",
        beyond_control=False,
        ratings=(("Research and preparation", UNRATED), ("Interview round 1", 4)),
    )
    insights = compute_insights([facts], [])
    assert insights.stage_scores == [StageScore("Interview", 4.0, 1)]
    assert insights.improvement_areas == []


def _answers(status: str, **kwargs: object) -> WizardAnswers:
    answers = WizardAnswers(feedback_status=status, feedback_text="Be more specific", **kwargs)  # type: ignore[arg-type]
    return answers


def test_a_request_counts_only_when_the_person_asked() -> None:
    today = date(2026, 11, 20)
    # Too general, nothing asked before, no request queued: no request, no 0-day reply.
    general = _answers(FEEDBACK_GENERIC, feedback_received_on=today)
    assert feedback_dates(general, today) == (None, today)
    # Asking for specifics now: a request from today, its answer still to come.
    general.request = MessageDraft("ask_specifics", "Re", "Hi", enabled=True)
    assert feedback_dates(general, today) == (today, None)
    # They had asked on a date: that request was answered when the feedback came.
    asked = _answers(
        FEEDBACK_RECEIVED,
        feedback_requested_on=date(2026, 11, 10),
        feedback_received_on=date(2026, 11, 14),
    )
    assert feedback_dates(asked, today) == (date(2026, 11, 10), date(2026, 11, 14))
    # Feedback that came unasked is no reply, even with a leftover, hidden request draft.
    unasked = _answers(FEEDBACK_RECEIVED, feedback_received_on=today)
    unasked.request = MessageDraft("feedback_request", "A", "B", enabled=True)
    assert feedback_dates(unasked, today) == (None, today)
    none = _answers(FEEDBACK_NONE)
    none.request = MessageDraft("feedback_request", "A", "B", enabled=True)
    assert feedback_dates(none, today) == (today, None)
    facts = [
        ReflectionFacts("Application", False, (), *feedback_dates(a, today))
        for a in (general, asked, unasked, none)
    ]
    insights = compute_insights(facts, [])
    assert (insights.feedback_requested, insights.feedback_answered) == (3, 1)
    assert insights.mean_days_to_reply == pytest.approx(4.0)
