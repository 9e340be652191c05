"""The outbox against a real SMTP server (aiosmtpd with TLS and AUTH on 127.0.0.1)."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from nextmove.domain.application import ApplicationData
from nextmove.domain.smtp_errors import Kind
from nextmove.domain.status import EventKind
from nextmove.mail.outbox import MAYBE_SENT, Outbox
from nextmove.mail.transport import SendError
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.outbox import OutgoingDraft
from tests.mail.conftest import Clock, add_account
from tests.smtp_server import SilentServer, SmtpServer


def _queue(outbox: Outbox, account_id: int | None, n: int = 1, **extra: object) -> list[int]:
    return [
        outbox.queue(
            OutgoingDraft(
                purpose="follow_up",
                to_address=f"alex{i}@example.org",
                subject=f"Thank you, message {i}",
                body="Thanks for your time today.\n\nSam",
                account_id=account_id,
                **extra,  # type: ignore[arg-type]
            )
        )
        for i in range(n)
    ]


def _state(outbox: Outbox, message_id: int) -> str:
    row = outbox.messages.get(message_id)
    assert row is not None
    return row.state


def test_sends_with_correct_headers_and_puts_it_on_the_timeline(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    apps = ApplicationRepository(outbox.messages._db)
    app_id = apps.add(ApplicationData("Acme", "Engineer"), today=date(2026, 11, 1))
    [mid] = _queue(outbox, account, application_id=app_id)

    result = outbox.send_pending()

    assert result.sent == [mid]
    assert result.applications == {app_id}
    [received] = smtp_server.received
    assert received.recipients == ["alex0@example.org"]
    message = received.message
    assert message["From"] == "Sam Rivera <sam@example.com>"
    assert message["To"] == "alex0@example.org"
    assert message["Subject"] == "Thank you, message 0"
    assert message["Date"] is not None
    assert message["Message-ID"].endswith("@example.com>")
    assert message.get_content().replace("\r\n", "\n") == "Thanks for your time today.\n\nSam\n"
    row = outbox.messages.get(mid)
    assert row is not None
    assert row.state == "sent"
    assert row.message_id == message["Message-ID"]
    assert EventKind.EMAIL_SENT in [e.kind for e in apps.events(app_id)]


def test_implicit_tls_server(
    outbox: Outbox, tls_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    account = add_account(outbox, tls_server, ca_file=certificate[0])
    [mid] = _queue(outbox, account)
    assert outbox.send_pending().sent == [mid]
    assert len(tls_server.received) == 1


def test_batch_reuses_one_connection(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    ids = _queue(outbox, account, n=5)
    assert outbox.send_pending().sent == ids
    assert smtp_server.connections == 1
    assert smtp_server.auth_lines == 1
    assert sorted(r.recipients[0] for r in smtp_server.received) == [
        f"alex{i}@example.org" for i in range(5)
    ]


def test_wrong_password_keeps_the_message_and_says_why(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0], password="wrong")
    [mid] = _queue(outbox, account)
    result = outbox.send_pending()
    problem = result.account_problems[account]
    assert problem.kind is Kind.AUTH_REFUSED
    assert "refused the user name or password" in problem.message
    row = outbox.messages.get(mid)
    assert row is not None
    assert row.state == "queued"
    assert "user name or password" in row.last_error
    assert smtp_server.received == []


def test_app_password_and_basic_auth_replies_are_explained(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    smtp_server.behaviour.auth_reply = "534 5.7.9 Application-specific password required"
    with pytest.raises(SendError) as caught:
        outbox.check_account(account)
    assert caught.value.problem.kind is Kind.APP_PASSWORD
    assert "app password" in str(caught.value)
    smtp_server.behaviour.auth_reply = (
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
        "for the Tenant. Visit https://aka.ms/smtp_auth_disabled 5.7.30"
    )
    with pytest.raises(SendError) as caught:
        outbox.check_account(account)
    assert caught.value.problem.kind is Kind.BASIC_AUTH_DISABLED


def test_untrusted_certificate_is_refused_before_any_auth(
    outbox: Outbox, smtp_server: SmtpServer
) -> None:
    account = add_account(outbox, smtp_server)  # no CA file: the system store is used
    [mid] = _queue(outbox, account)
    result = outbox.send_pending()
    assert result.account_problems[account].kind is Kind.CERTIFICATE
    assert smtp_server.auth_lines == 0
    assert smtp_server.received == []
    assert _state(outbox, mid) == "queued"


def test_untrusted_implicit_tls_certificate_is_refused(
    outbox: Outbox, tls_server: SmtpServer
) -> None:
    account = add_account(outbox, tls_server)
    with pytest.raises(SendError) as caught:
        outbox.check_account(account)
    assert caught.value.problem.kind is Kind.CERTIFICATE
    assert tls_server.auth_lines == 0


def test_server_without_starttls_gets_no_password_and_no_message(
    outbox: Outbox, certificate: tuple[Path, Path]
) -> None:
    with SmtpServer(*certificate, mode="plain") as server:
        account = add_account(outbox, server, ca_file=certificate[0])
        [mid] = _queue(outbox, account)
        result = outbox.send_pending()
        assert result.account_problems[account].kind is Kind.NO_STARTTLS
        assert server.auth_lines == 0
        assert server.received == []
        assert _state(outbox, mid) == "queued"


def test_a_silent_server_times_out_and_the_message_waits(outbox: Outbox, clock: Clock) -> None:
    with SilentServer() as silent:
        account = outbox.accounts.add(
            _account_data(silent.host, silent.port),
        )
        outbox.credentials.save(account, "whatever")
        outbox.timeout = 1.0
        [mid] = _queue(outbox, account)
        started = time.monotonic()
        result = outbox.send_pending()
        assert time.monotonic() - started < 10
    assert result.account_problems[account].kind is Kind.TIMEOUT
    row = outbox.messages.get(mid)
    assert row is not None
    assert row.state == "queued"
    assert row.attempts == 1
    assert row.next_attempt_at is not None
    assert row.next_attempt_at > clock.now


def test_drop_during_data_is_retried_later_and_delivered_exactly_once(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path], clock: Clock
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    first, second = _queue(outbox, account, n=2)
    smtp_server.behaviour.drop_during_data = 1

    result = outbox.send_pending()
    assert result.retrying == [first]
    assert _state(outbox, first) == "queued"
    assert _state(outbox, second) == "queued"  # untouched: the connection was gone
    assert smtp_server.received == []

    # The untouched message leaves at once; the dropped one waits for its retry time.
    assert outbox.send_pending().sent == [second]
    clock.now += timedelta(minutes=5)
    assert outbox.send_pending().sent == [first]
    clock.now += timedelta(hours=2)
    assert outbox.send_pending().sent == []
    subjects = [r.message["Subject"] for r in smtp_server.received]
    assert sorted(subjects) == ["Thank you, message 0", "Thank you, message 1"]


def test_4xx_is_retried_and_5xx_fails_with_the_reason(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path], clock: Clock
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    busy, gone, fine = _queue(outbox, account, n=3)
    smtp_server.behaviour.data_replies = ["451 4.3.0 Mailbox busy, try later"]
    smtp_server.behaviour.refuse_recipients = {"alex1@example.org": "550 5.1.1 No such user"}

    result = outbox.send_pending()
    assert result.retrying == [busy]
    assert result.failed == [gone]
    assert result.sent == [fine]
    failed = outbox.messages.get(gone)
    assert failed is not None
    assert failed.state == "failed"
    assert "mailbox is unavailable" in failed.last_error
    assert "5.1.1 No such user" in failed.last_error
    waiting = outbox.messages.get(busy)
    assert waiting is not None
    assert "try again later" in waiting.last_error

    clock.now += timedelta(minutes=2)
    assert outbox.send_pending().sent == [busy]
    assert _state(outbox, gone) == "failed"  # a 5xx is never retried by itself
    assert len(smtp_server.received) == 2


def test_message_caught_sending_by_a_crash_is_never_sent_again_by_itself(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path], clock: Clock
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    [mid] = _queue(outbox, account)
    # What a crash between "sending" and the server's reply leaves behind:
    assert outbox.messages.claim(mid, "<x@example.com>", account) is not None
    restarted = Outbox(outbox.messages._db, outbox.credentials, timeout=3.0, clock=clock)
    clock.now += timedelta(days=1)
    assert restarted.send_pending(automatic=False).sent == []
    row = restarted.messages.get(mid)
    assert row is not None
    assert restarted.maybe_sent(row)
    assert "check your Sent folder" in MAYBE_SENT
    assert smtp_server.received == []

    restarted.messages.requeue(mid)  # the person pressed Resend
    assert restarted.send_pending().sent == [mid]
    assert [r.message["Message-ID"] for r in smtp_server.received] == ["<x@example.com>"]


def test_automatic_sending_only_for_accounts_that_allow_it(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    manual = add_account(outbox, smtp_server, ca_file=certificate[0], name="Manual")
    [waits] = _queue(outbox, manual)
    assert outbox.send_pending(automatic=True).sent == []
    auto = add_account(outbox, smtp_server, ca_file=certificate[0], name="Auto", auto_send=True)
    [leaves] = _queue(outbox, auto)
    assert outbox.send_pending(automatic=True).sent == [leaves]
    assert _state(outbox, waits) == "queued"


def test_message_queued_without_account_uses_the_default(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    [mid] = _queue(outbox, None)
    assert outbox.send_pending().sent == []  # no account yet: it waits
    add_account(outbox, smtp_server, ca_file=certificate[0])
    assert outbox.send_pending().sent == [mid]


def _account_data(host: str, port: int):  # type: ignore[no-untyped-def]
    from nextmove.domain.accounts import AccountData

    return AccountData("Dead", "sam@example.com", host, port, "starttls", "sam@example.com")


def test_lines_starting_with_a_dot_arrive_intact(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    body = ".hidden\n.\n..two dots\nend"
    outbox.queue(OutgoingDraft("follow_up", "alex@example.org", "Dots", body, account_id=account))
    assert len(outbox.send_pending().sent) == 1
    content = smtp_server.received[0].message.get_content().replace("\r\n", "\n")
    assert content == body + "\n"


def test_a_bad_message_stored_by_other_code_fails_alone(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    from nextmove.storage.outbox import queue_in

    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    first = _queue(outbox, account)[0]
    with outbox.messages._db.sessions.begin() as session:
        bad = queue_in(
            session, OutgoingDraft("thank_you", "x@example.org\nBcc: y@example.org", "Hi", "b")
        ).id
    last = _queue(outbox, account)[0]
    result = outbox.send_pending()
    assert result.sent == [first, last]
    assert result.failed == [bad]
    failed = outbox.messages.get(bad)
    assert failed is not None
    assert "single line" in failed.last_error
    assert len(smtp_server.received) == 2
    assert smtp_server.connections == 1


def test_removing_an_account_never_sends_its_messages_from_another(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    kept = add_account(outbox, smtp_server, ca_file=certificate[0], name="Kept")
    removed = add_account(outbox, smtp_server, ca_file=certificate[0], name="Removed")
    [orphan] = _queue(outbox, removed)
    outbox.accounts.remove(removed)
    assert outbox.send_pending().sent == []
    row = outbox.messages.get(orphan)
    assert row is not None
    assert (row.state, row.account_id) == ("draft", None)
    assert "account was removed" in row.last_error
    outbox.messages.edit(orphan, to_address=row.to_address, subject=row.subject,
                         body=row.body, account_id=kept)  # fmt: skip
    assert outbox.send_pending().sent == [orphan]


def test_a_certificate_file_that_is_not_a_certificate_is_named(
    outbox: Outbox, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    bogus = tmp_path / "bridge.pem"
    bogus.write_text("not a certificate\n", encoding="utf-8")
    account = add_account(outbox, smtp_server, ca_file=bogus)
    with pytest.raises(SendError) as caught:
        outbox.check_account(account)
    assert caught.value.problem.kind is Kind.CA_FILE
    assert smtp_server.connections == 0


def test_security_that_does_not_match_the_port_is_explained(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    from dataclasses import replace

    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    data = outbox.accounts.get(account)
    outbox.accounts.update(account, replace(data, security="tls"))  # STARTTLS port, TLS setting
    with pytest.raises(SendError) as caught:
        outbox.check_account(account)
    assert caught.value.problem.kind in {Kind.TLS, Kind.TIMEOUT}
    assert "port" in str(caught.value)
    assert smtp_server.auth_lines == 0


def test_pipelining_servers_get_the_envelope_in_one_go_with_the_same_outcomes(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path], clock: Clock
) -> None:
    smtp_server.behaviour.pipelining = True
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    busy, gone, fine = _queue(outbox, account, n=3)
    smtp_server.behaviour.data_replies = ["451 4.3.0 Mailbox busy, try later"]
    smtp_server.behaviour.refuse_recipients = {"alex1@example.org": "550 5.1.1 No such user"}
    outbox.queue(
        OutgoingDraft("follow_up", "zoe@example.org", "Merci", "À bientôt 🙂", account_id=account)
    )

    result = outbox.send_pending()
    assert (result.retrying, result.failed) == ([busy], [gone])
    assert len(result.sent) == 2
    assert fine in result.sent
    failed = outbox.messages.get(gone)
    assert failed is not None
    assert "5.1.1 No such user" in failed.last_error
    assert smtp_server.connections == 1
    received = {r.recipients[0]: r for r in smtp_server.received}
    assert set(received) == {"alex2@example.org", "zoe@example.org"}
    assert received["zoe@example.org"].message.get_content().rstrip() == "À bientôt 🙂"
    assert b"\xc3" not in received["zoe@example.org"].data  # 7-bit clean on the wire
