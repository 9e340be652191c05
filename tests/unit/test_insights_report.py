"""The insights over every application, checked against figures counted by hand.

The fixture: eleven applications that were sent and one still on the wishlist, each with the
timeline a real search leaves behind (some skip screening, one was imported with only its
rejection, sources typed with different case and spaces).
"""

from __future__ import annotations

from datetime import date

import pytest

from nextmove.domain.funnel import ApplicationFacts, FlowLink
from nextmove.domain.insights import ReflectionFacts, StageScore, StageSeries
from nextmove.domain.insights_report import (
    InsightsInput,
    InsightsReport,
    build_report,
    report_json,
)
from nextmove.domain.responses import SourceResponse

TODAY = date(2026, 12, 4)  # a Friday; its week starts on Monday 30 November


def d(month: int, day: int) -> date:
    return date(2026, month, day)


def app(
    source: str, status: str, applied: date | None, *events: tuple[str, date]
) -> ApplicationFacts:
    return ApplicationFacts(source, status, applied, tuple(events))


APPS = [
    # 1: answered after 4 days, turned down after the screening call
    app("LinkedIn", "rejected", d(11, 2), ("applied", d(11, 2)), ("screen", d(11, 6)),
        ("rejected", d(11, 10))),
    # 2: still interviewing; answered after 2 days
    app("LinkedIn", "interviewing", d(11, 3), ("applied", d(11, 3)), ("screen", d(11, 5)),
        ("interview", d(11, 12)), ("note", d(11, 13))),
    # 3: same source typed differently; never answered
    app("linkedin ", "ghosted", d(11, 4), ("applied", d(11, 4)), ("ghosted", d(11, 25))),
    # 4: straight to interview, then an offer, accepted; answered after 7 days
    app("Referral", "accepted", d(10, 20), ("applied", d(10, 20)), ("interview", d(10, 27)),
        ("offer", d(11, 10)), ("accepted", d(11, 12))),
    # 5: turned down after an interview; answered after 2 days
    app("Referral", "rejected", d(11, 16), ("applied", d(11, 16)), ("screen", d(11, 18)),
        ("interview", d(11, 23)), ("rejected", d(11, 27))),
    # 6: imported with only its rejection and no applied date, no source
    app("", "rejected", None, ("rejected", d(11, 20))),
    # 7: sent this week, no answer yet
    app("Company site", "applied", d(12, 1), ("applied", d(12, 1))),
    # 8: on the wishlist: counted nowhere
    app("Company site", "wishlist", None, ("saved", d(11, 30))),
    # 9: withdrawn after the screening call; answered after 2 days
    app("Company site", "withdrawn", d(11, 24), ("applied", d(11, 24)), ("screen", d(11, 26)),
        ("withdrawn", d(11, 28)), ("email_sent", d(11, 28))),
    # 10: an offer on the table; answered after 2 days
    app("Referral", "offer", d(11, 25), ("applied", d(11, 25)), ("screen", d(11, 27)),
        ("interview", d(12, 1)), ("offer", d(12, 3))),
    # 11: turned down without a call, after 2 days
    app("LinkedIn", "rejected", d(11, 30), ("applied", d(11, 30)), ("rejected", d(12, 2))),
    # 12: interview and assessment, then turned down; answered after 7 days
    app("Indeed", "rejected", d(10, 1), ("applied", d(10, 1)), ("interview", d(10, 8)),
        ("assessment", d(10, 10)), ("rejected", d(10, 15))),
]  # fmt: skip


@pytest.fixture
def report() -> InsightsReport:
    return build_report(InsightsInput(applications=APPS, weekly_goal=3), TODAY)


def test_funnel_counts_every_application_that_got_that_far(report: InsightsReport) -> None:
    assert report.funnel.counts == {"applied": 11, "screening": 7, "interview": 5, "offer": 2}
    assert report.funnel.rates == {
        "applied_to_screening": pytest.approx(7 / 11),
        "screening_to_interview": pytest.approx(5 / 7),
        "interview_to_offer": pytest.approx(2 / 5),
        "applied_to_offer": pytest.approx(2 / 11),
    }


