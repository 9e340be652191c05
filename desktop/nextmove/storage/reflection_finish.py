"""What Finish writes besides the reflection itself: the contact and its reminder, the
reflection's searchable columns, the queued emails and the company's reapply date. Every
function works inside the caller's transaction."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nextmove.domain.insights import feedback_dates
from nextmove.domain.recipients import envelope, join_addresses, join_names, split_addresses
from nextmove.domain.templates import first_name, render
from nextmove.domain.wizard import (
    Step,
    WizardAnswers,
    is_beyond_control,
    queued_feedback_messages,
)
from nextmove.storage.models.base import utcnow
from nextmove.storage.models.tracker import Application, Contact
from nextmove.storage.models.wizard import CompanyReapply, Reflection
from nextmove.storage.outbox import OutgoingDraft, queue_in

COMPLETED = "completed"


def settle_contact(session: Session, app: Application, answers: WizardAnswers) -> int | None:
    """The contact the emails go to, created and linked when typed in by hand."""
    contact: Contact | None = None
    if answers.contact_id is not None:
        contact = session.get(Contact, answers.contact_id)
    if contact is None and answers.contact_name.strip():
        contact = Contact(
            name=answers.contact_name.strip(),
            email=answers.contact_email.strip(),
            company=app.company,
            role="recruiter",
        )
        session.add(contact)
        session.flush()
        app.contacts.append(contact)
    if contact is None:
        return None
    if answers.contact_email.strip() and not contact.email:
        contact.email = answers.contact_email.strip()
    if answers.keep_in_touch_on is not None:
        contact.keep_in_touch_on = answers.keep_in_touch_on
    answers.contact_id = contact.id
    return contact.id


def complete_reflection(row: Reflection, answers: WizardAnswers, today: date) -> None:
    row.state = COMPLETED
    row.current_step = int(Step.NEXT_MOVE)
    row.answers = json.dumps(answers.to_dict())
    row.rejected_on = answers.rejected_on or today
    row.stage_reached = answers.stage_reached
    row.reason = answers.reason
    row.feedback_requested_on, row.feedback_received_on = feedback_dates(answers, today)
    row.feedback_text = answers.feedback_text
    row.decision = answers.decision
    row.beyond_control = "\n".join(answers.factors) if is_beyond_control(answers) else ""
    row.weekly_goal = answers.weekly_goal
    row.completed_at = utcnow()


def queue_messages(
    session: Session,
    app: Application,
    answers: WizardAnswers,
    contact_id: int | None,
    your_name: str,
) -> tuple[int, ...]:
    ids: list[int] = []
    to = answers.contact_email.strip()
    for message in queued_feedback_messages(answers):
        draft = OutgoingDraft(
            message.purpose, to, message.subject, message.body, app.id, contact_id
        )
        ids.append(queue_in(session, draft).id)
    if answers.thank_you.enabled:  # the contact, and the panel too in the same email
        everyone = envelope([to], split_addresses(answers.thank_you_also), [])
        message = answers.thank_you
        draft = OutgoingDraft(
            message.purpose, join_addresses(everyone), message.subject, message.body, app.id,
            contact_id,
        )  # fmt: skip
        ids.append(queue_in(session, draft).id)
    experts = answers.experts
    if answers.experts_message.enabled and answers.experts_together and len(experts) > 1:
        names = join_names([first_name(e.name) for e in experts])
        values = {"first_name": names, "contact_name": names, "company": app.company,
                  "role": app.role, "your_name": your_name}  # fmt: skip
        addresses = envelope([e.email.strip() for e in experts], [], [])
        draft = OutgoingDraft(
            "experts",
            join_addresses(addresses),
            render(answers.experts_message.subject, values),
            render(answers.experts_message.body, values),
            app.id,
        )
        ids.append(queue_in(session, draft).id)
    elif answers.experts_message.enabled:
        for expert in answers.experts:
            values = {
                "first_name": first_name(expert.name),
                "contact_name": expert.name,
                "company": app.company,
                "role": app.role,
                "your_name": your_name,
            }
            draft = OutgoingDraft(
                "experts",
                expert.email.strip(),
                render(answers.experts_message.subject, values),
                render(answers.experts_message.body, values),
                app.id,
                expert.contact_id,
            )
            ids.append(queue_in(session, draft).id)
    return tuple(ids)


def set_reapply(session: Session, company: str, after: date, reflection_id: int) -> None:
    key = company.strip()
    row = session.scalars(
        select(CompanyReapply).where(func.lower(CompanyReapply.company) == key.lower())
    ).first()
    if row is None:
        session.add(CompanyReapply(company=key, reapply_after=after, reflection_id=reflection_id))
    else:
        row.reapply_after = after
        row.reflection_id = reflection_id
