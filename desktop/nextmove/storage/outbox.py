"""The outbox as storage sees it: queue a message in the caller's transaction or its own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from nextmove.domain.status import EventKind
from nextmove.storage.database import Database
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.tracker import Application, StageEvent


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


# --- The outbox's own repository: each method is one short transaction. -------------------

STATES = ("draft", "queued", "sending", "sent", "failed")


@dataclass(frozen=True)
class OutboxRow:
    id: int
    account_id: int | None
    application_id: int | None
    contact_id: int | None
    purpose: str
    to_address: str
    subject: str
    body: str
    message_id: str
    state: str
    attempts: int
    last_error: str
    next_attempt_at: datetime | None
    created_at: datetime
    sent_at: datetime | None


def _outbox_row(m: OutboxMessage) -> OutboxRow:
    return OutboxRow(
        m.id,
        m.account_id,
        m.application_id,
        m.contact_id,
        m.purpose,
        m.to_address,
        m.subject,
        m.body,
        m.message_id,
        m.state,
        m.attempts,
        m.last_error,
        m.next_attempt_at,
        m.created_at,
        m.sent_at,
    )


class OutboxRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def queue(self, draft: OutgoingDraft, *, state: str = "queued") -> int:
        with self._db.sessions.begin() as session:
            return queue_in(session, draft, state=state).id

    def get(self, message_id: int) -> OutboxRow | None:
        with self._db.sessions() as session:
            message = session.get(OutboxMessage, message_id)
            return None if message is None else _outbox_row(message)

    def rows(self, states: Sequence[str] | None = None) -> list[OutboxRow]:
        query = select(OutboxMessage).order_by(OutboxMessage.created_at.desc(), OutboxMessage.id)
        if states is not None:
            query = query.where(OutboxMessage.state.in_(states))
        with self._db.sessions() as session:
            return [_outbox_row(m) for m in session.scalars(query)]

    def due(self, now: datetime, *, ignore_schedule: bool = False) -> list[OutboxRow]:
        """Queued messages whose next attempt is due, oldest first."""
        query = select(OutboxMessage).where(OutboxMessage.state == "queued")
        if not ignore_schedule:
            query = query.where(
                or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now)
            )
        with self._db.sessions() as session:
            rows = session.scalars(query.order_by(OutboxMessage.id)).all()
            return [_outbox_row(m) for m in rows]

    def count(self, state: str) -> int:
        with self._db.sessions() as session:
            query = select(func.count(OutboxMessage.id)).where(OutboxMessage.state == state)
            return session.scalar(query) or 0

    def edit(
        self, message_id: int, *, to_address: str, subject: str, body: str, account_id: int | None
    ) -> None:
        """Change a message that has not left (draft, queued or failed); it goes back to queued."""
        with self._db.sessions.begin() as session:
            message = session.get(OutboxMessage, message_id)
            if message is None or message.state in {"sending", "sent"}:
                raise ValueError("This message can no longer be changed.")
            message.to_address, message.subject, message.body = to_address, subject, body
            message.account_id = account_id
            message.state, message.last_error, message.next_attempt_at = "queued", "", None

    def claim(self, message_id: int, new_message_id: str, account_id: int) -> str | None:
        """Mark one queued message "sending" before the server sees it; its Message-ID or None.

        The compare-and-set on the state means two senders (the window and the command line)
        can never both take the same message.
        """
        with self._db.sessions.begin() as session:
            result = session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == message_id, OutboxMessage.state == "queued")
                .values(
                    state="sending",
                    account_id=account_id,
                    message_id=func.coalesce(
                        func.nullif(OutboxMessage.message_id, ""), new_message_id
                    ),
                )
            )
            if getattr(result, "rowcount", 0) != 1:
                return None
            return session.scalar(
                select(OutboxMessage.message_id).where(OutboxMessage.id == message_id)
            )

    def mark_sent(self, message_id: int, now: datetime, today: date) -> int | None:
        """Record the server's acceptance and the timeline entry together; the application id."""
        with self._db.sessions.begin() as session:
            message = session.get(OutboxMessage, message_id)
            if message is None:
                return None
            message.state, message.sent_at, message.last_error = "sent", now, ""
            message.attempts += 1
            message.next_attempt_at = None
            app_id = message.application_id
            if app_id is not None:
                application = session.get(Application, app_id)
                if application is not None:
                    session.add(
                        StageEvent(
                            application_id=app_id,
                            kind=EventKind.EMAIL_SENT.value,
                            occurred_on=today,
                            notes=f"{message.subject} — to {message.to_address}",
                        )
                    )
                    last = application.last_activity_on
                    application.last_activity_on = today if last is None else max(last, today)
            return app_id

    def mark_retry(self, message_id: int, error: str, next_attempt_at: datetime) -> None:
        with self._db.sessions.begin() as session:
            message = session.get(OutboxMessage, message_id)
            if message is not None:
                message.state, message.last_error = "queued", error
                message.attempts += 1
                message.next_attempt_at = next_attempt_at

    def mark_failed(self, message_id: int, error: str) -> None:
        with self._db.sessions.begin() as session:
            message = session.get(OutboxMessage, message_id)
            if message is not None:
                message.state, message.last_error = "failed", error
                message.attempts += 1
                message.next_attempt_at = None

    def note_problem(
        self, message_ids: Sequence[int], error: str, next_attempt_at: datetime | None
    ) -> None:
        """The account could not be used: the messages stay queued, with the reason shown."""
        with self._db.sessions.begin() as session:
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(message_ids), OutboxMessage.state == "queued")
                .values(last_error=error, next_attempt_at=next_attempt_at)
            )

    def requeue(self, message_id: int) -> None:
        """Send again: a failed message, or one that may have been sent before a crash."""
        with self._db.sessions.begin() as session:
            session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.id == message_id,
                    OutboxMessage.state.in_(("failed", "sending", "draft")),
                )
                .values(state="queued", last_error="", next_attempt_at=None)
            )

    def delete(self, message_id: int) -> None:
        with self._db.sessions.begin() as session:
            message = session.get(OutboxMessage, message_id)
            if message is not None:
                session.delete(message)
