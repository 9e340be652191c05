"""Reading a reflection for the wizard and its report: the draft with its prefill, and
where the emails it queued stand now. Every function works inside the caller's session."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nextmove.domain.outbox_state import OutboxState
from nextmove.domain.status import EventKind
from nextmove.domain.wizard import (
    StageAnswer,
    Step,
    WizardAnswers,
    stage_reached,
    stages_from_timeline,
)
from nextmove.storage.models.mail import MailAccount, OutboxMessage
from nextmove.storage.models.tracker import Application, Contact, StageEvent, application_contact
from nextmove.storage.models.wizard import Reflection

WIZARD_PURPOSES = (
    "feedback_request",
    "ask_specifics",
    "thanks_for_feedback",
    "thank_you",
    "experts",
)


@dataclass(frozen=True)
class ContactChoice:
    id: int
    name: str
    email: str
    role: str


@dataclass(frozen=True)
class ApplicationBrief:
    id: int
    company: str
    role: str
    status: str
    job_description: str
    your_name: str


@dataclass
class Draft:
    """What the wizard needs to show a reflection: where it stood and every answer."""

    reflection_id: int
    application: ApplicationBrief
    step: Step
    answers: WizardAnswers
    contacts: list[ContactChoice]


def read_draft(session: Session, row: Reflection) -> Draft:
    app = session.get(Application, row.application_id)
    assert app is not None
    contacts = session.scalars(
        select(Contact)
        .join(application_contact, application_contact.c.contact_id == Contact.id)
        .where(application_contact.c.application_id == app.id)
        .order_by(Contact.id)
    ).all()
    return Draft(
        reflection_id=row.id,
        application=ApplicationBrief(
            app.id, app.company, app.role, app.status, app.job_description, sender_name(session)
        ),
        step=Step(row.current_step),
        answers=WizardAnswers.from_dict(json.loads(row.answers)),
        contacts=[ContactChoice(c.id, c.name, c.email, c.role) for c in contacts],
    )


def prefill(session: Session, app: Application, today: date) -> WizardAnswers:
    events = session.execute(
        select(StageEvent.kind, StageEvent.occurred_on)
        .where(StageEvent.application_id == app.id)
        .order_by(StageEvent.occurred_on, StageEvent.id)
    ).all()
    kinds = [kind for kind, _ in events]
    rejected = [on for kind, on in events if kind == EventKind.REJECTED.value]
    answers = WizardAnswers(
        rejected_on=rejected[-1] if rejected else today,
        stage_reached=stage_reached(kinds),
        your_name=sender_name(session),
    )
    answers.stages = [StageAnswer(stage) for stage in stages_from_timeline(kinds)]
    contact = session.scalars(
        select(Contact)
        .join(application_contact, application_contact.c.contact_id == Contact.id)
        .where(application_contact.c.application_id == app.id)
        .order_by(Contact.id)
        .limit(1)
    ).first()
    if contact is not None:
        answers.contact_id = contact.id
        answers.contact_name = contact.name
        answers.contact_email = contact.email
    return answers


def outbox_states(session: Session, row: Reflection) -> dict[str, list[str]]:
    """The current state of each email this reflection queued (they were written at Finish,
    for its application, after the reflection began)."""
    states: dict[str, list[str]] = {}
    for purpose, state in session.execute(
        select(OutboxMessage.purpose, OutboxMessage.state)
        .where(
            OutboxMessage.application_id == row.application_id,
            OutboxMessage.purpose.in_(WIZARD_PURPOSES),
            OutboxMessage.created_at >= row.created_at,
        )
        .order_by(OutboxMessage.id)
    ):
        states.setdefault(purpose, []).append(state)
    return states


REQUEST_PURPOSES = ("feedback_request", "ask_specifics")


def sent_requests(session: Session) -> dict[int, list[tuple[datetime, datetime]]]:
    """Application id -> (written, sent) of every feedback request that really went out."""
    sent: dict[int, list[tuple[datetime, datetime]]] = {}
    for app_id, created, sent_at in session.execute(
        select(OutboxMessage.application_id, OutboxMessage.created_at, OutboxMessage.sent_at)
        .where(
            OutboxMessage.purpose.in_(REQUEST_PURPOSES),
            OutboxMessage.state == OutboxState.SENT,
        )
        .order_by(OutboxMessage.sent_at)
    ):
        if app_id is not None and sent_at is not None:
            sent.setdefault(app_id, []).append((created, sent_at))
    return sent


def asked_on(
    row: Reflection, answers: WizardAnswers, sent: dict[int, list[tuple[datetime, datetime]]]
) -> date | None:
    """When feedback was asked for, as the reply rate counts it: the date the person gave, or
    the day the request queued at Finish was sent. A request still waiting in the outbox has
    asked nobody yet."""
    if row.feedback_requested_on is None:
        return None
    if row.feedback_requested_on == answers.feedback_requested_on:
        return row.feedback_requested_on
    for created, sent_at in sent.get(row.application_id, []):
        if created >= row.created_at:
            return sent_at.date()
    return None


def sender_name(session: Session) -> str:
    """The person's own name as their mail account signs with it (never the account's label,
    like "Work"); empty when unknown, and page 1 then asks for it."""
    name = session.scalar(
        select(MailAccount.sender_name)
        .order_by(MailAccount.is_default.desc(), MailAccount.id)
        .limit(1)
    )
    return name or ""
