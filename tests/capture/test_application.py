"""A captured posting as an application, and what counts as one already tracked."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from nextmove.capture.application import (
    CLOSING_ACTION,
    Existing,
    find_duplicate,
    same_url,
    to_application,
)
from nextmove.capture.posting import Posting, Source
from nextmove.domain.status import Status, Workplace


def test_a_posting_becomes_a_saved_application_with_its_description() -> None:
    posting = Posting(
        Source.JSON_LD,
        company="Acme",
        role="Dev",
        location="Oslo",
        workplace="hybrid",
        salary="€1",
        posted_on=date(2026, 11, 1),
        closes_on=date(2026, 12, 1),
        url="https://www.jobs.acme.example/1",
        description="Line one\n\n• two",
    )
    data = to_application(posting)
    assert (data.company, data.role, data.status, data.workplace) == (
        "Acme",
        "Dev",
        Status.WISHLIST,
        Workplace.HYBRID,
    )
    assert (data.job_url, data.source, data.salary, data.location) == (
        "https://www.jobs.acme.example/1",
        "jobs.acme.example",
        "€1",
        "Oslo",
    )
    assert data.job_description == "Line one\n\n• two"
    assert (data.next_action_on, data.next_action) == (date(2026, 12, 1), CLOSING_ACTION)
    assert data.notes == "Posted on 2026-11-01."
    assert data.applied_on is None


def test_a_posting_without_dates_or_workplace_adds_none() -> None:
    data = to_application(Posting(Source.HTML, role="Dev"))
    assert data.workplace is Workplace.UNSPECIFIED
    assert (data.next_action_on, data.next_action, data.notes) == (None, "", "")


_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzÄÖÜäöü ", min_size=1, max_size=12).filter(
    str.strip
)


@given(company=_words, role=_words, shout=st.booleans())
def test_same_company_and_role_in_any_case_or_spacing_is_a_duplicate(
    company: str, role: str, shout: bool
) -> None:
    tracked = [Existing(7, company, role, "")]
    typed = to_application(
        Posting(
            Source.HTML,
            company=f"  {company.upper() if shout else company} ",
            role=" ".join(role.split()),
        )
    )
    found = find_duplicate(typed, tracked)
    assert found is not None
    assert found.id == 7


@given(path=st.from_regex(r"/[a-z0-9/]{0,20}", fullmatch=True), slash=st.booleans())
def test_the_same_address_with_another_host_case_or_slash_is_the_same_posting(
    path: str, slash: bool
) -> None:
    url = f"https://Jobs.Example.com{path}"
    other = f"https://jobs.example.com{path.rstrip('/')}{'/' if slash else ''}#apply"
    assert same_url(url, other)
    assert not same_url(url, f"https://jobs.example.org{path}")


def test_another_role_at_the_same_company_is_not_a_duplicate() -> None:
    tracked = [Existing(1, "Acme", "Designer", "https://acme.example/jobs/1")]
    data = to_application(
        Posting(Source.HTML, company="Acme", role="Engineer", url="https://acme.example/jobs/2")
    )
    assert find_duplicate(data, tracked) is None
    assert find_duplicate(to_application(Posting(Source.HTML)), tracked) is None
