"""What the inbox remembers: each message once, whatever order scans and UIDVALIDITY changes
come in, and the person's answers kept."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from nextmove.domain.accounts import AccountData
from nextmove.domain.inbox import Finding, IncomingMail, Kind
from nextmove.storage.accounts import AccountRepository
from nextmove.storage.database import DataPaths, open_database
from nextmove.storage.inbox import IGNORED, InboxRepository


def _mail(number: int) -> IncomingMail:
    return IncomingMail(
        message_id=f"<m{number}@x>" if number % 3 else "",  # some without a Message-ID
        date=datetime(2026, 11, 1 + number % 20, tzinfo=UTC),
        from_name="Jane Roe",
        from_address=f"jane{number}@acme.com",
        subject=f"Update {number}",
        body="",
    )


FINDING = Finding(Kind.REJECTION, "We decided to move forward.", None, None, None)
batches = st.lists(
    st.tuples(st.sampled_from([7, 8, 9]), st.lists(st.integers(0, 12), max_size=8)),
    min_size=1,
    max_size=8,
)


@given(batches)
@settings(max_examples=40, deadline=None)
def test_every_message_is_stored_once_and_keeps_its_answer(
    scans: list[tuple[int, list[int]]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(DataPaths(Path(folder)))
        try:
            account = AccountRepository(database).add(
                AccountData("Work", "sam@example.com", "smtp.example.com", 465, "tls", "sam")
            )
            inbox = InboxRepository(database)
            seen: set[int] = set()
            ignored_first = False
            for uidvalidity, numbers in scans:
                found = [(n + 1, _mail(n), FINDING) for n in numbers]
                last = max((n + 1 for n in numbers), default=0)
                added = inbox.record(account, uidvalidity, found, last_uid=last)
                assert added == len(set(numbers) - seen)
                seen |= set(numbers)
                assert inbox.position(account).uidvalidity == uidvalidity
                if not ignored_first and seen:
                    ignored_first = True
                    first = inbox.findings()[0]
                    inbox.set_state(first.id, IGNORED)
            assert inbox.count(account) == len(seen)
            answered = inbox.findings(states=(IGNORED,))
            assert len(answered) == (1 if seen else 0)
        finally:
            database.close()
