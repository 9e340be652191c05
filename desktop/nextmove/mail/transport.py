"""One verified, authenticated SMTP connection that can carry many messages.

Every connection that signs in is encrypted and the server's certificate is checked: implicit
TLS, or STARTTLS that the server must offer (otherwise neither the password nor a message is
sent). Each failure becomes a `SendError` carrying a `Problem` in plain words; the password is
never part of an error, and the original exception is not chained (its text could echo
protocol lines).
"""

from __future__ import annotations

import base64
import contextlib
import re
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from types import TracebackType

from nextmove.domain.oauth import xoauth2_string
from nextmove.domain.smtp_errors import (
    Kind,
    Problem,
    Scope,
    for_sign_in_test,
    from_reply,
    plain,
)
from nextmove.mail.compose import wire_bytes

DEFAULT_TIMEOUT = 20.0  # seconds, per connect and per command: a dead server fails in < 30 s
_LEADING_DOT = re.compile(rb"(?m)^\.")
EHLO_NAME = "[127.0.0.1]"  # avoids socket.getfqdn(), which can block on DNS for seconds


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int
    security: str  # "tls" or "starttls"
    username: str
    ca_file: str = ""


class SendError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """Certificate and host name checks on; the account's own CA file replaces the system's."""
    try:
        context = ssl.create_default_context(cafile=ca_file or None)
    except (OSError, ssl.SSLError) as error:
        raise SendError(plain(Kind.CA_FILE, type(error).__name__)) from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _timed_out(error: BaseException | None) -> bool:
    """smtplib reports a read timeout as a disconnect; the cause tells them apart."""
    while error is not None:
        if isinstance(error, TimeoutError | socket.timeout):
            return True
        error = error.__cause__ or error.__context__
    return False


def _network_problem(error: BaseException) -> Problem:
    if _timed_out(error):
        return plain(Kind.TIMEOUT)
    if isinstance(error, ssl.SSLCertVerificationError):
        return plain(Kind.CERTIFICATE, str(error.verify_message or ""))
    if isinstance(error, ssl.SSLError):
        return plain(Kind.TLS, error.reason or type(error).__name__)
    if isinstance(error, socket.gaierror):
        return plain(Kind.UNKNOWN_HOST)
    if isinstance(error, ConnectionRefusedError):
        return plain(Kind.UNREACHABLE, "connection refused")
    if isinstance(error, smtplib.SMTPServerDisconnected | ConnectionError | EOFError):
        return plain(Kind.DROPPED)
    return plain(Kind.UNREACHABLE, type(error).__name__)


def _dot_stuffed(data: bytes) -> bytes:
    """The DATA payload: leading dots doubled, ended by CRLF.CRLF (RFC 5321 4.5.2)."""
    stuffed = _LEADING_DOT.sub(b"..", data)
    if not stuffed.endswith(b"\r\n"):
        stuffed += b"\r\n"
    return stuffed + b".\r\n"


def _reply_text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


