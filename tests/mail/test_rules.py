"""Plain rules: SMTP replies in plain words, provider presets, account checks, retry delays."""

from __future__ import annotations

from datetime import timedelta

import pytest

from nextmove.domain.accounts import AccountData, name_from_address, validate_account
from nextmove.domain.providers import PROVIDERS, guess_provider, provider
from nextmove.domain.smtp_errors import Kind, Scope, from_reply
from nextmove.mail.outbox_results import retry_delay


@pytest.mark.parametrize(
    ("code", "text", "stage", "kind", "transient"),
    [
        (535, "5.7.8 Authentication credentials invalid", "auth", Kind.AUTH_REFUSED, False),
        (534, "5.7.9 Application-specific password required", "auth", Kind.APP_PASSWORD, False),
        (
            535,
            "5.7.139 basic authentication is disabled 5.7.30",
            "auth",
            Kind.BASIC_AUTH_DISABLED,
            False,
        ),
        (550, "5.1.1 User unknown", "rcpt", Kind.MAILBOX_UNAVAILABLE, False),
        (451, "4.3.0 try later", "data", Kind.TRY_LATER, True),
        (421, "4.7.0 too many connections", "connect", Kind.TRY_LATER, True),
        (554, "5.7.1 spam", "data", Kind.SPAM, False),  # was "refused"; now named as spam
    ],
)
def test_replies_are_classified(
    code: int, text: str, stage: str, kind: Kind, transient: bool
) -> None:
    problem = from_reply(code, text, stage=stage)
    assert problem.kind is kind
    assert problem.transient is transient
    assert str(code) in problem.message


def test_a_refused_recipient_concerns_only_that_message() -> None:
    assert from_reply(550, "no", stage="rcpt").scope is Scope.MESSAGE
    assert from_reply(535, "no", stage="auth").scope is Scope.ACCOUNT


def test_retry_delay_grows_and_is_capped() -> None:
    delays = [retry_delay(n) for n in range(1, 12)]
    assert delays[0] == timedelta(minutes=1)
    assert delays[1] == timedelta(minutes=2)
    assert delays == sorted(delays)
    assert delays[-1] == timedelta(hours=1)


def test_presets_say_what_each_provider_needs() -> None:
    assert "app password" in provider("gmail").advice
    assert "2-Step Verification" in provider("gmail").advice
    assert "app-specific password" in provider("icloud").advice
    assert "no longer accept a password" in provider("outlook").advice
    assert all(p.security in {"tls", "starttls"} for p in PROVIDERS)
    assert guess_provider("SMTP.gmail.com").key == "gmail"
    assert guess_provider("mail.example.com").key == "other"


def test_account_checks_name_each_bad_field() -> None:
    good = AccountData(
        "Work", "sam@example.com", "smtp.example.com", 587, "starttls", "sam", "Sam Rivera"
    )
    assert validate_account(good) == {}
    # Without a name, templates would go out signed "{your_name}".
    nameless = AccountData("Work", "sam@example.com", "smtp.example.com", 587, "starttls", "sam")
    assert set(validate_account(nameless)) == {"sender_name"}
    bad = AccountData("", "sam", "smtp example.com", 0, "plain", "")
    assert set(validate_account(bad)) == {
        "display_name",
        "from_address",
        "host",
        "port",
        "security",
        "username",
        "sender_name",
    }


def test_a_name_is_guessed_from_the_address_only_when_it_reads_like_one() -> None:
    assert name_from_address("sam.rivera@example.com") == "Sam Rivera"
    assert name_from_address("jo_park@example.com") == "Jo Park"
    assert name_from_address("x7@example.com") == ""
