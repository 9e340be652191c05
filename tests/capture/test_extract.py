"""How each fixture page, shaped like a real job board's public markup, is read."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextmove.capture.extract import extract_postings
from nextmove.capture.posting import FIELDS, CaptureError
from nextmove.capture.source import read_file, read_pasted, read_text

PAGES = Path(__file__).parent.parent / "data" / "postings"

# Board -> (source read, the fields it fills; every other field must be null).
EXPECTED: dict[str, dict[str, Any]] = {
    "greenhouse": {
        "source": "json-ld",
        "company": "Northwind Labs",
        "role": "Senior Backend Engineer",
        "location": "San Francisco, CA",
        "posted_on": "2026-11-18",
        "url": "https://boards.greenhouse.io/northwindlabs/jobs/4012345007",
        "description": (
            "About Northwind Labs\n\nWe build the ledger that 4,000 logistics companies run "
            "on.\n\nWhat you'll do\n\n• Design and ship services in Go and Python\n"
            "• Own reliability for the billing pipeline"
        ),
    },
    "lever": {
        "source": "json-ld",
        "company": "Fabrikam",
        "role": "Product Designer",
        "location": "London, United Kingdom",
        "salary": "£55,000–£70,000 a year",
        "posted_on": "2026-11-02",
        "url": "https://jobs.lever.co/fabrikam/8d1c3f0e-5b7a-4d2e-9f61-0a2b3c4d5e6f",
        "description": (
            "Fabrikam makes tools for small publishers.\n\nHybrid: three days a week in our "
            "Shoreditch studio.\n\nWhat you will do\n\n• Shape our editor from sketch to "
            "shipped\n• Run research with real customers"
        ),
    },
    "ashby": {
        "source": "json-ld",
        "company": "Contoso Health",
        "role": "Staff Data Engineer",
        "location": "Remote (United States)",
        "workplace": "remote",
        "salary": "$180,000–$210,000 a year",
        "posted_on": "2026-11-25",
        "url": "https://jobs.ashbyhq.com/contoso-health/5f0e6a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
        "description": (
            "Contoso Health helps clinics spend less time on paperwork.\n\nYou will:\n\n"
            "• Build our streaming pipeline\n• Mentor two engineers\n\n"
            "Compensation: $180K – $210K + equity"
        ),
    },
    "workday": {
        "source": "json-ld",
        "company": "Tailspin Toys AG",
        "role": "Werkstudent (m/w/d) Controlling",
        "location": "Munich, Germany",
        "posted_on": "2026-11-10",
        # 23:59 at -08:00 is already 1 January in UTC: the page's own calendar date is kept.
        "closes_on": "2026-12-31",
        "url": (
            "https://tailspin.wd3.myworkdayjobs.com/de-DE/Careers/job/Munich/"
            "Werkstudent--m-w-d--Controlling_R-104233"
        ),
        "description": (
            "Ihre Aufgaben:\n\n- Unterstützung des Controllings bei Monatsabschlüssen\n"
            "- Pflege von Berichten in SAP\n\nIhr Profil:\nStudium der Wirtschaftswissenschaften"
        ),
    },
    "smartrecruiters": {
        "source": "microdata",
        "company": "Adventure Works",
        "role": "Customer Success Manager (DACH)",
        "location": "Hamburg, DE",
        "posted_on": "2026-11-21",
        "url": (
            "https://jobs.smartrecruiters.com/AdventureWorks/"
            "743999812345678-customer-success-manager-dach-"
        ),
        "description": (
            "Job Description\n\nAs a Customer Success Manager you look after 40 accounts.\n\n"
            "• Onboard new customers\n• Run quarterly reviews"
        ),
    },
    "personio": {
        "source": "json-ld",
        "company": "Litware GmbH",
        "role": "Frontend Developer (React)",
        "location": "Köln, DE; Berlin, DE",
        "workplace": "hybrid",
        "posted_on": "2026-11-30",
        "url": "https://litware.jobs.personio.de/job/1187654?language=de",
        "description": (
            "Wir suchen Verstärkung für unser Produktteam.\n\nDeine Aufgaben\n\n"
            "• React & TypeScript\n• Barrierefreiheit (WCAG 2.2)"
        ),
    },
    "linkedin": {
        "source": "opengraph",
        "company": "Wingtip Analytics",
        "role": "Senior Data Engineer",
        "location": "Berlin, Berlin, Germany",
        "url": "https://de.linkedin.com/jobs/view/senior-data-engineer-at-wingtip-analytics-3912345678",
        "description": (
            "Posted 9:12:34 AM. About us Wingtip Analytics builds forecasting tools for retailers."
        ),
    },
    "broken_jsonld": {
        "source": "opengraph",
        "role": "QA Engineer",
        "url": "https://careers.proseware.example/jobs/qa-engineer",
        "description": "Join Proseware's quality team in Lisbon.",
    },
    "non_utf8": {
        "source": "json-ld",
        "company": "Müller & Söhne GmbH",
        "role": "Buchhalter (m/w/d)",
        "location": "Zürich, CH",
        "salary": "85,000–95,000 CHF a year",
        "posted_on": "2026-11-12",
        "description": (
            "Wir bieten: faire Löhne – 5 Wochen Ferien – Büro am See (€-Konten inklusive)."
        ),
    },
    "entities_lists": {
        "source": "json-ld",
        "company": "Coho Winery & Co.",
        "role": "Backend Developer – Payments",
        "location": "Toronto, ON, CA",
        "posted_on": "2026-11-28",
        "closes_on": "2027-01-31",
        "description": (
            'We’re a "small" team & proud of it. Café included.\n\nRequirements\n\n'
            "1. 5+ years with Python\n2. Payments:\n  • Stripe\n  • Adyen\n\n"
            "Salary: <negotiable>"
        ),
    },
}


def expected_json(board: str) -> dict[str, Any]:
    stated = EXPECTED[board]
    return {**dict.fromkeys(FIELDS), **stated}


@pytest.mark.parametrize("board", sorted(EXPECTED))
def test_each_board_is_read_from_its_richest_source_and_leaves_the_rest_null(board: str) -> None:
    [posting] = read_file(PAGES / f"{board}.html")
    assert posting.as_json() == expected_json(board)
    assert set(posting.origins) == {k for k, v in posting.as_json().items() if v} - {"source"}


def test_two_postings_on_one_page_come_back_in_page_order() -> None:
    first, second = read_file(PAGES / "two_postings.html")
    assert (first.role, first.salary, first.closes_on.isoformat() if first.closes_on else None) == (
        "Site Reliability Engineer",
        "€32.50 an hour",
        "2026-12-15",
    )
    assert first.url == "https://relecloud.example/careers/sre"
    assert (second.role, second.location, second.workplace) == (
        "Technical Writer",
        "Remote",
        "remote",
    )
    assert second.salary is None
    assert second.closes_on is None


def test_a_broken_json_ld_block_does_not_hide_a_good_one_beside_it() -> None:
    page = (
        '<script type="application/ld+json">{"@type": "JobPosting", "title": </script>'
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Baker",'
        ' "hiringOrganization": "Crumbs"}</script>'
    )
    [posting] = extract_postings(page)
    assert (posting.role, posting.company, posting.source) == ("Baker", "Crumbs", "json-ld")


def test_rdfa_is_read_when_there_is_no_json_ld_or_microdata() -> None:
    page = """<html><body vocab="https://schema.org/">
    <div typeof="JobPosting"><h1 property="title">Gardener</h1>
    <div property="hiringOrganization" typeof="Organization">
      <span property="name">Green Co</span></div>
    <span property="datePosted" content="2026-10-01">1 Oct</span></div></body></html>"""
    [posting] = extract_postings(page)
    assert (posting.source.value, posting.role, posting.company) == (
        "microdata",
        "Gardener",
        "Green Co",
    )
    assert posting.posted_on is not None
    assert posting.posted_on.isoformat() == "2026-10-01"


def test_a_page_with_only_a_title_gives_the_role_from_its_first_heading() -> None:
    [posting] = extract_postings("<html><title>Careers</title><h1>Night Nurse</h1></html>")
    assert posting.as_json() == {**dict.fromkeys(FIELDS), "role": "Night Nurse", "source": "html"}
    assert posting.origins == {"role": "first heading"}


@pytest.mark.parametrize("page", ["<html><body><p></p></body></html>", "<div></div>"])
def test_a_page_that_states_nothing_is_refused(page: str) -> None:
    with pytest.raises(CaptureError, match="No job posting"):
        extract_postings(page)


def test_pasted_text_keeps_its_lines_and_takes_its_first_line_as_the_role() -> None:
    [posting] = read_pasted("Lab Technician\n\nWe need you &amp; your pipette.\n")
    assert posting.role == "Lab Technician"
    assert posting.description == "Lab Technician\n\nWe need you & your pipette."
    assert posting.company is None
    assert posting.workplace is None


def test_mhtml_saved_page_is_read(tmp_path: Path) -> None:
    html = (PAGES / "greenhouse.html").read_bytes()
    import quopri

    body = quopri.encodestring(html).decode("ascii")
    saved = tmp_path / "posting.mhtml"
    saved.write_text(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://boards.greenhouse.io/x\r\n"
        "Subject: Senior Backend Engineer\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        "------B\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://boards.greenhouse.io/northwindlabs/jobs/4012345007\r\n\r\n"
        f"{body}\r\n------B--\r\n",
        newline="",
    )
    [posting] = read_file(saved)
    assert posting.as_json() == expected_json("greenhouse")


def test_text_file_is_read_as_text(tmp_path: Path) -> None:
    saved = tmp_path / "posting.txt"
    saved.write_text("Barista\nMornings only", encoding="utf-8")
    [posting] = read_file(saved)
    assert (posting.role, posting.description) == ("Barista", "Barista\nMornings only")


def test_a_binary_file_is_not_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "photo.html"
    saved.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(CaptureError, match="not a web page"):
        read_file(saved)


def test_text_without_content_is_refused() -> None:
    with pytest.raises(CaptureError):
        read_text("   \n ")


# --- properties: stated fields only, dates in their own offset ---------------------------

_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda s: s.strip() and "<" not in s and "&" not in s)
_OPTIONAL = {
    "hiringOrganization": ("company", _texts),
    "baseSalary": ("salary", st.integers(min_value=1, max_value=10**7)),
    "validThrough": ("closes_on", st.dates().map(lambda d: d.isoformat())),
    "jobLocation": ("location", _texts),
    "url": ("url", st.just("https://example.com/job")),
    "description": ("description", _texts),
}


@given(
    role=_texts,
    present=st.dictionaries(
        st.sampled_from(sorted(_OPTIONAL)), st.none(), max_size=len(_OPTIONAL)
    ).flatmap(lambda keys: st.fixed_dictionaries({k: _OPTIONAL[k][1] for k in keys})),
)
def test_a_field_the_posting_does_not_state_is_null(role: str, present: dict[str, Any]) -> None:
    node = {"@context": "https://schema.org", "@type": "JobPosting", "title": role, **present}
    page = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    [posting] = extract_postings(page)
    stated = {"role"} | {_OPTIONAL[key][0] for key in present}
    values = posting.as_json()
    for name in FIELDS:
        assert (values[name] is not None) == (name in stated), name
    assert values["workplace"] is None


@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)),
    offset_minutes=st.integers(min_value=-12 * 60, max_value=14 * 60),
)
def test_a_date_time_becomes_the_calendar_date_in_its_own_offset(
    moment: datetime, offset_minutes: int
) -> None:
    stamp = moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    node = {"@type": "JobPosting", "title": "X", "datePosted": stamp.isoformat()}
    page = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    [posting] = extract_postings(page)
    assert posting.posted_on == moment.date()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("posting.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\nendobj\n"),
        ("posting.html", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
        ("cv.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml"),
        ("notes.csv", b"Company,Role\nAcme,Dev\n"),
    ],
)
def test_a_file_that_is_not_a_saved_page_is_refused(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CaptureError, match=r"not a (web|saved) page"):
        read_file(path)


def test_a_hiring_title_outside_linkedin_is_kept_whole_as_the_role() -> None:
    page = '<meta property="og:title" content="Now hiring baristas in Leeds">'
    [posting] = extract_postings(page)
    assert (posting.company, posting.role, posting.location) == (
        None,
        "Now hiring baristas in Leeds",
        None,
    )
