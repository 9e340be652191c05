"""The calendar's storage side: the dated facts the calendar file is made of (in a few
queries), and an interview's time, place and people kept on its timeline entry: the contacts
met as links (`event_contact`), anyone else as "Name <address>" lines."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from nextmove.domain.calendar import (
    CalendarFacts,
    GoalFact,
    InterviewFact,
    KeepInTouchFact,
    NextActionFact,
)
from nextmove.domain.status import CLOSED_STATUSES, EventKind, Status
from nextmove.storage.database import Database
from nextmove.storage.interviewers import interviewer_ids, interviewers_of, set_interviewer_ids
from nextmove.storage.learning_goals import DONE
from nextmove.storage.models.tracker import Application, Contact, StageEvent, application_contact
from nextmove.storage.models.wizard import LearningGoal
from nextmove.storage.timeline import INTERVIEWERS

_CLOSED = [s.value for s in CLOSED_STATUSES]


@dataclass(frozen=True)
class EventTimes:
    starts_at: str | None = None  # "14:30"
    duration_minutes: int | None = None
    place: str = ""
    # (name, address) of people met who are not among the contacts.
    attendees: tuple[tuple[str, str], ...] = ()
    invitation_uid: str | None = None
    # The contacts met (interviewers), in the order chosen.
    interviewer_ids: tuple[int, ...] = ()


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
        set_interviewer_ids(session, event_id, times.interviewer_ids)


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
            interviewer_ids(session, event_id),
        )


def event_columns(times: EventTimes) -> dict[str, object]:
    """The stored values of `times`, as `storage.timeline.change_event` takes them."""
    return {
        "starts_at": times.starts_at,
        "duration_minutes": times.duration_minutes,
        "place": times.place,
        "attendees": format_people(times.attendees),
        INTERVIEWERS: times.interviewer_ids,
    }


def match_contacts(
    database: Database, people: tuple[tuple[str, str], ...]
) -> tuple[tuple[int, ...], tuple[tuple[str, str], ...]]:
    """Split an invitation's people into the contacts they are (matched by email address,
    ignoring case) and the others, kept as (name, address)."""
    addresses = {address.strip().lower() for _name, address in people if address.strip()}
    with database.sessions() as session:
        known: dict[str, int] = {}
        for contact_id, email in session.execute(
            select(Contact.id, Contact.email)
            .where(func.lower(func.trim(Contact.email)).in_(addresses))
            .order_by(Contact.id)
        ):
            known.setdefault(email.strip().lower(), contact_id)
    ids = tuple(
        dict.fromkeys(known[a.strip().lower()] for _n, a in people if a.strip().lower() in known)
    )
    others = tuple(p for p in people if p[1].strip().lower() not in known)
    return ids, others


def _people_met(
    linked: tuple[tuple[int, str, str], ...], others: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str], ...]:
    """The linked contacts with an address, then the others, each address once."""
    seen: set[str] = set()
    found: list[tuple[str, str]] = []
    for name, address in [(n, e) for _id, n, e in linked] + list(others):
        key = address.strip().lower()
        if key and key not in seen:
            seen.add(key)
            found.append((name, address.strip()))
    return tuple(found)


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
        met = interviewers_of(session, [event.id for event, *_rest in rows])
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
                _people_met(met.get(event.id, ()), parse_people(event.attendees)),
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
