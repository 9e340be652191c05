"""The Insights window's charts, built once and filled from one `InsightsReport`."""

from __future__ import annotations

from PySide6.QtCore import QObject

from nextmove.domain.funnel import STAGES
from nextmove.domain.insights import StageScore
from nextmove.domain.insights_report import InsightsReport
from nextmove.domain.wizard import MAX_SCORE
from nextmove.ui.insights.bars_chart import Bar, BarRow, BarsChart, Series
from nextmove.ui.insights.chart import Chart
from nextmove.ui.insights.flow_chart import FlowChart
from nextmove.ui.insights.funnel_chart import FunnelChart
from nextmove.ui.insights.weekly_chart import WeeklyChart

IMPROVEMENT_AREAS_SHOWN = 8


def _score(score: StageScore | None) -> Bar | None:
    if score is None:
        return None
    return Bar(score.average, f"{score.average:.1f} ({score.count})")


class InsightCharts(QObject):
    """Holds the charts; `fill` turns the report's figures into what each one draws."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insight_charts")
        self.funnel = FunnelChart()
        self.flow = FlowChart()
        self.rejections = BarsChart(
            "chart_rejections_by_stage",
            self.tr("Where rejections happen"),
            self.tr(
                "Every rejected application will be counted here once, at the furthest stage "
                "it reached, whether or not you reflected on it."
            ),
            [Series(self.tr("Rejections"), "rejected")],
        )
        self.response = BarsChart(
            "chart_response_by_source",
            self.tr("Answers by source"),
            self.tr(
                "For each place you find jobs (the Source column), this will show how often "
                "employers answer and how many days the first answer takes."
            ),
            [Series(self.tr("Answered"), "primary")],
            maximum=1.0,
            track=True,
        )
        self.weekly = WeeklyChart()
        self.stage_scores = BarsChart(
            "chart_stage_scores",
            self.tr("Average score per stage"),
            self.tr(
                "When you finish a reflection, the scores you give each stage (1 to 5) will be "
                "averaged here; rejections beyond your control get their own bars."
            ),
            [
                Series(self.tr("Within your control"), "primary"),
                Series(self.tr("Beyond your control"), "beyond"),
            ],
            maximum=MAX_SCORE,
        )
        self.improvements = BarsChart(
            "chart_improvement_areas",
            self.tr("Most frequent areas to improve"),
            self.tr(
                "Stages you rate 1 or 2 in a reflection will be listed here, the most "
                "frequent first."
            ),
            [Series(self.tr("Reflections"), "improve")],
        )

    def all(self) -> list[Chart]:
        return [
            self.funnel,
            self.rejections,
            self.flow,
            self.response,
            self.weekly,
            self.stage_scores,
            self.improvements,
        ]

    def fill(self, report: InsightsReport) -> None:
        self.funnel.set_funnel(report.funnel)
        self.flow.set_links(report.flow)
        self.weekly.set_weeks(report.weeks, report.weekly_goal)
        self.rejections.set_rows(self._rejection_rows(report))
        self.response.set_rows(
            [
                BarRow(
                    row.source or self.tr("No source"),
                    (Bar(row.rate, self._response_text(row.rate, row.responses, row.applications,
                                                       row.median_days)),),
                )
                for row in report.response_by_source
            ]
        )  # fmt: skip
        insights = report.reflections
        self.stage_scores.set_rows(
            [
                BarRow(series.stage, (_score(series.within), _score(series.beyond)))
                for series in insights.stage_series()
            ]
        )
        self.improvements.set_rows(
            [
                BarRow(stage, (Bar(float(count), str(count)),))
                for stage, count in insights.improvement_areas[:IMPROVEMENT_AREAS_SHOWN]
            ]
        )

    def _rejection_rows(self, report: InsightsReport) -> list[BarRow]:
        total = report.rejected
        if not total:
            return []
        labels = {
            "applied": self.tr("After applying"),
            "screening": self.tr("After screening"),
            "interview": self.tr("After an interview"),
            "offer": self.tr("After an offer"),
        }
        rows = []
        for stage in STAGES:
            count = report.rejections_by_stage[stage]
            rows.append(
                BarRow(labels[stage], (Bar(float(count), f"{count} ({count / total:.0%})"),))
            )
        return rows

    def _response_text(
        self, rate: float, responses: int, applications: int, median_days: float | None
    ) -> str:
        text = self.tr("{rate} · {answered} of {sent} answered").format(
            rate=f"{rate:.0%}", answered=responses, sent=applications
        )
        if median_days is not None:
            text += " · " + self.tr("median {days} days").format(days=f"{median_days:g}")
        return text
