"""The calendar's storage side: the dated facts the calendar file is made of (in a few
queries), and an interview's time, place and people kept on its timeline entry."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from nextmove.domain.calendar import (
    CalendarFacts,
    GoalFact,
    InterviewFact,
    KeepInTouchFact,
    NextActionFact,
)
from nextmove.domain.status import CLOSED_STATUSES, EventKind, Status
from nextmove.storage.database import Database
from nextmove.storage.learning_goals import DONE
from nextmove.storage.models.tracker import Application, Contact, StageEvent, application_contact
from nextmove.storage.models.wizard import LearningGoal

_CLOSED = [s.value for s in CLOSED_STATUSES]


@dataclass(frozen=True)
class EventTimes:
    starts_at: str | None = None  # "14:30"
    duration_minutes: int | None = None
    place: str = ""
    attendees: tuple[tuple[str, str], ...] = ()  # (name, address)
    invitation_uid: str | None = None


def format_people(people: tuple[tuple[str, str], ...]) -> str:
    return "\n".join(f"{name} <{address}>" if name else address for name, address in people)


def parse_people(text: str) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.endswith(">") and "<" in line:
            name, _, address = line[:-1].rpartition("<")
            found.append((name.strip(), address.strip()))
        else:
            found.append(("", line))
    return tuple(found)


def set_event_times(database: Database, event_id: int, times: EventTimes) -> None:
    """Give a timeline entry (an interview) its time, place and people."""
    with database.sessions.begin() as session:
        event = session.get(StageEvent, event_id)
        if event is None:
            return
        event.starts_at = times.starts_at
        event.duration_minutes = times.duration_minutes
        event.place = times.place
        event.attendees = format_people(times.attendees)
        event.invitation_uid = times.invitation_uid


def event_times(database: Database, event_id: int) -> EventTimes | None:
    with database.sessions() as session:
        event = session.get(StageEvent, event_id)
        if event is None:
            return None
        return EventTimes(
            event.starts_at,
            event.duration_minutes,
            event.place,
            parse_people(event.attendees),
            event.invitation_uid,
        )


def calendar_facts(database: Database, since: date) -> CalendarFacts:
    """The dated facts of open, kept applications, contacts and learning goals, from `since`
    on (what is long past is of no use in a calendar, and would only make the file huge)."""
    with database.sessions() as session:
        open_apps = (
            select(Application.id)
            .where(Application.archived.is_(False), Application.status.not_in(_CLOSED))
            .scalar_subquery()
        )
        rows = session.execute(
            select(StageEvent, Application.company, Application.role, Application.status)
            .join(Application, Application.id == StageEvent.application_id)
            .where(
                StageEvent.kind == EventKind.INTERVIEW.value,
                StageEvent.occurred_on >= since,
                StageEvent.application_id.in_(open_apps),
            )
            .order_by(StageEvent.occurred_on, StageEvent.id)
        ).all()
        interviews = tuple(
            InterviewFact(
                event.id,
                event.application_id,
                company,
                role,
                Status(status),
                event.occurred_on,
                event.starts_at,
                event.duration_minutes,
                event.place,
                parse_people(event.attendees),
                event.notes,
            )
            for event, company, role, status in rows
        )
        actions = tuple(
            NextActionFact(app_id, company, role, Status(status), on, what)
            for app_id, company, role, status, on, what in session.execute(
                select(
                    Application.id,
                    Application.company,
                    Application.role,
                    Application.status,
                    Application.next_action_on,
                    Application.next_action,
                )
                .where(
                    Application.next_action_on >= since,
                    Application.archived.is_(False),
                    Application.status.not_in(_CLOSED),
                )
                .order_by(Application.next_action_on, Application.id)
            )
            if on is not None
        )
        companies: dict[int, str] = defaultdict(str)
        for contact_id, company in session.execute(
            select(application_contact.c.contact_id, Application.company)
            .join(Application, Application.id == application_contact.c.application_id)
            .order_by(Application.id.desc())
        ):
            companies[contact_id] = company  # the first linked application wins
        people = tuple(
            KeepInTouchFact(cid, name, company or companies[cid], on)
            for cid, name, company, on in session.execute(
                select(Contact.id, Contact.name, Contact.company, Contact.keep_in_touch_on)
                .where(Contact.keep_in_touch_on >= since)
                .order_by(Contact.keep_in_touch_on, Contact.id)
            )
            if on is not None
        )
        goals = tuple(
            GoalFact(g.id, g.skill, g.course, g.due_on, g.status == DONE)
            for g in session.scalars(
                select(LearningGoal)
                .where(LearningGoal.due_on >= since, LearningGoal.status != DONE)
                .order_by(LearningGoal.due_on, LearningGoal.id)
            )
            if g.due_on is not None
        )
    return CalendarFacts(interviews, actions, people, goals)
