"""Problems only the person can fix (a refused password, an untrusted certificate, a message
that still says {your_name}) stop, say why, and are not tried again behind their back."""

from __future__ import annotations

from pathlib import Path

import pytest

from nextmove.domain.addresses import HeaderValueError
from nextmove.domain.smtp_errors import Kind
from nextmove.mail.credentials import CredentialStore
from nextmove.mail.outbox import Outbox
from nextmove.mail.outbox_results import MAX_ATTEMPTS
from nextmove.mail.transport import SendError
from nextmove.storage.database import Database
from nextmove.storage.outbox import OutgoingDraft, queue_in
from tests.mail.conftest import Clock, MemoryKeyring, add_account
from tests.smtp_server import SilentServer, SmtpServer


def _draft(account: int | None, body: str = "Thanks for your time.\n\nSam") -> OutgoingDraft:
    return OutgoingDraft("thank_you", "alex@example.org", "Thank you", body, account_id=account)


def test_a_refused_password_holds_the_message_with_the_reason_until_the_account_works(
    outbox: Outbox,
    db: Database,
    memory_keyring: MemoryKeyring,
    clock: Clock,
    smtp_server: SmtpServer,
    certificate: tuple[Path, Path],
) -> None:
    account = add_account(
        outbox, smtp_server, ca_file=certificate[0], password="wrong", auto_send=True
    )
    mid = outbox.queue(_draft(account))

    result = outbox.send_pending()
    assert result.held == [mid]
    row = outbox.messages.get(mid)
    assert row is not None
    assert row.needs_attention
    assert "user name or password" in row.last_error
    logins = smtp_server.auth_lines

    # Automatic rounds leave it alone, in this process and after a restart.
    outbox.send_pending(automatic=True)
    restarted = Outbox(db, CredentialStore(memory_keyring), timeout=3.0, clock=clock)
    assert restarted.send_pending(automatic=True).held == []
    assert smtp_server.auth_lines == logins

    # The person fixes the password and tests it: the message waits normally and leaves.
    from tests.smtp_server import PASSWORD

    restarted.credentials.save(account, PASSWORD)
    restarted.check_account(account)
    row = restarted.messages.get(mid)
    assert row is not None
    assert (row.state, row.needs_attention, row.last_error) == ("queued", False, "")
    assert restarted.send_pending(automatic=True).sent == [mid]


def test_a_server_that_stays_unreachable_ends_failed_with_the_reason(outbox: Outbox) -> None:
    import socket

    from nextmove.domain.accounts import AccountData

    with socket.socket() as probe:  # a port nobody listens on: refused at once
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    account = outbox.accounts.add(
        AccountData("Gone", "sam@example.com", "127.0.0.1", port, "starttls", "sam", "Sam Rivera")
    )
    outbox.credentials.save(account, "whatever")
    mid = outbox.queue(_draft(account))
    outcomes = []
    for _ in range(MAX_ATTEMPTS):
        result = outbox.send_pending(ignore_schedule=True)
        outcomes.append("failed" if mid in result.failed else "retrying")
    assert outcomes[:-1] == ["retrying"] * (MAX_ATTEMPTS - 1)
    assert outcomes[-1] == "failed"
    row = outbox.messages.get(mid)
    assert row is not None
    assert row.state == "failed"
    assert "cannot be reached" in row.last_error


def test_a_sign_in_test_against_a_silent_server_does_not_promise_a_retry(
    outbox: Outbox,
) -> None:
    from nextmove.domain.accounts import AccountData

    with SilentServer() as silent:
        account = outbox.accounts.add(
            AccountData("Dead", "sam@example.com", silent.host, silent.port, "starttls", "sam",
                        "Sam Rivera")
        )  # fmt: skip
        outbox.credentials.save(account, "whatever")
        outbox.timeout = 0.5
        with pytest.raises(SendError) as caught:
            outbox.check_account(account)
    assert caught.value.problem.kind is Kind.TIMEOUT
    assert "did not answer within 0.5 seconds" in str(caught.value)
    assert "tried again" not in str(caught.value)


@pytest.mark.parametrize(
    ("subject", "body", "field"),
    [
        ("Thank you", "Best regards,\n{your_name}", "body"),
        ("Thanks, {first_name}", "Best regards,\nSam", "subject"),
    ],
)
def test_a_message_that_still_has_a_placeholder_is_never_queued(
    outbox: Outbox, subject: str, body: str, field: str
) -> None:
    draft = OutgoingDraft("thank_you", "alex@example.org", subject, body)
    with pytest.raises(HeaderValueError) as caught:
        outbox.queue(draft)
    assert caught.value.field == field
    assert "{" in caught.value.message
    assert outbox.messages.rows() == []
    # A person's own braces are not placeholders.
    outbox.queue(_draft(None, body="{braces} of my own stay.\n\nSam"))


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("Thanks for your time at {compnay}.\n\nSam", "Did you mean {company}?"),
        ("About the {role position.\n\nSam", "missing its closing brace"),
    ],
)
def test_a_mistyped_placeholder_is_never_queued(outbox: Outbox, body: str, said: str) -> None:
    with pytest.raises(HeaderValueError) as caught:
        outbox.queue(_draft(None, body=body))
    assert caught.value.field == "body"
    assert said in caught.value.message
    assert outbox.messages.rows() == []


def test_a_placeholder_stored_by_other_code_fails_that_message_and_never_reaches_the_server(
    outbox: Outbox, db: Database, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    with db.sessions.begin() as session:
        bad = queue_in(session, _draft(account, body="Best regards,\n{your_name}")).id
    good = outbox.queue(_draft(account))
    result = outbox.send_pending()
    assert result.sent == [good]
    assert result.failed == [bad]
    row = outbox.messages.get(bad)
    assert row is not None
    assert "{your_name}" in row.last_error
    assert [r.message["Subject"] for r in smtp_server.received] == ["Thank you"]
    assert b"{your_name}" not in b"".join(r.message.as_bytes() for r in smtp_server.received)
