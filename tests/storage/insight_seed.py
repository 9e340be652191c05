"""A small real data folder for the insights: five applications sent, one on the wishlist, and
one finished reflection whose rejection was partly beyond the person's control.

Counted by hand: funnel applied 5, screening 3, interview 2, offer 1; rejections at applied 1,
screening 1, interview 1; LinkedIn 2 sent 2 answered (median 4 days), Referral 2 sent 2
answered (median 4 days), Company site 1 sent 0 answered. The reflection rates research 4,
application materials 3, screening call 2 and follow-up 3, ticks "Timing", and leaves its
feedback request waiting in the outbox.
"""

from __future__ import annotations

from datetime import date

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.database import Database
from nextmove.storage.reflections import ReflectionService
from tests.storage.test_reflections import complete_answers

SCORES = {
    "Research and preparation": 4,
    "Application materials": 3,
    "Screening call": 2,
    "Follow-up": 3,
}


def _add(
    repo: ApplicationRepository, company: str, source: str, applied: date | None,
    *events: tuple[EventKind, date],
) -> int:  # fmt: skip
    status = Status.APPLIED if applied else Status.WISHLIST
    app_id = repo.add(
        ApplicationData(company, "Data Analyst", status=status, source=source, applied_on=applied),
        today=applied or date(2026, 10, 1),
    )
    for kind, on in events:
        repo.add_event(app_id, kind, on)
    return app_id


def seed_insights(database: Database) -> int:
    """Fill the database; returns the id of the application with the finished reflection."""
    repo = ApplicationRepository(database)
    d = lambda month, day: date(2026, month, day)  # noqa: E731
    first = _add(
        repo,
        "Acme",
        "LinkedIn",
        d(10, 1),
        (EventKind.SCREEN, d(10, 5)),
        (EventKind.REJECTED, d(10, 9)),
    )
    _add(repo, "Globex", "LinkedIn", d(10, 2), (EventKind.REJECTED, d(10, 6)))
    _add(
        repo,
        "Initech",
        "Referral",
        d(10, 3),
        (EventKind.SCREEN, d(10, 4)),
        (EventKind.INTERVIEW, d(10, 10)),
        (EventKind.OFFER, d(10, 20)),
    )
    _add(
        repo,
        "Umbrella",
        "Referral",
        d(10, 5),
        (EventKind.INTERVIEW, d(10, 12)),
        (EventKind.REJECTED, d(10, 20)),
    )
    _add(repo, "Hooli", "Company site", d(10, 6))
    _add(repo, "Stark", "Company site", None)  # fmt: skip
    service = ReflectionService(database)
    draft = service.start(first, d(10, 10))
    answers = complete_answers(draft.answers)
    answers.rejected_on = d(10, 9)
    answers.stage_reached = "Screening call"
    for stage in answers.stages:
        stage.score = SCORES[stage.stage]
    service.finish(draft.reflection_id, answers, d(10, 10))
    return first