class Connection:
    """An open, signed-in SMTP session; use as a context manager or call close()."""

    def __init__(
        self,
        settings: ServerSettings,
        password: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        xoauth2: bool = False,
    ) -> None:
        """`password` is the access token when `xoauth2` is set (an OAuth account)."""
        self._smtp = self._open(settings, timeout)
        self._xoauth2 = xoauth2
        try:
            self._login(settings, password)
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _open(settings: ServerSettings, timeout: float) -> smtplib.SMTP:
        context = tls_context(settings.ca_file)
        smtp: smtplib.SMTP | None = None
        try:
            if settings.security == "tls":
                smtp = smtplib.SMTP_SSL(
                    settings.host,
                    settings.port,
                    local_hostname=EHLO_NAME,
                    timeout=timeout,
                    context=context,
                )
                smtp.ehlo()
            else:
                smtp = smtplib.SMTP(
                    settings.host, settings.port, local_hostname=EHLO_NAME, timeout=timeout
                )
                smtp.ehlo()
                if not smtp.has_extn("starttls"):
                    raise SendError(plain(Kind.NO_STARTTLS))
                smtp.starttls(context=context)
                smtp.ehlo()
        except SendError:
            _quietly_close(smtp)
            raise
        except smtplib.SMTPResponseException as error:
            _quietly_close(smtp)
            problem = from_reply(error.smtp_code, _reply_text(error.smtp_error), stage="connect")
            raise SendError(problem) from None
        except (OSError, smtplib.SMTPException, EOFError) as error:
            _quietly_close(smtp)
            raise SendError(_network_problem(error)) from None
        return smtp

    def _login(self, settings: ServerSettings, password: str) -> None:
        try:
            self._authenticate(settings.username, password)
        except smtplib.SMTPResponseException as error:
            problem = from_reply(error.smtp_code, _reply_text(error.smtp_error), stage="auth")
            raise SendError(problem) from None
        except (OSError, smtplib.SMTPException, EOFError) as error:
            raise SendError(_network_problem(error)) from None

    def _authenticate(self, username: str, password: str) -> None:
        """AUTH PLAIN (or LOGIN) with UTF-8 credentials.

        smtplib's own login() encodes credentials as ASCII, so a password with an accented
        letter would fail before reaching the server.
        """
        smtp = self._smtp
        if not smtp.has_extn("auth"):
            raise SendError(
                Problem(
                    Kind.REFUSED,
                    "The server does not offer sign-in on this connection; check the port and "
                    "security setting.",
                    False,
                    Scope.ACCOUNT,
                )
            )
        mechanisms = smtp.esmtp_features["auth"].upper().split()
        if self._xoauth2:
            self._authenticate_xoauth2(mechanisms, username, password)
            return
        user, secret = username.encode(), password.encode()
        if "PLAIN" in mechanisms:
            token = base64.b64encode(b"\0" + user + b"\0" + secret).decode("ascii")
            code, reply = smtp.docmd("AUTH", "PLAIN " + token)
        elif "LOGIN" in mechanisms:
            code, reply = smtp.docmd("AUTH", "LOGIN " + base64.b64encode(user).decode("ascii"))
            if code == 334:
                code, reply = smtp.docmd(base64.b64encode(secret).decode("ascii"))
        else:
            raise SendError(
                Problem(
                    Kind.AUTH_REFUSED,
                    "Signing in failed: the server offers no sign-in method this app supports "
                    f"({' '.join(mechanisms)}).",
                    False,
                    Scope.ACCOUNT,
                )
            )
        if code not in {235, 503}:  # 503: already signed in
            raise smtplib.SMTPAuthenticationError(code, reply)

    def _authenticate_xoauth2(self, mechanisms: list[str], username: str, token: str) -> None:
        """SASL XOAUTH2 (Gmail, Microsoft). Only reached on a TLS connection whose
        certificate was verified: _open() never returns anything else."""
        smtp = self._smtp
        if "XOAUTH2" not in mechanisms:
            raise SendError(
                Problem(
                    Kind.AUTH_REFUSED,
                    "The server does not offer signing in with the provider (XOAUTH2) here; "
                    "check the server name and port.",
                    False,
                    Scope.ACCOUNT,
                )
            )
        code, reply = smtp.docmd("AUTH", "XOAUTH2 " + xoauth2_string(username, token))
        if code == 334:  # the error comes as a challenge; an empty line gets the final reply
            code, reply = smtp.docmd("")
        if code not in {235, 503}:
            raise smtplib.SMTPAuthenticationError(code, reply)

    def send(self, message: EmailMessage, *, sender: str, recipient: str | Sequence[str]) -> None:
        """Send one message; returns only when the server has accepted it (250)."""
        self.start(message, sender=sender, recipient=recipient)
        self.finish()

    def start(self, message: EmailMessage, *, sender: str, recipient: str | Sequence[str]) -> None:
        """Hand a message to the server up to its final dot, without waiting for the verdict.

        The outbox prepares the next message while the server digests this one, then calls
        finish(); nothing counts as sent until finish() returns.
        """
        smtp = self._smtp
        recipients = [recipient] if isinstance(recipient, str) else list(recipient)
        try:
            if smtp.has_extn("pipelining"):
                self._envelope_pipelined(sender, recipients)
            else:
                self._envelope(sender, recipients)
            smtp.send(_dot_stuffed(wire_bytes(message)))
        except SendError:
            raise
        except (OSError, smtplib.SMTPException, EOFError) as error:
            raise SendError(_network_problem(error)) from None

    def _envelope(self, sender: str, recipients: list[str]) -> None:
        """MAIL, one RCPT per recipient, DATA. A refused recipient stops the whole message
        (nobody gets it), so the person can fix the address and send it once to everyone."""
        smtp = self._smtp
        code, reply = smtp.mail(sender)
        if code != 250:
            self._reset()
            raise SendError(from_reply(code, _reply_text(reply), stage="mail"))
        for recipient in recipients:
            code, reply = smtp.rcpt(recipient)
            if code not in {250, 251}:
                self._reset()
                raise SendError(_refused(recipient, code, reply, len(recipients)))
        code, reply = smtp.docmd("DATA")
        if code != 354:
            self._reset()
            raise SendError(from_reply(code, _reply_text(reply), stage="data"))

    def _envelope_pipelined(self, sender: str, recipients: list[str]) -> None:
        """MAIL, the RCPTs and DATA in one write (RFC 2920): one round trip instead of three.

        The addresses were checked by compose (one plain address each, no line breaks).
        """
        smtp = self._smtp
        rcpt_lines = "".join(f"RCPT TO:<{r}>\r\n" for r in recipients)
        smtp.send(f"MAIL FROM:<{sender}>\r\n{rcpt_lines}DATA\r\n")
        mail = smtp.getreply()
        rcpts = [smtp.getreply() for _ in recipients]
        data = smtp.getreply()
        refused = [(r, reply) for r, reply in zip(recipients, rcpts, strict=True)
                   if reply[0] not in {250, 251}]  # fmt: skip
        if mail[0] == 250 and not refused and data[0] == 354:
            return
        if data[0] == 354:  # a server may open DATA even though the envelope failed
            smtp.send(".\r\n")
            smtp.getreply()
        self._reset()
        if mail[0] != 250:
            raise SendError(from_reply(mail[0], _reply_text(mail[1]), stage="mail"))
        if refused:
            address, (code, reply) = refused[0]
            raise SendError(_refused(address, code, reply, len(recipients)))
        raise SendError(from_reply(data[0], _reply_text(data[1]), stage="data"))

    def finish(self) -> None:
        """Wait for the server's verdict on the message given to start()."""
        try:
            code, reply = self._smtp.getreply()
        except (OSError, smtplib.SMTPException, EOFError) as error:
            raise SendError(_network_problem(error)) from None
        if code != 250:
            raise SendError(from_reply(code, _reply_text(reply), stage="data"))

    def _reset(self) -> None:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            self._smtp.rset()

    def close(self) -> None:
        try:
            self._smtp.quit()
        except (OSError, smtplib.SMTPException, EOFError):
            _quietly_close(self._smtp)

    def __enter__(self) -> Connection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _refused(address: str, code: int, reply: bytes | str, count: int) -> Problem:
    """A refused recipient; with several, the message names which one."""
    problem = from_reply(code, _reply_text(reply), stage="rcpt")
    if count == 1:
        return problem
    message = f"{address}: {problem.message} Nobody was sent this message."
    return Problem(problem.kind, message, problem.transient, problem.scope, problem.code)


def _quietly_close(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    with contextlib.suppress(OSError):
        smtp.close()


def check_login(
    settings: ServerSettings,
    password: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    xoauth2: bool = False,
) -> None:
    """Connect and sign in without sending anything (the account dialog's Test button)."""
    try:
        Connection(settings, password, timeout=timeout, xoauth2=xoauth2).close()
    except SendError as error:
        raise SendError(for_sign_in_test(error.problem, timeout)) from None
