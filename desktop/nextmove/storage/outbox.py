"""The outbox as storage sees it: queue a message in the caller's transaction or its own."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from nextmove.storage.models.mail import OutboxMessage


@dataclass(frozen=True)
class OutgoingDraft:
    purpose: str
    to_address: str
    subject: str
    body: str
    application_id: int | None = None
    contact_id: int | None = None
    account_id: int | None = None


def queue_in(session: Session, draft: OutgoingDraft, *, state: str = "queued") -> OutboxMessage:
    """Add a message to the outbox inside an open transaction (the wizard's Finish uses this)."""
    message = OutboxMessage(
        purpose=draft.purpose,
        to_address=draft.to_address,
        subject=draft.subject,
        body=draft.body,
        application_id=draft.application_id,
        contact_id=draft.contact_id,
        account_id=draft.account_id,
        state=state,
    )
    session.add(message)
    session.flush()
    return message
