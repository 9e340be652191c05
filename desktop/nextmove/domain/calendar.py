"""The calendar: which dates of a job hunt become events, and how they read.

Interviews (timed when the entry has a start time), next actions and keep-in-touch dates
(all-day) and learning-goal due dates. Each event's UID is built from what it is about (the
interview's timeline entry, the application, the contact, the goal), never from its date or
text, so a calendar app that re-imports the file updates the event instead of adding another.
Closed and deleted applications give no events. Writing the file is `domain.ics`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from nextmove.domain.status import CLOSED_STATUSES, Status

UID_DOMAIN = "nextmove.local"
DEFAULT_INTERVIEW_MINUTES = 60


@dataclass(frozen=True)
class InterviewFact:
    event_id: int
    application_id: int
    company: str
    role: str
    status: Status
    on: date
    starts_at: str | None = None  # "14:30", local time
    duration_minutes: int | None = None
    place: str = ""
    attendees: tuple[tuple[str, str], ...] = ()  # (name, address)
    notes: str = ""


@dataclass(frozen=True)
class NextActionFact:
    application_id: int
    company: str
    role: str
    status: Status
    on: date
    what: str


@dataclass(frozen=True)
class KeepInTouchFact:
    contact_id: int
    name: str
    company: str
    on: date


@dataclass(frozen=True)
class GoalFact:
    goal_id: int
    skill: str
    course: str
    on: date
    done: bool


@dataclass(frozen=True)
class CalendarFacts:
    interviews: tuple[InterviewFact, ...] = ()
    next_actions: tuple[NextActionFact, ...] = ()
    keep_in_touch: tuple[KeepInTouchFact, ...] = ()
    goals: tuple[GoalFact, ...] = ()


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    day: date
    start: time | None = None  # None: an all-day event
    minutes: int = 0
    location: str = ""
    description: str = ""
    attendees: tuple[tuple[str, str], ...] = ()

    @property
    def all_day(self) -> bool:
        return self.start is None

    def starts(self) -> datetime:
        assert self.start is not None
        return datetime.combine(self.day, self.start)

    def ends(self) -> datetime:
        return self.starts() + timedelta(minutes=self.minutes or DEFAULT_INTERVIEW_MINUTES)


def parse_time(text: str | None) -> time | None:
    """ "14:30" -> 14:30; anything else -> None (an all-day event)."""
    if not text:
        return None
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def _label(company: str, what: str) -> str:
    return f"{company}: {what}" if company else what


def calendar_events(facts: CalendarFacts) -> list[CalendarEvent]:
    """Every event the calendar file holds, in date order."""
    events: list[CalendarEvent] = []
    for interview in facts.interviews:
        if interview.status in CLOSED_STATUSES:
            continue
        lines = [interview.role] if interview.role else []
        if interview.notes:
            lines.append(interview.notes)
        events.append(
            CalendarEvent(
                f"interview-{interview.event_id}@{UID_DOMAIN}",
                _label(
                    interview.company,
                    "Interview" + (f" ({interview.role})" if interview.role else ""),
                ),
                interview.on,
                parse_time(interview.starts_at),
                interview.duration_minutes or 0,
                interview.place,
                "\n".join(lines),
                interview.attendees,
            )
        )
    for action in facts.next_actions:
        if action.status in CLOSED_STATUSES:
            continue
        events.append(
            CalendarEvent(
                f"next-action-{action.application_id}@{UID_DOMAIN}",
                _label(action.company, action.what or "Next step"),
                action.on,
                description=action.role,
            )
        )
    for contact in facts.keep_in_touch:
        events.append(
            CalendarEvent(
                f"keep-in-touch-{contact.contact_id}@{UID_DOMAIN}",
                _label(contact.company, f"Keep in touch with {contact.name}"),
                contact.on,
            )
        )
    for goal in facts.goals:
        if goal.done:
            continue
        what = f"{goal.skill} — {goal.course}" if goal.course else goal.skill
        events.append(
            CalendarEvent(
                f"learning-goal-{goal.goal_id}@{UID_DOMAIN}",
                f"Learning goal due: {what}",
                goal.on,
            )
        )
    return sorted(events, key=lambda e: (e.day, e.start or time(0), e.uid))
