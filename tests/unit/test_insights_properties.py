"""Rules the insights keep for any set of timelines, proven over generated data."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from nextmove.domain.funnel import OUTCOMES, STAGES, ApplicationFacts, flow, funnel
from nextmove.domain.insights_report import InsightsInput, build_report
from nextmove.domain.status import EventKind, Status

TODAY = date(2026, 12, 4)
days = st.integers(min_value=0, max_value=200).map(lambda n: TODAY - timedelta(days=n))
events = st.lists(st.tuples(st.sampled_from([k.value for k in EventKind]), days), max_size=8).map(
    lambda items: tuple(sorted(items, key=lambda item: item[1]))
)
applications = st.builds(
    ApplicationFacts,
    source=st.sampled_from(["LinkedIn", "linkedin", " Referral ", "", "Indeed"]),
    status=st.sampled_from([s.value for s in Status]),
    applied_on=st.none() | days,
    events=events,
)
many = st.lists(applications, max_size=40)


@given(many)
def test_the_funnel_never_widens_and_rates_are_fractions(apps: list[ApplicationFacts]) -> None:
    report = build_report(InsightsInput(applications=apps), TODAY)
    counts = [report.funnel.counts[stage] for stage in STAGES]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] <= len(apps)
    for rate in report.funnel.rates.values():
        assert rate is None or 0.0 <= rate <= 1.0


@given(many)
def test_every_rejected_application_is_counted_once(apps: list[ApplicationFacts]) -> None:
    report = build_report(InsightsInput(applications=apps), TODAY)
    rejected = sum(1 for a in apps if a.status == Status.REJECTED.value)
    assert report.rejected == rejected
    assert set(report.rejections_by_stage) == set(STAGES)
    assert all(n >= 0 for n in report.rejections_by_stage.values())


@given(many)
def test_what_flows_into_a_stage_flows_out_again(apps: list[ApplicationFacts]) -> None:
    links = flow(apps)
    into: Counter[str] = Counter()
    out: Counter[str] = Counter()
    for link in links:
        assert link.count > 0
        assert link.source != link.target
        into[link.target] += link.count
        out[link.source] += link.count
    applied = funnel(apps).counts["applied"]
    assert out["applied"] == applied
    assert into["applied"] == 0
    counts = funnel(apps).counts
    for stage in STAGES[1:]:
        assert into[stage] == out[stage] == counts[stage]
    assert sum(into[o] for o in OUTCOMES) == applied


@given(many)
def test_answers_per_source_add_up(apps: list[ApplicationFacts]) -> None:
    report = build_report(InsightsInput(applications=apps), TODAY)
    rows = report.response_by_source
    assert sum(r.applications for r in rows) == report.funnel.counts["applied"]
    assert len({r.source.casefold() for r in rows}) == len(rows)
    for row in rows:
        assert 0 <= row.responses <= row.applications
        assert 0.0 <= row.rate <= 1.0
        assert row.median_days is None or row.median_days >= 0
    assert sum(w.applications for w in report.weeks) <= report.funnel.counts["applied"]
