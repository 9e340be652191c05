"""The outbox: queue messages, send them in batches, and never lose or double one.

A message is marked "sending" in the database before the server sees it and "sent" right after
the server's 250, in a transaction that also puts it on the application's timeline. A crash in
between leaves it "sending": it is never re-sent automatically (it may have arrived), and the
window offers to resend it. Network trouble and 4xx replies put a message back in the queue
with a growing delay; 5xx replies fail it with the server's reason in plain words.

Everything here blocks on the network or the keyring: the window calls it from a worker.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.message import EmailMessage

from nextmove.domain.accounts import AccountRow
from nextmove.domain.addresses import HeaderValueError
from nextmove.domain.outbox_state import OutboxState
from nextmove.domain.recipients import envelope, split_addresses
from nextmove.domain.smtp_errors import Kind, Problem, Scope, plain
from nextmove.mail.compose import Draft, build_message, check_draft, new_message_id
from nextmove.mail.credentials import CredentialStore
from nextmove.mail.outbox_results import (
    BatchResult,
    Progress,
    account_problem,
    message_problem,
    tell,
)
from nextmove.mail.signin import AccessTokens
from nextmove.mail.transport import (
    DEFAULT_TIMEOUT,
    Connection,
    SendError,
    ServerSettings,
    check_login,
)
from nextmove.storage.accounts import AccountRepository
from nextmove.storage.database import Database
from nextmove.storage.models.base import utcnow
from nextmove.storage.outbox import Claim, OutboxRepository, OutboxRow, OutgoingDraft
from nextmove.storage.outbox_attachments import AttachmentMissingError, read_all

# How a message stuck in "sending" (a crash mid-send) is described to the person.
MAYBE_SENT = "This may have been sent — check your Sent folder before sending it again."


def settings_of(account: AccountRow) -> ServerSettings:
    return ServerSettings(
        account.host, account.port, account.security, account.username, account.ca_file
    )


class Outbox:
    def __init__(
        self,
        database: Database,
        credentials: CredentialStore,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Callable[[], datetime] = utcnow,
        today: Callable[[], date] = date.today,
        sender_name: Callable[[], str] = str,
    ) -> None:
        self.database = database
        self.messages = OutboxRepository(database)
        self.accounts = AccountRepository(database)
        self.tokens = AccessTokens(self.accounts, credentials)
        self.credentials = credentials
        self.timeout = timeout
        self._clock = clock
        self._today = today
        # Your details' name, for the From line of an account saved without one.
        self._sender_name = sender_name
        self._batch_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._in_flight: set[int] = set()
        # Accounts whose last attempt failed for a reason only the person can fix.
        self._blocked: set[int] = set()

    def from_name(self, account: AccountRow) -> str:
        """The account's own sender name, else the name in Your details."""
        return account.sender_name.strip() or self._sender_name().strip()

    @property
    def credentials(self) -> CredentialStore:
        return self._credentials

    @credentials.setter
    def credentials(self, store: CredentialStore) -> None:
        """One store for passwords and refresh tokens alike (the window swaps it when the
        keyring can only keep secrets for this session)."""
        self._credentials = store
        self.tokens.credentials = store

    # --- queueing --------------------------------------------------------------------------

    def queue(self, draft: OutgoingDraft, *, state: OutboxState = OutboxState.QUEUED) -> int:
        """Check and store a message; HeaderValueError names the bad field, nothing is stored."""
        account = self._account_for(draft.account_id)
        clean = check_draft(
            Draft(
                self.from_name(account) if account else "",
                account.from_address if account else "placeholder@example.com",
                draft.to_address,
                draft.subject,
                draft.body,
                draft.cc_addresses,
                draft.bcc_addresses,
            )
        )
        for ref in draft.attachments:
            if not os.path.isfile(ref.path):
                raise HeaderValueError(
                    "attachments", f"There is no file {ref.path} to attach; nothing was queued."
                )
        if clean.cc_address or clean.bcc_address or "," in clean.to_address:
            draft = replace(
                draft,
                to_address=clean.to_address,
                cc_addresses=clean.cc_address,
                bcc_addresses=clean.bcc_address,
            )
        return self.messages.queue(draft, state=state)

    def is_in_flight(self, message_id: int) -> bool:
        with self._state_lock:
            return message_id in self._in_flight

    def maybe_sent(self, row: OutboxRow) -> bool:
        """A "sending" message this process is not sending: a crash caught it mid-way."""
        return row.state == OutboxState.SENDING and not self.is_in_flight(row.id)

    def status_counts(self) -> tuple[int, int, int]:
        """(waiting, needing the person's attention, may have been sent) for the status bar."""
        counts = self.messages.counts()
        with self._state_lock:
            in_flight = len(self._in_flight)
        return counts.queued - counts.held, counts.held, max(counts.sending - in_flight, 0)

    def unblock(self, account_id: int) -> None:
        """The person changed or re-tested the account: automatic sending may try again."""
        with self._state_lock:
            self._blocked.discard(account_id)
        self.messages.clear_problems(account_id, default=self.accounts.default_id() == account_id)

    # --- sending ---------------------------------------------------------------------------

    def check_account(self, account_id: int, password: str | None = None) -> None:
        """Sign in without sending (the Test button); raises SendError with the reason."""
        account = self.accounts.get(account_id)
        if account.is_oauth:
            self._connect(account).close()
            self.unblock(account_id)
            return
        secret = password if password is not None else self.credentials.get(account_id)
        if secret is None:
            raise SendError(plain(Kind.NO_PASSWORD))
        check_login(settings_of(account), secret, timeout=self.timeout)
        self.unblock(account_id)

    def _connect(self, account: AccountRow) -> Connection:
        """A signed-in connection, with the password or an OAuth access token."""
        if not account.is_oauth:
            password = self.credentials.get(account.id)
            if password is None:
                raise SendError(plain(Kind.NO_PASSWORD))
            return Connection(settings_of(account), password, timeout=self.timeout)
        return self.tokens.connect(account, settings_of(account), timeout=self.timeout)

    def send_pending(
        self,
        *,
        message_ids: set[int] | None = None,
        automatic: bool = False,
        ignore_schedule: bool = False,
        progress: Progress | None = None,
    ) -> BatchResult:
        """Send what is due, one connection per account; only one batch runs at a time."""
        result = BatchResult()
        with self._batch_lock:
            now = self._clock()
            rows = self.messages.due(now, ignore_schedule=ignore_schedule or bool(message_ids))
            if message_ids is not None:
                rows = [r for r in rows if r.id in message_ids]
            if automatic:  # held back until the person fixes the account: never by itself
                rows = [r for r in rows if not r.needs_attention]
            groups: dict[int, list[OutboxRow]] = {}
            default_id = self.accounts.default_id()
            for row in rows:
                account_id = row.account_id if row.account_id is not None else default_id
                if account_id is None:
                    continue  # no account yet: it waits
                groups.setdefault(account_id, []).append(row)
            for account_id, group in groups.items():
                account = self._account_for(account_id)
                if account is None:
                    continue
                if automatic and (not account.auto_send or self._is_blocked(account_id)):
                    continue
                self._send_group(account, group, result, progress)
        return result

    def _is_blocked(self, account_id: int) -> bool:
        with self._state_lock:
            return account_id in self._blocked

    def _account_for(self, account_id: int | None) -> AccountRow | None:
        if account_id is None:
            account_id = self.accounts.default_id()
        if account_id is None:
            return None
        try:
            return self.accounts.get(account_id)
        except LookupError:
            return None

    def _send_group(
        self,
        account: AccountRow,
        rows: list[OutboxRow],
        result: BatchResult,
        progress: Progress | None,
    ) -> None:
        try:
            connection = self._connect(account)
        except SendError as error:
            self._account_problem(account, rows, error.problem, result, progress)
            return
        try:
            self._run_batch(connection, account, iter(rows), result, progress)
        finally:
            connection.close()

    def _run_batch(
        self,
        connection: Connection,
        account: AccountRow,
        rows: Iterator[OutboxRow],
        result: BatchResult,
        progress: Progress | None,
    ) -> None:
        """Send each message on one connection; the next one is built while the server
        digests the current one, and claimed in the transaction that marks it sent."""
        current = self._claim_next(rows, account, result, progress)
        while current is not None:
            row, message = current
            with self._state_lock:
                self._in_flight.add(row.id)
            try:
                current = self._send_current(connection, account, row, message, rows, result,
                                             progress)  # fmt: skip
            finally:
                # Whatever happened, this process no longer sends it: a row left "sending"
                # by an unexpected error now reads "may have been sent", which is the truth.
                with self._state_lock:
                    self._in_flight.discard(row.id)

    def _send_current(
        self,
        connection: Connection,
        account: AccountRow,
        row: OutboxRow,
        message: EmailMessage,
        rows: Iterator[OutboxRow],
        result: BatchResult,
        progress: Progress | None,
    ) -> tuple[OutboxRow, EmailMessage] | None:
        """Send the claimed message; the next claimed one, or None when the batch is over."""
        tell(progress, row.id, OutboxState.SENDING)
        upcoming: Prepared | None = None
        try:
            connection.start(message, sender=account.from_address, recipient=_envelope(row))
            upcoming = self._prepare(rows, account, result, progress)
            connection.finish()
        except SendError as error:
            message_problem(self.messages, row, error.problem, self._clock(), result, progress)
            if error.problem.transient and error.problem.kind is not Kind.TRY_LATER:
                return None  # the connection is gone; the rest wait for the next batch
            return self._claim_prepared(upcoming, account, rows, result, progress)
        claim = None
        if upcoming is not None:
            claim = Claim(upcoming.row.id, upcoming.message_id, account.id)
        application_id, claimed = self.messages.mark_sent(
            row.id, self._clock(), self._today(), claim_next=claim
        )
        if application_id is not None:
            result.applications.add(application_id)
        result.sent.append(row.id)
        tell(progress, row.id, OutboxState.SENT)
        if upcoming is None:
            return None
        if claimed is None:  # taken by another sender meanwhile
            return self._claim_next(rows, account, result, progress)
        return upcoming.row, upcoming.with_id(claimed)

    def _prepare(
        self,
        rows: Iterator[OutboxRow],
        account: AccountRow,
        result: BatchResult,
        progress: Progress | None,
    ) -> Prepared | None:
        """Build the next sendable message; one that cannot be sent is failed with the reason."""
        for row in rows:
            draft = Draft(
                self.from_name(account),
                account.from_address,
                row.to_address,
                row.subject,
                row.body,
                row.cc_addresses,
                row.bcc_addresses,
            )
            message_id = row.message_id or new_message_id(account.from_address)
            try:
                attached = read_all(self.messages.attachments(row.id))
            except AttachmentMissingError as error:
                # Held, not failed: it leaves once the file is back and the person sends again.
                self.messages.note_problem([row.id], str(error), None)
                result.held.append(row.id)
                tell(progress, row.id, OutboxState.QUEUED)
                continue
            try:
                message = build_message(draft, message_id=message_id, attachments=attached)
                return Prepared(row, message, message_id)
            except HeaderValueError as error:
                self.messages.mark_failed(row.id, error.message)
                result.failed.append(row.id)
                tell(progress, row.id, OutboxState.FAILED)
        return None

    def _claim_prepared(
        self,
        prepared: Prepared | None,
        account: AccountRow,
        rows: Iterator[OutboxRow],
        result: BatchResult,
        progress: Progress | None,
    ) -> tuple[OutboxRow, EmailMessage] | None:
        if prepared is not None:
            claimed = self.messages.claim(prepared.row.id, prepared.message_id, account.id)
            if claimed is not None:
                return prepared.row, prepared.with_id(claimed)
        return self._claim_next(rows, account, result, progress)

    def _claim_next(
        self,
        rows: Iterator[OutboxRow],
        account: AccountRow,
        result: BatchResult,
        progress: Progress | None,
    ) -> tuple[OutboxRow, EmailMessage] | None:
        while (prepared := self._prepare(rows, account, result, progress)) is not None:
            claimed = self.messages.claim(prepared.row.id, prepared.message_id, account.id)
            if claimed is not None:
                return prepared.row, prepared.with_id(claimed)
        return None

    def _account_problem(
        self,
        account: AccountRow,
        rows: list[OutboxRow],
        problem: Problem,
        result: BatchResult,
        progress: Progress | None,
    ) -> None:
        """The account could not sign in: every message stays queued, none is lost."""
        if not problem.transient:
            assert problem.scope is Scope.ACCOUNT
            with self._state_lock:  # not tried again by itself until the account changes
                self._blocked.add(account.id)
        account_problem(self.messages, account.id, rows, problem, self._clock(), result, progress)


@dataclass(frozen=True)
class Prepared:
    """A message built and checked, not yet claimed."""

    row: OutboxRow
    message: EmailMessage
    message_id: str

    def with_id(self, message_id: str) -> EmailMessage:
        """The message, carrying the Message-ID the database holds (kept across resends)."""
        if message_id != self.message_id:
            self.message.replace_header("Message-ID", message_id)
        return self.message


def _envelope(row: OutboxRow) -> list[str]:
    return envelope(
        split_addresses(row.to_address),
        split_addresses(row.cc_addresses),
        split_addresses(row.bcc_addresses),
    )
