"""The outbox as storage sees it: queue a message in the caller's transaction or its own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    Connection,
    Date,
    Table,
    bindparam,
    case,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from nextmove.domain.documents import AttachmentRef
from nextmove.domain.outbox_state import OutboxState
from nextmove.domain.status import EventKind
from nextmove.storage import outbox_attachments
from nextmove.storage.database import Database
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.tracker import Application, StageEvent
from nextmove.storage.timeline import settle


@dataclass(frozen=True)
class OutgoingDraft:
    purpose: str
    to_address: str
    subject: str
    body: str
    application_id: int | None = None
    contact_id: int | None = None
    account_id: int | None = None
    attachments: tuple[AttachmentRef, ...] = ()
    cc_addresses: str = ""  # several addresses joined with ", "
    bcc_addresses: str = ""


def queue_in(
    session: Session, draft: OutgoingDraft, *, state: OutboxState = OutboxState.QUEUED
) -> OutboxMessage:
    """Add a message to the outbox inside an open transaction (the wizard's Finish uses this)."""
    message = OutboxMessage(
        purpose=draft.purpose,
        to_address=draft.to_address,
        subject=draft.subject,
        body=draft.body,
        application_id=draft.application_id,
        contact_id=draft.contact_id,
        account_id=draft.account_id,
        cc_addresses=draft.cc_addresses,
        bcc_addresses=draft.bcc_addresses,
        state=state,
    )
    session.add(message)
    session.flush()
    if draft.attachments:
        outbox_attachments.add_in(session, message.id, draft.attachments)
    return message


# --- The outbox's own repository: each method is one short transaction. -------------------


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
    state: OutboxState
    attempts: int
    last_error: str
    next_attempt_at: datetime | None
    created_at: datetime
    sent_at: datetime | None
    cc_addresses: str = ""
    bcc_addresses: str = ""

    @property
    def needs_attention(self) -> bool:
        """Queued, but held back by a problem only the person can fix (a refused password,
        an untrusted certificate): no retry time, and the reason kept in `last_error`."""
        return (
            self.state == OutboxState.QUEUED
            and bool(self.last_error)
            and self.next_attempt_at is None
        )


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
        OutboxState(m.state),
        m.attempts,
        m.last_error,
        m.next_attempt_at,
        m.created_at,
        m.sent_at,
        m.cc_addresses,
        m.bcc_addresses,
    )


class OutboxRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def queue(self, draft: OutgoingDraft, *, state: OutboxState = OutboxState.QUEUED) -> int:
        with self._db.sessions.begin() as session:
            return queue_in(session, draft, state=state).id

    def get(self, message_id: int) -> OutboxRow | None:
        with self._db.sessions() as session:
            message = session.get(OutboxMessage, message_id)
            return None if message is None else _outbox_row(message)

    def rows(self, states: Sequence[OutboxState] | None = None) -> list[OutboxRow]:
        query = select(OutboxMessage).order_by(OutboxMessage.created_at.desc(), OutboxMessage.id)
        if states is not None:
            query = query.where(OutboxMessage.state.in_(states))
        with self._db.sessions() as session:
            return [_outbox_row(m) for m in session.scalars(query)]

    def application_names(self) -> dict[int, str]:
        """ "Company – Role" of every application an email in the outbox is about."""
        about = select(OutboxMessage.application_id).where(
            OutboxMessage.application_id.is_not(None)
        )
        query = select(Application.id, Application.company, Application.role).where(
            Application.id.in_(about.distinct())
        )
        with self._db.sessions() as session:
            return {
                ident: f"{company} – {role}" if role else company
                for ident, company, role in session.execute(query)
            }

    def purposes_for(self, application_id: int) -> frozenset[str]:
        """What the emails already written about an application were for (any state)."""
        query = select(OutboxMessage.purpose).where(OutboxMessage.application_id == application_id)
        with self._db.sessions() as session:
            return frozenset(session.scalars(query.distinct()))

    def due(self, now: datetime, *, ignore_schedule: bool = False) -> list[OutboxRow]:
        """Queued messages whose next attempt is due, oldest first."""
        query = select(OutboxMessage).where(OutboxMessage.state == OutboxState.QUEUED)
        if not ignore_schedule:
            query = query.where(
                or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now)
            )
        with self._db.sessions() as session:
            rows = session.scalars(query.order_by(OutboxMessage.id)).all()
            return [_outbox_row(m) for m in rows]

    def count(self, state: OutboxState) -> int:
        with self._db.sessions() as session:
            query = select(func.count(OutboxMessage.id)).where(OutboxMessage.state == state)
            return session.scalar(query) or 0

    def counts(self) -> OutboxCounts:
        """Queued, held back and "sending" messages in one indexed query (the status bar
        polls it every few seconds)."""
        with self._db.engine.connect() as connection:
            row = connection.execute(_COUNTS).one()
            return OutboxCounts(int(row[0]), int(row[1]), int(row[2]))

    def edit(
        self,
        message_id: int,
        *,
        to_address: str,
        subject: str,
        body: str,
        account_id: int | None,
        cc_addresses: str | None = None,
        bcc_addresses: str | None = None,
    ) -> None:
        """Change a message that has not left (draft, queued or failed); it goes back to queued."""
        with self._db.sessions.begin() as session:
            message = session.get(OutboxMessage, message_id)
            if message is None or message.state in {OutboxState.SENDING, OutboxState.SENT}:
                raise ValueError("This message can no longer be changed.")
            message.to_address, message.subject, message.body = to_address, subject, body
            if cc_addresses is not None:
                message.cc_addresses = cc_addresses
            if bcc_addresses is not None:
                message.bcc_addresses = bcc_addresses
            message.account_id = account_id
            message.state, message.last_error, message.next_attempt_at = (
                OutboxState.QUEUED,
                "",
                None,
            )

    def claim(self, message_id: int, new_message_id: str, account_id: int) -> str | None:
        """Mark one queued message "sending" before the server sees it; its Message-ID or None.

        The compare-and-set on the state means two senders (the window and the command line)
        can never both take the same message. Core statements, not the ORM: this runs once per
        message in a batch.
        """
        with self._db.engine.begin() as connection:
            return _claim(connection, Claim(message_id, new_message_id, account_id))

    def mark_sent(
        self, message_id: int, now: datetime, today: date, *, claim_next: Claim | None = None
    ) -> tuple[int | None, str | None]:
        """Record the server's acceptance and the timeline entry together, and claim the next
        message of the batch in the same transaction: (application id, next Message-ID)."""
        with self._db.engine.begin() as connection:
            row = connection.execute(_MARK_SENT, {"id_": message_id, "now": now}).first()
            app_id = None if row is None else row.application_id
            attached = outbox_attachments.sent_in(connection, message_id)
            if row is not None and app_id is not None:
                _add_sent_event(
                    connection, int(app_id), row.subject, row.to_address, today, attached
                )
            claimed = None if claim_next is None else _claim(connection, claim_next)
            return app_id, claimed

    def mark_retry(self, message_id: int, error: str, next_attempt_at: datetime) -> None:
        with self._db.sessions.begin() as session:
            message = session.get(OutboxMessage, message_id)
            if message is not None:
                message.state, message.last_error = OutboxState.QUEUED, error
                message.attempts += 1
                message.next_attempt_at = next_attempt_at

    def mark_failed(self, message_id: int, error: str) -> None:
        with self._db.sessions.begin() as session:
            message = session.get(OutboxMessage, message_id)
            if message is not None:
                message.state, message.last_error = OutboxState.FAILED, error
                message.attempts += 1
                message.next_attempt_at = None

    def note_problem(
        self, message_ids: Sequence[int], error: str, next_attempt_at: datetime | None
    ) -> None:
        """The account could not be used: the messages stay queued, with the reason shown."""
        with self._db.sessions.begin() as session:
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(message_ids), OutboxMessage.state == OutboxState.QUEUED)
                .values(last_error=error, next_attempt_at=next_attempt_at)
            )

    def clear_problems(self, account_id: int, *, default: bool) -> int:
        """The account works again: its held-back messages wait normally; how many."""
        owner = OutboxMessage.account_id == account_id
        if default:
            owner = or_(owner, OutboxMessage.account_id.is_(None))
        with self._db.sessions.begin() as session:
            result = session.execute(
                update(OutboxMessage)
                .where(
                    owner,
                    OutboxMessage.state == OutboxState.QUEUED,
                    OutboxMessage.next_attempt_at.is_(None),
                    OutboxMessage.last_error != "",
                )
                .values(last_error="")
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def requeue(self, message_id: int) -> None:
        """Send again: a failed message, or one that may have been sent before a crash."""
        with self._db.sessions.begin() as session:
            session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.id == message_id,
                    OutboxMessage.state.in_(
                        (OutboxState.FAILED, OutboxState.SENDING, OutboxState.DRAFT)
                    ),
                )
                .values(state=OutboxState.QUEUED, last_error="", next_attempt_at=None)
            )

    def withdraw(self, message_ids: Sequence[int]) -> Withdrawal:
        """Take back the messages that have not left (draft, queued, failed), in one
        transaction, and keep them to queue again; one being sent or sent stays."""
        withdrawn: list[OutgoingDraft] = []
        left = 0
        with self._db.sessions.begin() as session:
            for message in session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.id.in_(message_ids))
                .order_by(OutboxMessage.id)
            ):
                if message.state in (OutboxState.SENDING, OutboxState.SENT):
                    left += 1
                    continue
                withdrawn.append(
                    OutgoingDraft(
                        message.purpose,
                        message.to_address,
                        message.subject,
                        message.body,
                        message.application_id,
                        message.contact_id,
                        message.account_id,
                        attachments=tuple(outbox_attachments.refs_in(session, message.id)),
                        cc_addresses=message.cc_addresses,
                        bcc_addresses=message.bcc_addresses,
                    )
                )
                session.delete(message)
        return Withdrawal(tuple(withdrawn), left)

    def queue_again(self, drafts: Sequence[OutgoingDraft]) -> tuple[int, ...]:
        """Put withdrawn messages back in the queue (one transaction); their new ids."""
        with self._db.sessions.begin() as session:
            return tuple(queue_in(session, draft).id for draft in drafts)

    def attachments(self, message_id: int) -> list[AttachmentRef]:
        return outbox_attachments.refs_of(self._db, message_id)

    def delete(self, message_id: int) -> None:
        with self._db.sessions.begin() as session:
            message = session.get(OutboxMessage, message_id)
            if message is not None:
                session.delete(message)


