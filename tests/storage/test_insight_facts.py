"""The insights read from a real database file: every application and its timeline as stored."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from nextmove.domain.insights_report import build_report, report_json
from nextmove.storage.database import Database
from nextmove.storage.insight_facts import InsightsSource
from nextmove.storage.outbox import OutboxRepository
from nextmove.storage.reflections import ReflectionService
from tests.storage.insight_seed import seed_insights

TODAY = date(2026, 12, 4)


def test_figures_from_a_real_database(database: Database) -> None:
    seed_insights(database)
    data = report_json(build_report(InsightsSource(database).load(), TODAY))
    assert {k: data["funnel"][k] for k in ("applied", "screening", "interview", "offer")} == {
        "applied": 5,
        "screening": 3,
        "interview": 2,
        "offer": 1,
    }
    assert data["funnel"]["rates"]["applied_to_screening"] == pytest.approx(3 / 5)
    # Three rejected applications, only one of them reflected on: all three count.
    assert data["rejections_by_stage"] == {"applied": 1, "screening": 1, "interview": 1, "offer": 0}
    assert [
        (r["source"], r["applications"], r["responses"], r["median_days_to_response"])
        for r in data["response_by_source"]
    ] == [("LinkedIn", 2, 2, 4.0), ("Referral", 2, 2, 4.0), ("Company site", 1, 0, None)]


def test_a_beyond_control_reflection_keeps_its_scores_and_its_queued_request(
    database: Database,
) -> None:
    seed_insights(database)
    data = report_json(build_report(InsightsSource(database).load(), TODAY))
    assert data["reflections"] == {"completed": 1, "beyond_control": 1}
    scores = {s["stage"]: s for s in data["stage_scores"]}
    assert scores["Screening call"]["beyond_control_average"] == 2.0
    assert scores["Screening call"]["average"] is None
    assert {"stage": "Screening call", "reflections": 1} in data["improvement_areas"]
    assert data["feedback_requests"]["queued"] == 1
    assert data["feedback_requests"]["asked"] == 0
    assert data["weekly_applications"]["goal"] is None


def test_a_sent_request_is_asked_no_longer_queued(database: Database) -> None:
    seed_insights(database)
    outbox = OutboxRepository(database)
    request = next(r for r in outbox.rows() if r.purpose == "feedback_request")
    outbox.mark_sent(request.id, datetime(2026, 10, 12, 9), date(2026, 10, 12))
    facts, _ = ReflectionService(database).insight_facts()
    assert facts[0].feedback_requested_on == date(2026, 10, 12)
    assert not facts[0].feedback_queued
