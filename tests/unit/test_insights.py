"""Insights computed on a hand-made set of reflections."""

from __future__ import annotations

from datetime import date

import pytest

from nextmove.domain.insights import ReflectionFacts, StageScore, compute_insights

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
    # Reflection 1 had two low interview rounds: it counts once for "Interview".
    assert insights.improvement_areas == [
        ("Application materials", 1),
        ("Interview", 1),
        ("Research and preparation", 1),
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
