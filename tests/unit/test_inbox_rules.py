"""The inbox rules: which application a message is about and what kind of reply it is."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nextmove.domain.inbox import IncomingMail, Kind, Tracked, TrackedContact, classify, examine
from nextmove.domain.inbox.match import LEGAL_FORMS
from nextmove.domain.inbox.text import fold, new_text

REJECTION = "Unfortunately, we have decided to move forward with other candidates."


def mail(
    body: str,
    *,
    subject: str = "Your application",
    name: str = "Talent Team",
    address: str = "no-reply@greenhouse.io",
    bulk: bool = False,
) -> IncomingMail:
    return IncomingMail("<m@x>", None, name, address, subject, body, bulk=bulk)


def test_a_rejection_names_its_deciding_sentence() -> None:
    found = classify(mail(f"Hi Sam,\n\nThank you for applying.\n\n{REJECTION}\n\nBest, Jane"))
    assert found.kind is Kind.REJECTION
    assert found.evidence == REJECTION


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Leider haben wir uns für einen anderen Bewerber entschieden.", Kind.REJECTION),
        ("Votre candidature n'a pas été retenue.", Kind.REJECTION),
        ("Lamentamos informarte de que el puesto ya ha sido cubierto.", Kind.REJECTION),
        ("We'd like to invite you to an interview with the team.", Kind.INTERVIEW),
        ("Gerne laden wir Sie zu einem Vorstellungsgespräch ein.", Kind.INTERVIEW),
        ("Nous souhaitons vous inviter à un entretien.", Kind.INTERVIEW),
        ("Queremos invitarte a una entrevista.", Kind.INTERVIEW),
        ("We are delighted to extend an offer for the role.", Kind.OFFER),
        ("Please complete the coding challenge on HackerRank.", Kind.ASSESSMENT),
        ("We have received your application for the role.", Kind.ACKNOWLEDGEMENT),
        ("Nous avons bien reçu votre candidature.", Kind.ACKNOWLEDGEMENT),
        ("Thanks for asking for feedback: your SQL was strong.", Kind.FEEDBACK),
        ("See you at the office tomorrow.", Kind.OTHER),
    ],
)
def test_kinds_in_four_languages(body: str, kind: Kind) -> None:
    assert classify(mail(body)).kind is kind


def test_a_rejection_wins_over_the_thanks_and_the_interview_it_mentions() -> None:
    body = "Thank you for your application and for interviewing with us. " + REJECTION
    assert classify(mail(body)).kind is Kind.REJECTION


def test_unable_to_offer_is_a_rejection_not_an_offer() -> None:
    assert classify(mail("We are unable to offer you the position.")).kind is Kind.REJECTION


def test_regret_without_anything_about_work_is_not_a_rejection() -> None:
    body = "We regret to inform you that your flight has been cancelled."
    flight = mail(body, subject="Flight FF123", address="noreply@airline.example")
    assert classify(flight).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Your job alert: Acme - Data Analyst. Unfortunately, the position has been filled.",
        "I came across your profile and have a role at Acme. Are you open to new opportunities?",
        "Ihr Jobagent: passende Stellen bei Acme. Leider ist die Stelle bereits besetzt.",
    ],
)
def test_alerts_and_cold_outreach_are_other_and_match_nothing(body: str) -> None:
    acme = Tracked(1, "Acme", "Data Analyst")
    found = examine(mail(body, subject="Acme Data Analyst", address="jobs@acme.com"), [acme])
    assert found.kind is Kind.OTHER
    assert found.application_id is None


def test_a_bulk_mailing_matches_nothing_even_from_the_company() -> None:
    acme = Tracked(1, "Acme", "Data Analyst")
    found = examine(mail(REJECTION, address="news@acme.com", bulk=True), [acme])
    assert (found.kind, found.application_id) == (Kind.OTHER, None)


quoted_text = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80), max_size=6
)


@given(quoted_text)
@settings(max_examples=60, deadline=None)
def test_quoted_lines_never_decide_the_kind(quoted: list[str]) -> None:
    """Whatever the earlier messages of a thread said, only the new text counts."""
    new = "Thanks, I'll pass your note on to the hiring manager."
    thread = "\n".join(
        [new, "", "On Mon, 3 Nov 2026 at 10:00, Jane <jane@acme.com> wrote:"]
        + [f"> {line}" for line in [REJECTION, *quoted]]
    )
    assert classify(mail(thread)).kind is Kind.OTHER
    gt_only = "\n".join([new, *(f"> {line}" for line in [REJECTION, *quoted])])
    assert classify(mail(gt_only)).kind is Kind.OTHER


@pytest.mark.parametrize(
    "header",
    [
        "On Mon, 3 Nov 2026 at 10:00, Jane Roe <jane@acme.com> wrote:",
        "Am 03.11.2026 um 10:00 schrieb Jane Roe <jane@acme.com>:",
        "Le lun. 3 nov. 2026 à 10:00, Jane Roe <jane@acme.com> a écrit :",
        "El lun, 3 nov 2026 a las 10:00, Jane Roe (<jane@acme.com>) escribió:",
        "-----Original Message-----",
    ],
)
def test_earlier_messages_are_cut_in_every_language(header: str) -> None:
    assert new_text(f"Sure thing.\n\n{header}\n{REJECTION}") == "Sure thing."


# -- matching ------------------------------------------------------------------------------

TRANSLITERATIONS = {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "é": "e", "è": "e"}
name_word = st.text(alphabet="abcdefghklmnoprstuvwzüöäßéè", min_size=3, max_size=9)


def spelled_otherwise(name: str, data: st.DataObject) -> str:
    """The name as a sender might write it: other case, letters transliterated or not."""
    out = []
    for char in name:
        if char in TRANSLITERATIONS and data.draw(st.booleans()):
            char = TRANSLITERATIONS[char]
        out.append(char.upper() if data.draw(st.booleans()) else char)
    return "".join(out)


@given(st.lists(name_word, min_size=1, max_size=3), st.data())
@settings(max_examples=80, deadline=None)
def test_company_names_match_across_case_accents_and_transliteration(
    parts: list[str], data: st.DataObject
) -> None:
    company = " ".join(p.capitalize() for p in parts)
    written = spelled_otherwise(company, data)
    tracked = [Tracked(1, company, "Analyst"), Tracked(2, "Zzyzx Unrelated", "Analyst")]
    found = examine(mail(REJECTION, name=f"{written} Recruiting"), tracked)
    assert found.application_id == 1


@given(name_word, name_word, name_word)
@settings(max_examples=80, deadline=None)
def test_a_shared_word_alone_is_not_the_company(shared: str, own: str, other: str) -> None:
    """A message from "Stellar Health" never matches the application at "Stellar Labs"."""
    assume(fold(own) != fold(other) and fold(own) not in LEGAL_FORMS)
    tracked = [Tracked(1, f"{shared} {own}", "Analyst")]
    sender = f"{shared} {other}"
    found = examine(mail(REJECTION, name=sender, address=f"hr@{fold(shared)}.com"), tracked)
    assert found.application_id is None


def test_stellar_health_is_not_stellar_labs() -> None:
    labs, health = Tracked(1, "Stellar Labs", "Engineer"), Tracked(2, "Stellar Health", "Analyst")
    found = examine(
        mail(REJECTION, name="Stellar Health Talent", address="talent@stellarhealth.com"),
        [labs, health],
    )
    assert found.application_id == 2
    alone = examine(mail(REJECTION, name="Stellar Health", address="x@stellarhealth.com"), [labs])
    assert alone.application_id is None


def test_two_applications_at_one_company_are_told_apart_by_role_and_contact() -> None:
    analyst = Tracked(1, "Acme", "Data Analyst", (TrackedContact("Jane Roe", "jane@acme.com"),))
    engineer = Tracked(2, "Acme", "Data Engineer", (TrackedContact("Tom Berg", "tom@acme.com"),))
    both = [analyst, engineer]
    by_role = examine(mail(REJECTION, subject="Data Engineer", address="jobs@acme.com"), both)
    assert by_role.application_id == 2
    by_role = examine(mail(REJECTION, subject="Data Analyst", address="jobs@acme.com"), both)
    assert by_role.application_id == 1
    by_contact = examine(mail(REJECTION, name="Jane Roe", address="jane@acme.com"), both)
    assert by_contact.application_id == 1
    by_contact = examine(mail(REJECTION, name="Tom Berg", address="TOM@acme.com"), both)
    assert by_contact.application_id == 2


def test_an_ats_sender_is_matched_by_the_company_in_its_display_name_or_body() -> None:
    kestrel = Tracked(1, "Kestrel", "Software Engineer")
    ats = examine(mail(REJECTION, name="Kestrel Hiring", address="x@ashbyhq.com"), [kestrel])
    assert ats.application_id == 1
    body = examine(mail(f"Thank you for applying to Kestrel. {REJECTION}"), [kestrel])
    assert body.application_id == 1
    nothing = examine(mail(REJECTION, name="Hiring Team"), [kestrel])
    assert nothing.application_id is None


def test_the_sender_domain_names_the_company_but_a_free_mail_domain_does_not() -> None:
    tracked = [Tracked(1, "Müller Logistik GmbH", "Analyst"), Tracked(2, "Gmail", "Analyst")]
    by_domain = examine(mail(REJECTION, name="HR", address="hr@mueller-logistik.de"), tracked)
    assert by_domain.application_id == 1
    free = examine(mail(REJECTION, name="Sam", address="someone@gmail.com"), tracked[:1])
    assert free.application_id is None


def test_an_open_newer_application_wins_when_nothing_else_decides() -> None:
    old = Tracked(1, "Acme", "Analyst", is_open=False, applied_on=date(2026, 1, 5))
    new = Tracked(2, "Acme", "Engineer", is_open=True, applied_on=date(2026, 9, 1))
    assert examine(mail(REJECTION, name="Acme"), [old, new]).application_id == 2


def test_a_feedback_reply_keeps_the_feedback_itself_but_not_the_sign_off() -> None:
    body = (
        "Hi Sam,\n\nThanks for asking for feedback. The panel felt your SQL answers were strong "
        "but your case study ran long.\n\nBest,\nOla"
    )
    found = classify(mail(body, subject="Re: Feedback"))
    assert found.kind is Kind.FEEDBACK
    assert found.evidence == (
        "Thanks for asking for feedback. The panel felt your SQL answers were strong but your "
        "case study ran long."
    )
