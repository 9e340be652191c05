"""`nextmove insights [--json]`: the figures of the Insights window, for scripts and support.

Read-only: it takes no lock and works while the app is open. The human output is a few aligned
lines per figure; `--json` prints one JSON object on stdout (its keys are listed in the README).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from nextmove.cli import CommandError, data_paths, open_data, plural

if TYPE_CHECKING:
    from nextmove.domain.insights import StageScore
    from nextmove.domain.insights_report import InsightsReport

LABEL_WIDTH = 24


def register(subparsers: Any) -> None:
    """Add this module's command to the `nextmove` parser."""
    parser = subparsers.add_parser(
        "insights",
        help="print the insights: funnel, rejections by stage, answers by source, ...",
        description=(
            "Print the figures of the Insights window: how many applications reached each "
            "stage and the conversion rates, where rejections happen, how often and how fast "
            "each source answers, applications per week against the weekly goal, and the "
            "average score of each stage from your reflections. Works while the app is open."
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object (keys listed in the README)"
    )
    parser.set_defaults(handler=run_insights)


def run_insights(args: argparse.Namespace) -> int:
    from nextmove.domain.insights_report import build_report, report_json
    from nextmove.storage.insight_facts import InsightsSource

    paths = data_paths(args)
    if not paths.database.is_file():
        raise CommandError(f"there is no Next Move database in {paths.root}")
    with open_data(args) as database:
        data = InsightsSource(database).load()
    report = build_report(data, date.today())
    if args.json:
        sys.stdout.write(json.dumps(report_json(report), ensure_ascii=False) + "\n")
    else:
        from nextmove.cli.dates import day_writer

        write_day = day_writer(paths.root)
        sys.stdout.write("\n".join(human_lines(report, write_day)) + "\n")
    return 0


def _percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate:.0%}"


def _row(label: str, *cells: str) -> str:
    return "  " + f"{label:<{LABEL_WIDTH}}" + "  ".join(cells).rstrip()


def human_lines(
    report: InsightsReport, write_day: Callable[[date], str] = date.isoformat
) -> list[str]:
    """Aligned lines for people; dates in the person's chosen format (`write_day`)."""
    from nextmove.domain.funnel import STAGE_LABELS, STAGES

    counts = report.funnel.counts
    lines = [f"Funnel ({plural(counts['applied'], 'application', 'applications')} sent)"]
    for index, stage in enumerate(STAGES):
        cells = [f"{counts[stage]:>6,}"]
        if index:
            upper = STAGES[index - 1]
            rate = counts[stage] / counts[upper] if counts[upper] else None
            cells.append(f"{_percent(rate):>5} of {STAGE_LABELS[upper].lower()}")
        lines.append(_row(STAGE_LABELS[stage], *cells))
    overall = _percent(report.funnel.rate("applied_to_offer"))
    lines.append(_row("Applied to offer", f"{overall:>6}"))
    lines += ["", f"Rejections by stage ({plural(report.rejected, 'rejection', 'rejections')})"]
    for stage in STAGES:
        lines.append(_row(STAGE_LABELS[stage], f"{report.rejections_by_stage[stage]:>6,}"))
    lines += ["", "Answers by source"]
    if not report.response_by_source:
        lines.append("  none yet: sent applications will show here")
    for row in report.response_by_source:
        days = "" if row.median_days is None else f"median {row.median_days:g} days"
        lines.append(
            _row(
                _fit(row.source or "(no source)"),
                f"{row.applications:>6,} sent",
                f"{row.responses:>5,} answered",
                f"{_percent(row.rate):>5}",
                days,
            )
        )
    goal = report.weekly_goal
    lines += ["", f"Applications per week (goal {goal})" if goal else "Applications per week"]
    for week in report.weeks:
        lines.append(_row(f"week of {write_day(week.start)}", f"{week.applications:>6,}"))
    lines += _score_lines(report)
    return lines


def _score_lines(report: InsightsReport) -> list[str]:
    insights = report.reflections
    lines = ["", "Stage scores (average out of 5, how many ratings in brackets)"]
    series = insights.stage_series()
    if not series:
        lines.append("  none yet: finish a reflection to rate its stages")
    else:
        lines.append(_row("", f"{'in your control':>16}", f"{'beyond your control':>20}"))
    for item in series:
        cells = [
            f"{_score(item.within):>16}",
            f"{_score(item.beyond):>20}",
        ]
        lines.append(_row(_fit(item.stage), *cells))
    asked, queued = insights.feedback_requested, insights.feedback_queued
    if asked:
        feedback = f"{insights.feedback_answered} of {asked} answered"
    else:
        feedback = "none sent yet" if queued else "none asked for yet"
    if queued:
        feedback += f", {queued} queued in the outbox"
    lines += ["", f"Feedback requests: {feedback}"]
    return lines


def _score(score: StageScore | None) -> str:
    return "–" if score is None else f"{score.average:.1f} ({score.count})"


def _fit(text: str) -> str:
    return text if len(text) <= LABEL_WIDTH else text[: LABEL_WIDTH - 1] + "…"