def test_rejections_by_stage_count_every_rejected_application(report: InsightsReport) -> None:
    # Five rejected applications, none of them with a reflection.
    assert report.rejections_by_stage == {"applied": 2, "screening": 1, "interview": 2, "offer": 0}
    assert report.rejected == 5


def test_response_rate_and_days_to_first_answer_per_source(report: InsightsReport) -> None:
    assert report.response_by_source == [
        SourceResponse("LinkedIn", 4, 3, 2.0),
        SourceResponse("Referral", 3, 3, 2.0),
        SourceResponse("Company site", 2, 1, 2.0),
        SourceResponse("Indeed", 1, 1, 7.0),
        # Its rejection is an answer, but with no applied date there are no days to count.
        SourceResponse("", 1, 1, None),
    ]
    assert report.response_by_source[0].rate == pytest.approx(0.75)


def test_applications_per_week_for_the_last_twelve_weeks(report: InsightsReport) -> None:
    weeks = {week.start: week.applications for week in report.weeks}
    assert len(weeks) == 12
    assert min(weeks) == d(9, 14)
    assert max(weeks) == d(11, 30)
    assert {start: n for start, n in weeks.items() if n} == {
        d(9, 28): 1,
        d(10, 19): 1,
        d(11, 2): 3,
        d(11, 16): 1,
        d(11, 23): 2,
        d(11, 30): 2,
    }
    assert report.weekly_goal == 3


def test_flow_of_stages_from_the_timelines(report: InsightsReport) -> None:
    # Straight to an interview passes screening, as in the funnel: the flow into each stage
    # is the funnel's count there.
    assert report.flow == [
        FlowLink("applied", "screening", 7),
        FlowLink("applied", "rejected", 2),
        FlowLink("applied", "ghosted", 1),
        FlowLink("applied", "open", 1),
        FlowLink("screening", "interview", 5),
        FlowLink("screening", "rejected", 1),
        FlowLink("screening", "withdrawn", 1),
        FlowLink("interview", "offer", 2),
        FlowLink("interview", "rejected", 2),
        FlowLink("interview", "open", 1),
        FlowLink("offer", "accepted", 1),
        FlowLink("offer", "open", 1),
    ]


def test_one_beyond_control_factor_hides_no_score_or_improvement_area() -> None:
    only = ReflectionFacts(
        stage_reached="Interview round 1",
        beyond_control=True,
        ratings=(("Research and preparation", 4), ("Interview round 1", 2)),
    )
    insights = build_report(InsightsInput(reflections=[only]), TODAY).reflections
    assert insights.stage_series() == [
        StageSeries("Research and preparation", None, StageScore("Research and preparation", 4, 1)),
        StageSeries("Interview", None, StageScore("Interview", 2, 1)),
    ]
    assert insights.improvement_areas == [("Interview", 1)]


def test_a_queued_feedback_request_is_counted_as_waiting() -> None:
    queued = ReflectionFacts("Interview", False, (), feedback_queued=True)
    insights = build_report(InsightsInput(reflections=[queued]), TODAY).reflections
    assert (insights.feedback_requested, insights.feedback_queued) == (0, 1)


def test_json_shape_holds_the_same_figures(report: InsightsReport) -> None:
    data = report_json(report)
    assert data["funnel"]["applied"] == 11
    assert data["funnel"]["rates"]["interview_to_offer"] == pytest.approx(0.4)
    assert data["rejections_by_stage"] == report.rejections_by_stage
    assert data["response_by_source"][0] == {
        "source": "LinkedIn",
        "applications": 4,
        "responses": 3,
        "rate": 0.75,
        "median_days_to_response": 2.0,
    }
    assert data["weekly_applications"]["goal"] == 3
    assert data["weekly_applications"]["weeks"][-1] == {
        "week_start": "2026-11-30",
        "applications": 2,
    }
    assert {"from": "offer", "to": "accepted", "applications": 1} in data["flow"]
    assert data["feedback_requests"]["queued"] == 0


def test_nothing_yet_gives_zeros_and_no_rates() -> None:
    data = report_json(build_report(InsightsInput(), TODAY))
    assert data["funnel"]["applied"] == 0
    assert set(data["funnel"]["rates"].values()) == {None}
    assert data["response_by_source"] == []
    assert data["weekly_applications"]["goal"] is None
    assert data["stage_scores"] == []