@dataclass(frozen=True)
class Withdrawal:
    """What `withdraw` took out of the outbox, and how many had already left."""

    drafts: tuple[OutgoingDraft, ...]
    already_left: int


@dataclass(frozen=True)
class OutboxCounts:
    queued: int  # including the held ones
    held: int  # queued, waiting for the person to fix the account
    sending: int


@dataclass(frozen=True)
class Claim:
    """Take this queued message for sending, with this Message-ID unless it already has one."""

    message_id: int
    new_message_id: str
    account_id: int


# Built once: the batch runs these for every message, and building SQLAlchemy statements
# costs far more than SQLite takes to run them.
_OUTBOX = cast(Table, OutboxMessage.__table__)
_EVENTS = cast(Table, StageEvent.__table__)
_APPLICATIONS = cast(Table, Application.__table__)
_TODAY = bindparam("today", type_=Date())
_QUEUED = _OUTBOX.c.state == OutboxState.QUEUED
_COUNTS = select(
    func.count(case((_QUEUED, 1))),
    func.count(
        case(((_QUEUED & _OUTBOX.c.next_attempt_at.is_(None) & (_OUTBOX.c.last_error != "")), 1))
    ),
    func.count(case((_OUTBOX.c.state == OutboxState.SENDING, 1))),
).where(_OUTBOX.c.state.in_((OutboxState.QUEUED, OutboxState.SENDING)))
_CLAIM = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("id_"), _OUTBOX.c.state == OutboxState.QUEUED)
    .values(
        state=OutboxState.SENDING,
        account_id=bindparam("account_id"),
        message_id=func.coalesce(func.nullif(_OUTBOX.c.message_id, ""), bindparam("new_id")),
    )
    .returning(_OUTBOX.c.message_id)
)
_MARK_SENT = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("id_"))
    .values(
        state=OutboxState.SENT,
        sent_at=bindparam("now"),
        last_error="",
        attempts=_OUTBOX.c.attempts + 1,
        next_attempt_at=None,
    )
    .returning(_OUTBOX.c.application_id, _OUTBOX.c.subject, _OUTBOX.c.to_address)
)
_ADD_EVENT = insert(_EVENTS).values(
    application_id=bindparam("app_id"),
    kind=EventKind.EMAIL_SENT.value,
    occurred_on=_TODAY,
    notes=bindparam("notes"),
)


def _claim(connection: Connection, claim: Claim) -> str | None:
    row = connection.execute(
        _CLAIM,
        {"id_": claim.message_id, "account_id": claim.account_id, "new_id": claim.new_message_id},
    ).first()
    return None if row is None else str(row[0])


def _add_sent_event(
    connection: Connection,
    app_id: int,
    subject: str,
    to_address: str,
    today: date,
    attached: Sequence[str] = (),
) -> None:
    """The "Email sent" entry on the application's timeline (with what it carried)."""
    notes = f"{subject} — to {to_address}"
    if attached:
        notes += " — attached: " + ", ".join(attached)
    connection.execute(_ADD_EVENT, {"app_id": app_id, "today": today, "notes": notes})
    settle(connection, app_id, today)
