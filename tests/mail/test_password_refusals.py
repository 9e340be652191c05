"""A password account that the provider no longer lets in with a password is told in plain
words what to do (and which Sign in button), and its messages wait: nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from nextmove.domain.smtp_errors import Kind
from nextmove.mail.outbox import Outbox
from nextmove.storage.outbox import OutgoingDraft
from tests.mail.conftest import add_account
from tests.smtp_server import SmtpServer


@pytest.mark.parametrize(
    ("reply", "kind", "words", "button"),
    [
        (
            "550 5.7.30 Basic authentication is not supported for Client Submission.",
            Kind.BASIC_AUTH_DISABLED,
            "Microsoft no longer accepts a password here: choose Sign in with Microsoft",
            "microsoft",
        ),
        (
            "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria "
            "to be authenticated successfully.",
            Kind.BASIC_AUTH_DISABLED,
            "Microsoft no longer accepts a password here: choose Sign in with Microsoft",
            "microsoft",
        ),
        (
            "534 5.7.9 Application-specific password required.",
            Kind.APP_PASSWORD,
            "Google no longer accepts your usual password here: choose Sign in with Google",
            "google",
        ),
    ],
)
def test_a_refused_password_says_which_sign_in_to_choose_and_holds_the_message(
    outbox: Outbox,
    smtp_server: SmtpServer,
    certificate: tuple[Path, Path],
    reply: str,
    kind: Kind,
    words: str,
    button: str,
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    smtp_server.behaviour.auth_reply = reply
    message = outbox.queue(
        OutgoingDraft("thank_you", "alex@example.org", "Thanks", "Hi", account_id=account)
    )

    result = outbox.send_pending()

    problem = result.account_problems[account]
    assert (problem.kind, problem.sign_in_with) == (kind, button)
    assert problem.message.startswith(words)
    assert result.held == [message]
    row = outbox.messages.get(message)
    assert row is not None
    assert row.state == "queued"
    assert row.last_error.startswith(words)
    assert smtp_server.received == []
