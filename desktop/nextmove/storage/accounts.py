"""Mail accounts: server settings only. The password lives in the OS keyring (mail/credentials)."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import func, select, update

from nextmove.domain.accounts import AccountData, AccountRow
from nextmove.domain.outbox_state import OutboxState
from nextmove.storage.database import Database
from nextmove.storage.models.mail import MailAccount, OutboxMessage

_FIELDS = tuple(f.name for f in fields(AccountData))
_TRIMMED = (
    "display_name",
    "from_address",
    "host",
    "username",
    "sender_name",
    "ca_file",
    "oauth_auth_url",
    "oauth_token_url",
    "oauth_revoke_url",
    "oauth_client_id",
)


class AccountNotFoundError(LookupError):
    pass


class DuplicateAccountError(ValueError):
    pass


def _row(account: MailAccount) -> AccountRow:
    return AccountRow(
        id=account.id,
        signin_needed=account.signin_needed,
        **{name: getattr(account, name) for name in _FIELDS},
    )


def _clean(data: AccountData) -> dict[str, object]:
    values = {name: getattr(data, name) for name in _FIELDS}
    for name in _TRIMMED:
        values[name] = str(values[name]).strip()
    values["host"] = str(values["host"]).lower()
    values["oauth_scopes"] = " ".join(str(values["oauth_scopes"]).split())
    return values


class AccountRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, data: AccountData) -> int:
        with self._db.sessions.begin() as session:
            self._check_unique(session, data.display_name, None)
            first = session.scalar(select(func.count(MailAccount.id))) == 0
            account = MailAccount(**_clean(data), is_default=first)
            session.add(account)
            session.flush()
            return account.id

    def update(self, account_id: int, data: AccountData) -> None:
        with self._db.sessions.begin() as session:
            account = session.get(MailAccount, account_id)
            if account is None:
                raise AccountNotFoundError(account_id)
            self._check_unique(session, data.display_name, account_id)
            for name, value in _clean(data).items():
                setattr(account, name, value)

    def get(self, account_id: int) -> AccountRow:
        with self._db.sessions() as session:
            account = session.get(MailAccount, account_id)
            if account is None:
                raise AccountNotFoundError(account_id)
            return _row(account)

    def by_name(self, name: str) -> AccountRow:
        with self._db.sessions() as session:
            account = session.scalars(
                select(MailAccount).where(
                    func.lower(MailAccount.display_name) == name.strip().lower()
                )
            ).first()
            if account is None:
                raise AccountNotFoundError(name)
            return _row(account)

    def all(self) -> list[AccountRow]:
        with self._db.sessions() as session:
            accounts = session.scalars(select(MailAccount).order_by(MailAccount.id)).all()
            return [_row(a) for a in accounts]

    def default_id(self) -> int | None:
        """The account used for messages queued without one (the wizard writes those)."""
        with self._db.sessions() as session:
            return session.scalars(
                select(MailAccount.id).order_by(MailAccount.is_default.desc(), MailAccount.id)
            ).first()

    def set_signin_needed(self, account_id: int, needed: bool) -> None:
        """Mark or clear "Sign in again" (a revoked grant; a fresh sign-in clears it)."""
        with self._db.sessions.begin() as session:
            session.execute(
                update(MailAccount).where(MailAccount.id == account_id).values(signin_needed=needed)
            )

    def remove(self, account_id: int) -> None:
        with self._db.sessions.begin() as session:
            account = session.get(MailAccount, account_id)
            if account is None:
                raise AccountNotFoundError(account_id)
            was_default = account.is_default
            # Its unsent messages wait as drafts for another account, rather than leaving
            # from whichever account happens to be the default.
            session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.account_id == account_id,
                    OutboxMessage.state.in_((OutboxState.QUEUED, OutboxState.FAILED)),
                )
                .values(
                    state=OutboxState.DRAFT,
                    next_attempt_at=None,
                    last_error="Its account was removed: choose an account and send it again.",
                )
            )
            session.delete(account)
            session.flush()
            if was_default:
                next_id = session.scalars(select(MailAccount.id).order_by(MailAccount.id)).first()
                if next_id is not None:
                    session.execute(
                        update(MailAccount).where(MailAccount.id == next_id).values(is_default=True)
                    )

    @staticmethod
    def _check_unique(session: object, name: str, own_id: int | None) -> None:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        query = select(MailAccount.id).where(
            func.lower(MailAccount.display_name) == name.strip().lower()
        )
        if own_id is not None:
            query = query.where(MailAccount.id != own_id)
        if session.scalars(query).first() is not None:
            raise DuplicateAccountError(f"An account named “{name.strip()}” already exists.")
