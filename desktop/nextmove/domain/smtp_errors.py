"""What went wrong with an SMTP conversation, in words a person can act on.

The transport turns every failure into a `Problem` here: the outbox decides from `transient`
whether to try again later, and from `scope` whether the whole account is stuck (wrong
password, untrusted certificate) or only this one message (a refused recipient).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum, auto


class Kind(StrEnum):
    AUTH_REFUSED = "auth_refused"
    APP_PASSWORD = auto()  # a kind of error, not a secret
    BASIC_AUTH_DISABLED = "basic_auth_disabled"
    MAILBOX_UNAVAILABLE = "mailbox_unavailable"
    CERTIFICATE = "certificate"
    NO_STARTTLS = "no_starttls"
    TLS = "tls"
    TIMEOUT = "timeout"
    DROPPED = "dropped"
    UNREACHABLE = "unreachable"
    UNKNOWN_HOST = "unknown_host"
    TRY_LATER = "try_later"
    REFUSED = "refused"
    NO_PASSWORD = auto()  # a kind of error, not a secret
    CA_FILE = "ca_file"
    SPAM = "spam"
    RELAY_DENIED = "relay_denied"
    SENDER_UNVERIFIED = "sender_unverified"
    SENDER_REFUSED = "sender_refused"
    POLICY = "policy"
    SIGN_IN_AGAIN = "sign_in_again"  # an OAuth grant was revoked or expired
    NOT_SIGNED_IN = "not_signed_in"  # an OAuth account that was never signed in
    SIGN_IN_FAILED = "sign_in_failed"  # the provider refused a refresh for another reason


class Scope(StrEnum):
    ACCOUNT = "account"
    MESSAGE = "message"


@dataclass(frozen=True)
class Problem:
    kind: Kind
    message: str
    transient: bool
    scope: Scope
    code: int | None = None
    # "microsoft" or "google" when signing in through that provider is the way out: the window
    # shows its Sign in button beside the message.
    sign_in_with: str = ""


def _clean(text: str) -> str:
    """A server's reply as one short line (servers send multi-line, sometimes huge, replies)."""
    line = " ".join(text.split())
    return line if len(line) <= 300 else line[:297] + "…"


def from_reply(code: int, text: str, *, stage: str) -> Problem:
    """Classify a server's reply code and text; `stage` is auth, mail, rcpt, data or connect."""
    reply = _clean(text)
    lowered = reply.lower()
    scope = Scope.ACCOUNT if stage in {"auth", "connect"} else Scope.MESSAGE
    if (
        "5.7.30" in reply
        or "5.7.139" in reply
        or "basic auth" in lowered
        or "smtpclientauthentication is disabled" in lowered
    ):
        return Problem(
            Kind.BASIC_AUTH_DISABLED,
            "Microsoft no longer accepts a password here: choose Sign in with Microsoft "
            f"for this account. ({code} {reply})",
            False,
            Scope.ACCOUNT,
            code,
            sign_in_with="microsoft",
        )
    if "5.7.9" in reply and (code == 534 or "application-specific" in lowered):
        return Problem(
            Kind.APP_PASSWORD,
            "Google no longer accepts your usual password here: choose Sign in with Google "
            "for this account, or create an app password (2-Step Verification, then App "
            f"passwords) and use it instead. ({code} {reply})",
            False,
            Scope.ACCOUNT,
            code,
            sign_in_with="google",
        )
    if "application-specific password" in lowered or "app password" in lowered:
        return Problem(
            Kind.APP_PASSWORD,
            "This account needs an app password: turn on two-step verification with your "
            "provider, create an app password there, and use it here instead of your "
            f"usual password. ({code} {reply})",
            False,
            Scope.ACCOUNT,
            code,
        )
    if stage == "auth" and code in {535, 534, 530, 538}:
        return Problem(
            Kind.AUTH_REFUSED,
            "The server refused the user name or password. Check both, and whether your "
            f"provider wants an app password. ({code} {reply})",
            False,
            Scope.ACCOUNT,
            code,
        )
    if 400 <= code < 500:
        return Problem(
            Kind.TRY_LATER,
            f"The server asked to try again later. ({code} {reply})",
            True,
            scope,
            code,
        )
    refusal = _policy_refusal(code, reply, stage)
    if refusal is not None:
        return refusal
    if stage == "rcpt" or code in {550, 551, 553} or "5.1.1" in reply:
        return Problem(
            Kind.MAILBOX_UNAVAILABLE,
            f"The recipient's mailbox is unavailable; check the address. ({code} {reply})",
            False,
            Scope.MESSAGE,
            code,
        )
    return Problem(
        Kind.REFUSED,
        f"The server refused the message. ({code} {reply})",
        False,
        scope,
        code,
    )


