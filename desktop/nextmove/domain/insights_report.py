"""Every figure the Insights window and `nextmove insights` show, computed once.

`build_report` is the one place these numbers come from; the window draws them and the command
line prints them (`report_json` is the documented `--json` shape, see the README).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from nextmove.domain.funnel import (
    RATE_KEYS,
    ApplicationFacts,
    FlowLink,
    Funnel,
    flow,
    funnel,
    rejections_by_stage,
)
from nextmove.domain.insights import Insights, ReflectionFacts, StageScore, compute_insights
from nextmove.domain.responses import (
    SourceResponse,
    WeekCount,
    applications_per_week,
    response_by_source,
)

JSON_VERSION = 1


@dataclass(frozen=True)
class InsightsInput:
    """The stored facts the insights are computed from."""

    applications: list[ApplicationFacts] = field(default_factory=list)
    reflections: list[ReflectionFacts] = field(default_factory=list)
    goal_statuses: list[str] = field(default_factory=list)
    weekly_goal: int = 0


@dataclass(frozen=True)
class InsightsReport:
    today: date
    funnel: Funnel
    rejections_by_stage: dict[str, int]
    response_by_source: list[SourceResponse]
    weeks: list[WeekCount]
    weekly_goal: int
    flow: list[FlowLink]
    reflections: Insights

    @property
    def rejected(self) -> int:
        return sum(self.rejections_by_stage.values())


def build_report(data: InsightsInput, today: date) -> InsightsReport:
    apps = data.applications
    return InsightsReport(
        today=today,
        funnel=funnel(apps),
        rejections_by_stage=rejections_by_stage(apps),
        response_by_source=response_by_source(apps),
        weeks=applications_per_week(apps, today),
        weekly_goal=data.weekly_goal,
        flow=flow(apps),
        reflections=compute_insights(data.reflections, data.goal_statuses),
    )


def _score(score: StageScore | None) -> tuple[float | None, int]:
    return (score.average, score.count) if score is not None else (None, 0)


def report_json(report: InsightsReport) -> dict[str, Any]:
    """The `nextmove insights --json` object; keys are stable and documented in the README."""
    reflections = report.reflections
    stage_scores = []
    for series in reflections.stage_series():
        average, count = _score(series.within)
        beyond_average, beyond_count = _score(series.beyond)
        stage_scores.append(
            {
                "stage": series.stage,
                "average": average,
                "count": count,
                "beyond_control_average": beyond_average,
                "beyond_control_count": beyond_count,
            }
        )
    return {
        "version": JSON_VERSION,
        "as_of": report.today.isoformat(),
        "funnel": {
            **report.funnel.counts,
            "rates": {name: report.funnel.rate(name) for name, _, _ in RATE_KEYS},
        },
        "rejections_by_stage": dict(report.rejections_by_stage),
        "rejected": report.rejected,
        "response_by_source": [
            {
                "source": row.source,
                "applications": row.applications,
                "responses": row.responses,
                "rate": row.rate,
                "median_days_to_response": row.median_days,
            }
            for row in report.response_by_source
        ],
        "weekly_applications": {
            "goal": report.weekly_goal or None,
            "weeks": [
                {"week_start": week.start.isoformat(), "applications": week.applications}
                for week in report.weeks
            ],
        },
        "flow": [
            {"from": link.source, "to": link.target, "applications": link.count}
            for link in report.flow
        ],
        "reflections": {
            "completed": reflections.reflections,
            "beyond_control": reflections.beyond_control,
        },
        "stage_scores": stage_scores,
        "improvement_areas": [
            {"stage": stage, "reflections": count} for stage, count in reflections.improvement_areas
        ],
        "feedback_requests": {
            "asked": reflections.feedback_requested,
            "queued": reflections.feedback_queued,
            "answered": reflections.feedback_answered,
            "rate": reflections.response_rate,
            "mean_days_to_reply": reflections.mean_days_to_reply,
        },
        "learning_goals": {
            "planned": reflections.goals_planned,
            "done": reflections.goals_done,
        },
    }
