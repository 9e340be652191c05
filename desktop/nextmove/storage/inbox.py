"""What the inbox watcher reads and writes: accounts' IMAP settings, scan positions, findings.

The applications and contacts are handed to the rules as plain `Tracked` rows. Findings are
stored once per account and message (Message-ID, else a digest), so reading a mailbox again
after a UIDVALIDITY change never lists a message twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from nextmove.domain.inbox import Finding, IncomingMail, Kind, Tracked, TrackedContact
from nextmove.domain.inbox.settings import InboxSettings
from nextmove.domain.status import CLOSED_STATUSES
from nextmove.storage.database import Database
from nextmove.storage.models.base import utcnow
from nextmove.storage.models.inbox import InboxMessage, InboxState
from nextmove.storage.models.mail import MailAccount
from nextmove.storage.models.tracker import Application, Contact, application_contact

NEW, ACCEPTED, IGNORED = "new", "accepted", "ignored"


@dataclass(frozen=True)
class ScanPosition:
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class FindingRow:
    """One stored finding, with the application it was matched to (if any)."""

    id: int
    account_id: int
    message_id: str
    uid: int
    received_at: datetime | None
    from_name: str
    from_address: str
    subject: str
    kind: Kind
    evidence: str
    application_id: int | None
    company: str | None
    role: str | None
    state: str


def message_key(mail: IncomingMail) -> str:
    """The Message-ID, or a digest of what identifies a message that has none."""
    if mail.message_id.strip():
        return mail.message_id.strip()[:250]
    when = mail.date.isoformat() if mail.date else ""
    raw = "\n".join([when, mail.from_address, mail.subject]).encode("utf-8", "replace")
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def _naive_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


class InboxRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- what the rules match against ------------------------------------------------------

    def tracked(self) -> list[Tracked]:
        """Every application that is not archived, with its contacts, as the rules see it."""
        with self._db.sessions() as session:
            apps = session.execute(
                select(
                    Application.id,
                    Application.company,
                    Application.role,
                    Application.status,
                    Application.applied_on,
                )
                .where(Application.archived.is_(False))
                .order_by(Application.id)
            ).all()
            links = session.execute(
                select(application_contact.c.application_id, Contact.name, Contact.email).join(
                    Contact, Contact.id == application_contact.c.contact_id
                )
            ).all()
        contacts: dict[int, list[TrackedContact]] = {}
        for app_id, name, email in links:
            contacts.setdefault(app_id, []).append(TrackedContact(name, email))
        closed = {s.value for s in CLOSED_STATUSES}
        return [
            Tracked(
                application_id=app_id,
                company=company,
                role=role,
                contacts=tuple(contacts.get(app_id, ())),
                is_open=status not in closed,
                applied_on=applied_on,
            )
            for app_id, company, role, status, applied_on in apps
        ]

    # -- settings ---------------------------------------------------------------------------

    def settings(self, account_id: int) -> InboxSettings:
        with self._db.sessions() as session:
            account = session.get(MailAccount, account_id)
            if account is None:
                raise LookupError(account_id)
            return InboxSettings(
                account.watch_inbox, account.imap_host, account.imap_port, account.imap_security
            )

    def save_settings(self, account_id: int, settings: InboxSettings) -> None:
        with self._db.sessions.begin() as session:
            account = session.get(MailAccount, account_id)
            if account is None:
                raise LookupError(account_id)
            account.watch_inbox = settings.watch
            account.imap_host = settings.host.strip().lower()
            account.imap_port = settings.port
            account.imap_security = settings.security

    def watched_accounts(self) -> list[int]:
        with self._db.sessions() as session:
            return list(
                session.scalars(
                    select(MailAccount.id)
                    .where(MailAccount.watch_inbox.is_(True))
                    .order_by(MailAccount.id)
                )
            )

    # -- scan position ----------------------------------------------------------------------

    def position(self, account_id: int) -> ScanPosition:
        with self._db.sessions() as session:
            state = session.get(InboxState, account_id)
            if state is None:
                return ScanPosition(0, 0)
            return ScanPosition(state.uidvalidity, state.last_uid)

    def record(
        self,
        account_id: int,
        uidvalidity: int,
        found: Iterable[tuple[int, IncomingMail, Finding]],
        *,
        last_uid: int,
    ) -> int:
        """Store a batch of findings and move the position on, in one transaction.

        Returns how many were new. A message already stored (same Message-ID) keeps its row
        and the person's answer; only its UID is brought up to date.
        """
        rows = [
            {
                "account_id": account_id,
                "message_key": message_key(mail),
                "message_id": mail.message_id[:250],
                "uid": uid,
                "uidvalidity": uidvalidity,
                "received_at": _naive_utc(mail.date),
                "from_name": mail.from_name[:200],
                "from_address": mail.from_address[:320],
                "subject": mail.subject[:998],
                "kind": finding.kind.value,
                "evidence": finding.evidence,
                "application_id": finding.application_id,
                "state": NEW,
                "created_at": utcnow(),
            }
            for uid, mail, finding in found
        ]
        mine = InboxMessage.account_id == account_id
        with self._db.sessions.begin() as session:
            before = int(session.scalar(select(func.count(InboxMessage.id)).where(mine)) or 0)
            if rows:
                session.execute(sqlite_insert(InboxMessage).on_conflict_do_nothing(), rows)
                # A message seen before (another UIDVALIDITY) keeps its row and answer; only
                # where it now is changes.
                session.execute(
                    update(InboxMessage.__table__)  # type: ignore[arg-type]
                    .where(
                        InboxMessage.account_id == bindparam("b_account"),
                        InboxMessage.message_key == bindparam("b_key"),
                    )
                    .values(uid=bindparam("b_uid"), uidvalidity=bindparam("b_validity")),
                    [
                        {
                            "b_account": account_id,
                            "b_key": row["message_key"],
                            "b_uid": row["uid"],
                            "b_validity": uidvalidity,
                        }
                        for row in rows
                    ],
                )
            after = int(session.scalar(select(func.count(InboxMessage.id)).where(mine)) or 0)
            added = after - before
            self._move(session, account_id, uidvalidity, last_uid)
        return added

    def _move(self, session: Session, account_id: int, uidvalidity: int, last_uid: int) -> None:
        state = session.get(InboxState, account_id)
        if state is None:
            state = InboxState(account_id=account_id)
            session.add(state)
        state.uidvalidity = uidvalidity
        state.last_uid = last_uid
        state.checked_at = utcnow()

    def reset(self, account_id: int) -> None:
        """Forget where the scan got to (findings stay): the next scan reads everything."""
        with self._db.sessions.begin() as session:
            session.execute(delete(InboxState).where(InboxState.account_id == account_id))

    # -- findings ---------------------------------------------------------------------------

    def findings(self, *, states: tuple[str, ...] = (NEW,), limit: int = 500) -> list[FindingRow]:
        """Findings worth showing (not `other` unless matched), newest first."""
        with self._db.sessions() as session:
            rows = session.execute(
                select(InboxMessage, Application.company, Application.role)
                .outerjoin(Application, Application.id == InboxMessage.application_id)
                .where(InboxMessage.state.in_(states))
                .where(
                    (InboxMessage.kind != Kind.OTHER.value)
                    | InboxMessage.application_id.is_not(None)
                )
                .order_by(InboxMessage.received_at.desc(), InboxMessage.id.desc())
                .limit(limit)
            ).all()
            return [_finding_row(m, company, role) for m, company, role in rows]

    def get(self, finding_id: int) -> FindingRow:
        with self._db.sessions() as session:
            row = session.execute(
                select(InboxMessage, Application.company, Application.role)
                .outerjoin(Application, Application.id == InboxMessage.application_id)
                .where(InboxMessage.id == finding_id)
            ).first()
            if row is None:
                raise LookupError(finding_id)
            return _finding_row(row[0], row[1], row[2])

    def by_uids(self, account_id: int, uidvalidity: int, uids: Iterable[int]) -> list[FindingRow]:
        wanted = sorted(uids)
        if not wanted:
            return []
        with self._db.sessions() as session:
            rows = session.execute(
                select(InboxMessage, Application.company, Application.role)
                .outerjoin(Application, Application.id == InboxMessage.application_id)
                .where(
                    InboxMessage.account_id == account_id,
                    InboxMessage.uidvalidity == uidvalidity,
                    InboxMessage.uid.between(wanted[0], wanted[-1]),
                )
                .order_by(InboxMessage.uid)
            ).all()
            keep = set(wanted)
            return [_finding_row(m, c, r) for m, c, r in rows if m.uid in keep]

    def count_new(self, account_id: int, uidvalidity: int, first_uid: int, last_uid: int) -> int:
        """Unanswered findings worth a look among UIDs first..last (counted by SQLite)."""
        with self._db.sessions() as session:
            return int(
                session.scalar(
                    select(func.count(InboxMessage.id)).where(
                        InboxMessage.account_id == account_id,
                        InboxMessage.uidvalidity == uidvalidity,
                        InboxMessage.uid.between(first_uid, last_uid),
                        InboxMessage.state == NEW,
                        (InboxMessage.kind != Kind.OTHER.value)
                        | InboxMessage.application_id.is_not(None),
                    )
                )
                or 0
            )

    def set_state(self, finding_id: int, state: str) -> str:
        """Change a finding's state; returns the state it had (for undo)."""
        with self._db.sessions.begin() as session:
            message = session.get(InboxMessage, finding_id)
            if message is None:
                raise LookupError(finding_id)
            before = message.state
            message.state = state
            return before

    def set_application(self, finding_id: int, application_id: int | None) -> int | None:
        """Point a finding at another application ("Not this application…"); returns the old."""
        with self._db.sessions.begin() as session:
            message = session.get(InboxMessage, finding_id)
            if message is None:
                raise LookupError(finding_id)
            before = message.application_id
            message.application_id = application_id
            return before

    def count(self, account_id: int | None = None) -> int:
        with self._db.sessions() as session:
            query = select(func.count(InboxMessage.id))
            if account_id is not None:
                query = query.where(InboxMessage.account_id == account_id)
            return int(session.scalar(query) or 0)


def _finding_row(message: InboxMessage, company: str | None, role: str | None) -> FindingRow:
    return FindingRow(
        id=message.id,
        account_id=message.account_id,
        message_id=message.message_id,
        uid=message.uid,
        received_at=message.received_at,
        from_name=message.from_name,
        from_address=message.from_address,
        subject=message.subject,
        kind=Kind(message.kind),
        evidence=message.evidence,
        application_id=message.application_id,
        company=company,
        role=role,
        state=message.state,
    )


def received_on(row: FindingRow) -> date | None:
    return row.received_at.date() if row.received_at else None