_SECURITY_CODE = re.compile(r"\b5\.7\.(\d{1,3})\b")
_SPAM_WORDS = (
    "spam",
    "junk",
    "blocklist",
    "blacklist",
    "block list",
    "black list",
    "reputation",
    "banned",
    "spamhaus",
    "rbl",
)
_UNVERIFIED_WORDS = ("spf", "dkim", "dmarc", "unauthenticated", "reverse dns", "ptr record")
_SENDER_WORDS = ("sender address", "sender rejected", "from address", "not owned by", "send as")
# RFC 7372 and the big providers: 5.7.23 SPF, 5.7.24/25 PTR, 5.7.26 DMARC/DKIM, 5.7.27 null MX.
_UNVERIFIED_CODES = {23, 24, 25, 26, 27}


def _policy_refusal(code: int, reply: str, stage: str) -> Problem | None:
    """A permanent refusal for a security or policy reason (the 5.7.x codes, and spam
    filters whatever code they use): never "the mailbox is unavailable", which would send the
    person to check an address that is right."""
    lowered = reply.lower()
    security = _SECURITY_CODE.search(reply)
    if any(word in lowered for word in _SPAM_WORDS):
        return Problem(
            Kind.SPAM,
            "The recipient's server refused the message as spam, so it was not delivered. "
            "Sending it again as it is will not help: change its wording or links, or reach "
            f"the person another way. ({code} {reply})",
            False,
            Scope.MESSAGE,
            code,
        )
    if security is None:
        return None
    if "relay" in lowered:
        return Problem(
            Kind.RELAY_DENIED,
            "The server would not pass the message on for this account (relaying denied). "
            "Check that the server is your provider's outgoing server and that the account "
            f"signs in. ({code} {reply})",
            False,
            Scope.ACCOUNT,
            code,
        )
    if int(security.group(1)) in _UNVERIFIED_CODES or any(
        word in lowered for word in _UNVERIFIED_WORDS
    ):
        return Problem(
            Kind.SENDER_UNVERIFIED,
            "The recipient's server could not confirm that your address may send this message "
            "(its SPF, DKIM or DMARC checks failed), so it was not delivered. Send it through "
            f"your address's own provider. ({code} {reply})",
            False,
            Scope.MESSAGE,
            code,
        )
    if stage == "mail" or any(word in lowered for word in _SENDER_WORDS):
        return Problem(
            Kind.SENDER_REFUSED,
            "The server does not let this account send from its From address: use the address "
            f"you sign in with, or add this one as an alias with your provider. ({code} {reply})",
            False,
            Scope.ACCOUNT,
            code,
        )
    return Problem(
        Kind.POLICY,
        "The recipient's server refused the message under its rules (a security or policy "
        f"refusal, not a wrong address), so it was not delivered. ({code} {reply})",
        False,
        Scope.MESSAGE,
        code,
    )


def plain(kind: Kind, detail: str = "") -> Problem:
    """A failure that is not a server reply: network, TLS, configuration."""
    suffix = f" ({_clean(detail)})" if detail else ""
    table: dict[Kind, tuple[str, bool]] = {
        Kind.CERTIFICATE: (
            "The server's certificate is not trusted, so nothing was sent. If this server "
            "uses its own certificate (Proton Mail Bridge, a company relay), choose that "
            "certificate file in the account settings.",
            False,
        ),
        Kind.NO_STARTTLS: (
            "The server does not offer encryption (STARTTLS), so your password and message "
            "were not sent. Check the port and security setting.",
            False,
        ),
        Kind.TLS: (
            "The secure connection to the server failed. Check that the port and security "
            "match (465 uses TLS, 587 uses STARTTLS).",
            False,
        ),
        Kind.TIMEOUT: (
            "The server did not answer in time; it will be tried again. If this keeps "
            "happening, check the server name, port and security setting.",
            True,
        ),
        Kind.DROPPED: ("The connection dropped; it will be tried again.", True),
        Kind.UNREACHABLE: ("The server cannot be reached right now.", True),
        Kind.UNKNOWN_HOST: (
            "The server's name could not be found; check the host name, or your network.",
            True,
        ),
        Kind.NO_PASSWORD: (
            "No password is saved for this account. Open Mail Accounts and enter it.",
            False,
        ),
        Kind.CA_FILE: ("The certificate file for this account cannot be read.", False),
        Kind.SIGN_IN_AGAIN: (
            "Sign in again: the provider no longer accepts this account's sign-in (it was "
            "revoked or has expired). Its emails are kept until you do.",
            False,
        ),
        Kind.NOT_SIGNED_IN: (
            "This account is not signed in yet. Open Mail Accounts and sign in.",
            False,
        ),
        Kind.SIGN_IN_FAILED: ("Signing in to the provider failed.", False),
    }
    message, transient = table[kind]
    return Problem(kind, message + suffix, transient, Scope.ACCOUNT)


def for_sign_in_test(problem: Problem, timeout: float) -> Problem:
    """The same problem worded for "Test connection": nothing is retried after a test, so a
    message that promises another try would mislead."""
    if problem.kind is Kind.TIMEOUT:
        message = (
            f"The server did not answer within {timeout:g} seconds. Check the server name, "
            "port and security setting, and your network."
        )
    elif problem.kind is Kind.DROPPED:
        message = (
            "The server closed the connection before sign-in finished. Check the port and "
            "security setting."
        )
    else:
        return problem
    return Problem(problem.kind, message, problem.transient, problem.scope, problem.code)
