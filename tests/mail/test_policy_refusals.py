"""Security and policy refusals (5.7.x, spam filters) are named for what they are.

"550 5.7.1 message refused as spam" used to read "the recipient's mailbox is unavailable;
check the address", sending the person to check an address that was right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nextmove.domain.smtp_errors import Kind, Scope, from_reply
from nextmove.mail.outbox import Outbox
from nextmove.storage.outbox import OutgoingDraft
from tests.mail.conftest import add_account
from tests.smtp_server import SmtpServer


@pytest.mark.parametrize(
    ("code", "text", "stage", "kind", "scope"),
    [
        (550, "5.7.1 message refused as spam", "rcpt", Kind.SPAM, Scope.MESSAGE),
        (550, "5.7.1 message refused as spam", "data", Kind.SPAM, Scope.MESSAGE),
        (554, "5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org", "rcpt",
         Kind.SPAM, Scope.MESSAGE),
        (550, "5.7.606 Access denied, banned sending IP", "rcpt", Kind.SPAM, Scope.MESSAGE),
        (552, "Message rejected as junk", "data", Kind.SPAM, Scope.MESSAGE),
        (554, "5.7.1 <a@example.org>: Relay access denied", "rcpt", Kind.RELAY_DENIED,
         Scope.ACCOUNT),
        (550, "5.7.26 This mail is unauthenticated, which poses a security risk", "data",
         Kind.SENDER_UNVERIFIED, Scope.MESSAGE),
        (550, "5.7.23 The message was rejected because of Sender Policy Framework violation",
         "data", Kind.SENDER_UNVERIFIED, Scope.MESSAGE),
        (553, "5.7.1 <x@example.com>: Sender address rejected: not owned by user", "mail",
         Kind.SENDER_REFUSED, Scope.ACCOUNT),
        (550, "5.7.1 Recipient address rejected: Access denied", "rcpt", Kind.POLICY,
         Scope.MESSAGE),
        (550, "5.1.1 User unknown", "rcpt", Kind.MAILBOX_UNAVAILABLE, Scope.MESSAGE),
    ],
)  # fmt: skip
def test_policy_refusals_are_not_called_an_unavailable_mailbox(
    code: int, text: str, stage: str, kind: Kind, scope: Scope
) -> None:
    problem = from_reply(code, text, stage=stage)
    assert (problem.kind, problem.scope, problem.transient) == (kind, scope, False)
    if kind is not Kind.MAILBOX_UNAVAILABLE:
        assert "mailbox is unavailable" not in problem.message
    assert f"({code} {text})" in problem.message  # the server's own words stay, for support


@pytest.mark.parametrize("reply", ["421 4.7.0 Try again later", "451 4.7.1 Greylisted"])
def test_temporary_security_replies_are_still_retried(reply: str) -> None:
    code, text = reply.split(" ", 1)
    assert from_reply(int(code), text, stage="rcpt").kind is Kind.TRY_LATER


def test_a_spam_refusal_from_a_real_server_says_spam(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    spam, policy = (
        outbox.queue(
            OutgoingDraft(
                purpose="follow_up",
                to_address=address,
                subject="Thank you",
                body="Thanks for your time today.\n\nSam",
                account_id=account,
            )
        )
        for address in ("alex@example.org", "kim@example.org")
    )
    smtp_server.behaviour.refuse_recipients = {
        "alex@example.org": "550 5.7.1 message refused as spam",
        "kim@example.org": "550 5.7.1 Recipient address rejected: Access denied",
    }

    result = outbox.send_pending()

    assert sorted(result.failed) == sorted([spam, policy])
    refused = outbox.messages.get(spam)
    assert refused is not None
    assert refused.state == "failed"
    assert "refused the message as spam" in refused.last_error
    assert "mailbox is unavailable" not in refused.last_error
    ruled = outbox.messages.get(policy)
    assert ruled is not None
    assert "not a wrong address" in ruled.last_error
    assert smtp_server.received == []
