"""One scan of an account's INBOX: read what is new, classify and match it, remember it.

Incremental by UID: the scan starts after the last UID stored for the account's current
UIDVALIDITY. When the server reports another UIDVALIDITY, the mailbox is read again from the
start; findings are keyed by Message-ID, so nothing is listed twice. Findings and the new
position are written together per batch, so a connection that drops mid-fetch loses at most
the batch in flight, and the next scan picks it up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from nextmove.domain.inbox import Finding, IncomingMail, Tracked, examine
from nextmove.domain.inbox.settings import imap_for
from nextmove.mail.credentials import CredentialStore
from nextmove.mail.imap import (
    Authenticator,
    Failure,
    ImapError,
    ImapReader,
    ImapSettings,
    password_login,
)
from nextmove.mail.inbox_parse import parse_message
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


def authenticator_for(
    account_id: int, username: str, credentials: CredentialStore
) -> Authenticator:
    """How this account signs in. Password accounts use the sending password; an OAuth
    account (auth kind "oauth") will hand `imap.xoauth2_login` a fresh access token here."""
    password = credentials.get(account_id)
    if not password:
        raise ImapError(
            Failure.CREDENTIAL,
            "No password is saved for this account; enter it in Mail › Mail Accounts.",
        )
    return password_login(username, password)


class InboxScanner:
    def __init__(
        self,
        database: Database,
        credentials: CredentialStore,
        *,
        connect: Connect | None = None,
        batch: int = BATCH,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.database = database
        self.accounts = AccountRepository(database)
        self.inbox = InboxRepository(database)
        self.credentials = credentials
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
        sign_in = authenticator_for(account_id, account.username, self.credentials)
        result = ScanResult(account_id)
        tracked = self.inbox.tracked()
        with self._connect(settings, sign_in) as reader:
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
