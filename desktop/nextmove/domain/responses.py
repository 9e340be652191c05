"""Which sources answer, how fast, and how many applications go out each week.

An answer is any step the employer took after the application: a screening call, an
assessment, an interview, an offer or a rejection. Silence (ghosted) and the person's own moves
(withdrawn, notes, emails they sent) are not answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from nextmove.domain.funnel import ApplicationFacts, stages_passed
from nextmove.domain.status import EventKind

WEEKS_SHOWN = 12
NO_SOURCE = ""

_ANSWERS = frozenset(
    {
        EventKind.SCREEN.value,
        EventKind.ASSESSMENT.value,
        EventKind.INTERVIEW.value,
        EventKind.OFFER.value,
        EventKind.ACCEPTED.value,
        EventKind.REJECTED.value,
    }
)


def applied_date(app: ApplicationFacts) -> date | None:
    """The applied date, else the first applied event's date; None when neither is known."""
    if app.applied_on is not None:
        return app.applied_on
    applied = [on for kind, on in app.events if kind == EventKind.APPLIED.value]
    return min(applied) if applied else None


def first_answer(app: ApplicationFacts) -> date | None:
    """The day the employer first answered (on or after the applied date, when known)."""
    start = applied_date(app)
    answers = [on for kind, on in app.events if kind in _ANSWERS and (start is None or on >= start)]
    return min(answers) if answers else None


@dataclass(frozen=True)
class SourceResponse:
    source: str  # as first typed; NO_SOURCE when the application has none
    applications: int
    responses: int
    median_days: float | None

    @property
    def rate(self) -> float:
        return self.responses / self.applications if self.applications else 0.0


def response_by_source(apps: list[ApplicationFacts]) -> list[SourceResponse]:
    """Per source (case and spaces ignored): applied, answered, median days to the first answer.

    Largest sources first, then by name, so the order never shuffles between runs.
    """
    names: dict[str, str] = {}
    applied: dict[str, int] = {}
    answered: dict[str, int] = {}
    days: dict[str, list[int]] = {}
    for app in apps:
        if not stages_passed(app):
            continue
        key = " ".join(app.source.split()).casefold()
        names.setdefault(key, " ".join(app.source.split()))
        applied[key] = applied.get(key, 0) + 1
        answer = first_answer(app)
        if answer is None:
            continue
        answered[key] = answered.get(key, 0) + 1
        start = applied_date(app)
        if start is not None:
            days.setdefault(key, []).append((answer - start).days)
    rows = [
        SourceResponse(
            names[key],
            applied[key],
            answered.get(key, 0),
            float(median(days[key])) if key in days else None,
        )
        for key in applied
    ]
    return sorted(rows, key=lambda r: (-r.applications, r.source == NO_SOURCE, r.source.lower()))


def week_start(day: date) -> date:
    """The Monday of the day's week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekCount:
    start: date
    applications: int


def applications_per_week(
    apps: list[ApplicationFacts], today: date, weeks: int = WEEKS_SHOWN
) -> list[WeekCount]:
    """Applications sent in each of the last `weeks` weeks (Monday to Sunday), oldest first,
    the current week last."""
    last = week_start(today)
    first = last - timedelta(weeks=weeks - 1)
    counts = dict.fromkeys((first + timedelta(weeks=i) for i in range(weeks)), 0)
    for app in apps:
        if not stages_passed(app):
            continue
        sent = applied_date(app)
        if sent is None:
            continue
        monday = week_start(sent)
        if monday in counts:
            counts[monday] += 1
    return [WeekCount(start, n) for start, n in counts.items()]
