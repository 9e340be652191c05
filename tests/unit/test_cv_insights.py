"""Response rate per CV version."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nextmove.domain.cv_insights import ANSWERS, CvSent, response_rate_by_cv
from nextmove.domain.status import EventKind


def test_each_version_counts_its_applications_and_answers() -> None:
    sent = [
        CvSent("a" * 64, "cv-2026.pdf", 1, frozenset({EventKind.APPLIED, EventKind.INTERVIEW})),
        CvSent("a" * 64, "cv-2026 copy.pdf", 2, frozenset({EventKind.APPLIED})),
        CvSent("a" * 64, "cv-2026.pdf", 3, frozenset({EventKind.REJECTED})),
        CvSent("b" * 64, "cv-short.pdf", 4, frozenset({EventKind.GHOSTED})),
    ]
    first, second = response_rate_by_cv(sent)
    assert (first.file_name, first.applications, first.answered) == ("cv-2026.pdf", 3, 2)
    assert round(first.rate, 3) == 0.667
    assert (second.file_name, second.applications, second.answered, second.rate) == (
        "cv-short.pdf",
        1,
        0,
        0.0,
    )


@given(
    st.lists(
        st.builds(
            CvSent,
            sha256=st.sampled_from(["a", "b", "c"]),
            file_name=st.sampled_from(["x.pdf", "y.pdf"]),
            application_id=st.integers(1, 12),
            event_kinds=st.frozensets(st.sampled_from(list(EventKind))),
        ),
        max_size=40,
    )
)
def test_rates_are_fractions_of_distinct_applications(sent: list[CvSent]) -> None:
    rates = response_rate_by_cv(sent)
    assert {r.sha256 for r in rates} == {s.sha256 for s in sent}
    for rate in rates:
        apps = {s.application_id for s in sent if s.sha256 == rate.sha256}
        answered = {
            s.application_id for s in sent if s.sha256 == rate.sha256 and s.event_kinds & ANSWERS
        }
        assert (rate.applications, rate.answered) == (len(apps), len(answered))
        assert 0.0 <= rate.rate <= 1.0
