"""One scan of an account's INBOX: read what is new, classify and match it, remember it.

Incremental by UID: the scan starts after the last UID stored for the account's current
UIDVALIDITY. When the server reports another UIDVALIDITY, the mailbox is read again from the
start; findings are keyed by Message-ID, so nothing is listed twice. Findings and the new
position are written together per batch, so a connection that drops mid-fetch loses at most
the batch in flight, and the next scan picks it up.

An OAuth account reads with the same sign-in as sending: its access token comes from the
outbox's token manager (`AccessTokens`), which refreshes it and marks the account "Sign in
again" when the provider has revoked the grant; nothing is read then, and nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from nextmove.domain.accounts import AccountRow
from nextmove.domain.inbox import Finding, IncomingMail, Tracked, examine
from nextmove.domain.inbox.settings import imap_for
from nextmove.domain.smtp_errors import Kind as ProblemKind
from nextmove.mail.credentials import CredentialStore
from nextmove.mail.imap import (
    Authenticator,
    Failure,
    ImapError,
    ImapReader,
    ImapSettings,
    password_login,
    xoauth2_login,
)
from nextmove.mail.inbox_parse import parse_message
from nextmove.mail.signin import AccessTokens
from nextmove.mail.transport import SendError
from nextmove.storage.accounts import AccountRepository
from nextmove.storage.database import Database
from nextmove.storage.inbox import FindingRow, InboxRepository

BATCH = 100
BODY_LIMIT = 256 * 1024  # the start of a message decides its kind; attachments are not needed
FIRST_SCAN_DAYS = 180  # a first scan reads the last six months, not years of archive

Progress = Callable[[int, int], None]  # (messages read, messages to read)
Connect = Callable[[ImapSettings, Authenticator], ImapReader]


@dataclass
class ScanResult:
    account_id: int
    read: int = 0
    added: int = 0
    started_over: bool = False
    uidvalidity: int = 0
    # The UIDs read by this scan, ascending (their findings: InboxScanner.findings()).
    uids: list[int] = field(default_factory=list)
    # How many of them are about an application or a kind worth a look, still unanswered.
    worth_a_look: int = 0


SIGN_IN_AGAIN = (
    "Sign in again: the provider no longer accepts this account's sign-in, so its inbox was "
    "not read. Choose Sign in again in Mail › Mail Accounts; nothing is lost."
)
NOT_SIGNED_IN = (
    "This account is not signed in yet, so its inbox was not read. Sign in in Mail › Mail Accounts."
)
REFUSED_ANYWAY = (
    "The incoming mail server refused this account's sign-in although the provider issued "
    "it: check the user name, and that the app may read mail for this account (IMAP)."
)


def authenticator_for(
    account_id: int, username: str, credentials: CredentialStore
) -> Authenticator:
    """How a password account signs in: with the sending password (OAuth accounts: see
    `oauth_authenticator`)."""
    password = credentials.get(account_id)
    if not password:
        raise ImapError(
            Failure.CREDENTIAL,
            "No password is saved for this account; enter it in Mail › Mail Accounts.",
        )
    return password_login(username, password)


def oauth_authenticator(
    account: AccountRow, tokens: AccessTokens, *, fresh: bool = False
) -> Authenticator:
    """XOAUTH2 with an access token from the token manager that sending uses (refreshed
    there when it is about to expire, or at once with `fresh`)."""
    try:
        token = tokens.access_token(account, fresh=fresh)
    except SendError as error:
        kind = error.problem.kind
        if kind is ProblemKind.SIGN_IN_AGAIN:
            raise ImapError(Failure.SIGN_IN_AGAIN, SIGN_IN_AGAIN) from None
        if kind is ProblemKind.NOT_SIGNED_IN:
            raise ImapError(Failure.CREDENTIAL, NOT_SIGNED_IN) from None
        failure = Failure.NETWORK if kind is ProblemKind.UNREACHABLE else Failure.CREDENTIAL
        raise ImapError(failure, error.problem.message) from None
    return xoauth2_login(account.username, token)


class InboxScanner:
    def __init__(
        self,
        database: Database,
        credentials: CredentialStore,
        *,
        tokens: AccessTokens | None = None,
        connect: Connect | None = None,
        batch: int = BATCH,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.database = database
        self.accounts = AccountRepository(database)
        self.inbox = InboxRepository(database)
        self.credentials = credentials
        # OAuth accounts: the window and the command line hand in the outbox's token manager,
        # so sending and reading share one access token and one refresh.
        self.tokens = tokens or AccessTokens(self.accounts, credentials)
        self._connect: Connect = connect or (lambda s, a: ImapReader(s, a))
        self._batch = batch
        self._clock = clock or (lambda: datetime.now(UTC))

    def settings(self, account_id: int) -> ImapSettings:
        account = self.accounts.get(account_id)
        inbox = self.inbox.settings(account_id)
        host, port, security = inbox.host, inbox.port, inbox.security
        if not host:  # never set: the server that goes with the sending one (smtp.x -> imap.x)
            host, port, security = imap_for(account.host)
        return ImapSettings(host, port, security, account.username, account.ca_file)

    def scan(
        self,
        account_id: int,
        *,
        progress: Progress | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> ScanResult:
        """Read every new message of the account's INBOX; raises ImapError on failure."""
        settings = self.settings(account_id)
        account = self.accounts.get(account_id)
        result = ScanResult(account_id)
        tracked = self.inbox.tracked()
        with self._open(settings, account) as reader:
            position = self.inbox.position(account_id)
            uidvalidity = reader.uidvalidity
            if position.uidvalidity == uidvalidity and position.last_uid:
                uids = reader.uids(after=position.last_uid)
            else:
                result.started_over = position.uidvalidity not in (0, uidvalidity)
                since = (self._clock() - timedelta(days=FIRST_SCAN_DAYS)).date()
                uids = reader.uids(since=since)
            total = len(uids)
            for start in range(0, total, self._batch):
                if stop is not None and stop():
                    break
                chunk = uids[start : start + self._batch]
                found = self._read(reader, chunk, tracked)
                result.added += self.inbox.record(
                    account_id, uidvalidity, found, last_uid=chunk[-1]
                )
                result.read += len(chunk)
                if progress is not None:
                    progress(result.read, total)
            if not uids:
                self.inbox.record(
                    account_id,
                    uidvalidity,
                    [],
                    last_uid=position.last_uid if position.uidvalidity == uidvalidity else 0,
                )
            result.uidvalidity = uidvalidity
            result.uids = uids[: result.read]
            if result.uids:
                result.worth_a_look = self.inbox.count_new(
                    account_id, uidvalidity, result.uids[0], result.uids[-1]
                )
        return result

    def _open(self, settings: ImapSettings, account: AccountRow) -> ImapReader:
        """A signed-in reader. An OAuth token the server refuses is renewed once (it may have
        been revoked or expired early); a second refusal is the account's problem."""
        if not account.is_oauth:
            sign_in = authenticator_for(account.id, account.username, self.credentials)
            return self._connect(settings, sign_in)
        try:
            return self._connect(settings, oauth_authenticator(account, self.tokens))
        except ImapError as error:
            if error.failure is not Failure.AUTH:
                raise
        renewed = oauth_authenticator(account, self.tokens, fresh=True)
        try:
            return self._connect(settings, renewed)
        except ImapError as error:
            if error.failure is not Failure.AUTH:
                raise
            raise ImapError(Failure.AUTH, REFUSED_ANYWAY) from None

    def findings(self, result: ScanResult) -> list[FindingRow]:
        """What a scan read, one row per message (the command line prints them all)."""
        return self.inbox.by_uids(result.account_id, result.uidvalidity, result.uids)

    def _read(
        self, reader: ImapReader, uids: list[int], tracked: list[Tracked]
    ) -> list[tuple[int, IncomingMail, Finding]]:
        """Headers first; bodies only for what a mailing list did not send."""
        headers = reader.headers(uids)
        wanted = [h.uid for h in headers if not parse_message(h.raw).bulk]
        bodies = reader.bodies(wanted, limit=BODY_LIMIT)
        found = []
        for header in headers:
            mail = parse_message(bodies.get(header.uid, header.raw))
            found.append((header.uid, mail, examine(mail, tracked)))
        return found
