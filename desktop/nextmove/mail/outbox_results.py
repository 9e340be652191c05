"""What a sending batch did to each message, and the bookkeeping of a failed attempt: try again
later with a growing delay, fail after MAX_ATTEMPTS, or hold the message until the person fixes
their account. Each step is reported to `progress` as the message's new state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from nextmove.domain.outbox_state import OutboxState
from nextmove.domain.smtp_errors import Problem
from nextmove.storage.outbox import OutboxRepository, OutboxRow

MAX_ATTEMPTS = 12
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=1)

Progress = Callable[[int, str], None]  # (outbox message id, its new state)


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4 … minutes, at most an hour: gentle on a server that is struggling."""
    delay: timedelta = FIRST_RETRY * (2 ** min(max(attempts - 1, 0), 10))
    return min(delay, LONGEST_RETRY)


@dataclass
class BatchResult:
    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    # Account id -> why that account could not send (wrong password, offline, …).
    account_problems: dict[int, Problem] = field(default_factory=dict)
    # Message id -> why it did not leave this time.
    message_problems: dict[int, Problem] = field(default_factory=dict)
    # Messages kept queued until the person fixes their account (see OutboxRow.needs_attention).
    held: list[int] = field(default_factory=list)
    # Applications whose timeline gained an "Email sent" entry.
    applications: set[int] = field(default_factory=set)


def tell(progress: Progress | None, message_id: int, state: str) -> None:
    if progress is not None:
        progress(message_id, state)


def _retry_or_fail(
    messages: OutboxRepository,
    row: OutboxRow,
    problem: Problem,
    attempts: int,
    now: datetime,
    result: BatchResult,
    progress: Progress | None,
) -> None:
    if problem.transient and attempts < MAX_ATTEMPTS:
        messages.mark_retry(row.id, problem.message, now + retry_delay(attempts))
        result.retrying.append(row.id)
        tell(progress, row.id, OutboxState.QUEUED)
    else:  # refused for good, or tried for hours: stop and say why
        messages.mark_failed(row.id, problem.message)
        result.failed.append(row.id)
        tell(progress, row.id, OutboxState.FAILED)


def message_problem(
    messages: OutboxRepository,
    row: OutboxRow,
    problem: Problem,
    now: datetime,
    result: BatchResult,
    progress: Progress | None,
) -> None:
    """This message did not leave: retried later when the problem may pass, else failed."""
    result.message_problems[row.id] = problem
    _retry_or_fail(messages, row, problem, row.attempts + 1, now, result, progress)


def account_problem(
    messages: OutboxRepository,
    account_id: int,
    rows: list[OutboxRow],
    problem: Problem,
    now: datetime,
    result: BatchResult,
    progress: Progress | None,
) -> None:
    """The account could not sign in: every message stays queued (none is lost), retried
    later when the problem may pass, else held with the reason until the account changes."""
    result.account_problems[account_id] = problem
    if problem.transient:
        for row in rows:
            _retry_or_fail(messages, row, problem, row.attempts + 1, now, result, progress)
        return
    messages.note_problem([r.id for r in rows], problem.message, None)
    for row in rows:
        result.held.append(row.id)
        tell(progress, row.id, OutboxState.QUEUED)
