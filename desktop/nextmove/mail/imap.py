"""Reading an INBOX over IMAP without changing anything on the server.

The mailbox is opened with EXAMINE (read-only); headers come first and bodies with
`BODY.PEEK[]`, so no `\\Seen` flag is ever set; nothing is stored, copied, moved, expunged or
sent. Every connection is encrypted (implicit TLS, or STARTTLS that the server must offer) and
the certificate is verified: imaplib checks nothing unless it is handed an SSL context, so one
is always passed. Failures become `ImapError` with a sentence in plain words; the password
never appears in one.

Signing in is a separate step chosen by the account's kind of credential (`Authenticator`):
`password_login`, or `xoauth2_login` with a fresh access token for an OAuth account. The
XOAUTH2 string is only ever written to a connection that is already encrypted and verified.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import socket
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import TracebackType

DEFAULT_TIMEOUT = 30.0
HEADER_FIELDS = "FROM SUBJECT DATE MESSAGE-ID LIST-ID LIST-UNSUBSCRIBE PRECEDENCE"
# The only commands this module ever sends (the tests hold it to this list).
READ_ONLY_COMMANDS = frozenset(
    {"CAPABILITY", "STARTTLS", "AUTHENTICATE", "LOGIN", "EXAMINE", "UID", "NOOP", "LOGOUT"}
)
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")

Authenticator = Callable[[imaplib.IMAP4], None]


class Failure(StrEnum):
    AUTH = "auth"
    CERTIFICATE = "certificate"
    TLS = "tls"
    NO_STARTTLS = "no_starttls"
    NETWORK = "network"
    DROPPED = "dropped"
    TIMEOUT = "timeout"
    MAILBOX = "mailbox"
    CREDENTIAL = "credential"
    SIGN_IN_AGAIN = "sign_in_again"  # the provider revoked the OAuth grant


class ImapError(Exception):
    def __init__(self, failure: Failure, message: str) -> None:
        super().__init__(message)
        self.failure = failure
        self.message = message


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    security: str  # "tls" (implicit, 993) or "starttls" (143)
    username: str
    ca_file: str = ""


def password_login(username: str, password: str) -> Authenticator:
    """AUTHENTICATE PLAIN with UTF-8 credentials (LOGIN only when PLAIN is not offered)."""

    def sign_in(imap: imaplib.IMAP4) -> None:
        if "AUTH=PLAIN" in imap.capabilities:
            token = b"\0" + username.encode() + b"\0" + password.encode()
            imap.authenticate("PLAIN", lambda _challenge: token)
        else:
            imap.login(username, password)

    return sign_in


def xoauth2_login(username: str, access_token: str) -> Authenticator:
    """SASL XOAUTH2 (Gmail, Microsoft 365) for accounts that sign in with OAuth.

    Refuses to send anything on a connection that is not TLS: the bearer token is as good as
    a password until it expires. A refused token makes the server send an error challenge,
    which is answered with an empty line as the mechanism requires (never the token again).
    """

    def sign_in(imap: imaplib.IMAP4) -> None:
        if not isinstance(getattr(imap, "sock", None), ssl.SSLSocket):
            raise ImapError(
                Failure.TLS,
                "The connection to the incoming mail server is not encrypted, so the "
                "sign-in was not sent.",
            )
        raw = f"user={username}\x01auth=Bearer {access_token}\x01\x01".encode()
        answers = iter([raw])

        def answer(_challenge: bytes) -> bytes:
            return next(answers, b"")

        try:
            imap.authenticate("XOAUTH2", answer)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error:
            raise ImapError(
                Failure.AUTH, "The incoming mail server refused this account's sign-in."
            ) from None

    return sign_in


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """Certificate and host name checks on; the account's own CA file replaces the system's."""
    try:
        context = ssl.create_default_context(cafile=ca_file or None)
    except (OSError, ssl.SSLError):
        raise ImapError(
            Failure.CERTIFICATE,
            "The certificate file chosen for this account cannot be read.",
        ) from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _problem(error: BaseException) -> ImapError:
    if isinstance(error, ImapError):
        return error
    if isinstance(error, TimeoutError | socket.timeout):
        return ImapError(Failure.TIMEOUT, "The mail server did not answer in time.")
    if isinstance(error, ssl.SSLCertVerificationError):
        detail = str(error.verify_message or "").strip()
        return ImapError(
            Failure.CERTIFICATE,
            "The mail server's certificate could not be verified"
            + (f" ({detail})" if detail else "")
            + "; nothing was read. If it uses a private certificate, choose it in the account.",
        )
    if isinstance(error, ssl.SSLError):
        return ImapError(Failure.TLS, "The encrypted connection to the mail server failed.")
    if isinstance(error, socket.gaierror):
        return ImapError(Failure.NETWORK, "The incoming mail server's name was not found.")
    if isinstance(error, ConnectionRefusedError):
        return ImapError(Failure.NETWORK, "The incoming mail server refused the connection.")
    if isinstance(error, imaplib.IMAP4.abort | ConnectionError | EOFError):
        return ImapError(Failure.DROPPED, "The mail server closed the connection.")
    if isinstance(error, OSError):
        return ImapError(Failure.NETWORK, "The incoming mail server could not be reached.")
    return ImapError(Failure.MAILBOX, "The mail server refused to show the inbox.")


@dataclass(frozen=True)
class Header:
    uid: int
    size: int
    raw: bytes


class ImapReader:
    """One read-only session on INBOX; use as a context manager."""

    def __init__(
        self,
        settings: ImapSettings,
        authenticate: Authenticator,
        *,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._settings = settings
        self._imap = self._connect(settings, timeout)
        try:
            self._sign_in(authenticate)
            self.uidvalidity = self._examine()
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _connect(settings: ImapSettings, timeout: float) -> imaplib.IMAP4:
        context = tls_context(settings.ca_file)
        imap: imaplib.IMAP4 | None = None
        try:
            if settings.security == "tls":
                imap = imaplib.IMAP4_SSL(
                    settings.host, settings.port, ssl_context=context, timeout=timeout
                )
            else:
                imap = imaplib.IMAP4(settings.host, settings.port, timeout=timeout)
                if "STARTTLS" not in imap.capabilities:
                    raise ImapError(
                        Failure.NO_STARTTLS,
                        "The incoming mail server does not offer STARTTLS, so nothing was "
                        "sent to it (not even the user name).",
                    )
                imap.starttls(ssl_context=context)
        except BaseException as error:
            if imap is not None:
                with contextlib.suppress(Exception):
                    imap.shutdown()
            raise _problem(error) from None
        return imap

    def _sign_in(self, authenticate: Authenticator) -> None:
        try:
            authenticate(self._imap)
        except imaplib.IMAP4.error as error:
            if isinstance(error, imaplib.IMAP4.abort):
                raise _problem(error) from None
            raise ImapError(
                Failure.AUTH,
                "The incoming mail server refused the user name or password.",
            ) from None
        except (OSError, EOFError) as error:
            raise _problem(error) from None

    def _examine(self) -> int:
        try:
            status, _ = self._imap.select("INBOX", readonly=True)  # EXAMINE
            if status != "OK":
                raise ImapError(Failure.MAILBOX, "The mail server would not open the inbox.")
            _, values = self._imap.response("UIDVALIDITY")
        except (imaplib.IMAP4.error, OSError, EOFError) as error:
            raise _problem(error) from None
        try:
            return int(values[-1]) if values and values[-1] else 0
        except (TypeError, ValueError):
            return 0

    def uids(self, *, after: int = 0, since: date | None = None) -> list[int]:
        """UIDs greater than `after` (and delivered on or after `since`), ascending."""
        criteria = ["UID", f"{after + 1}:*"]
        if since is not None:
            criteria += ["SINCE", since.strftime("%d-%b-%Y")]
        data = self._call("SEARCH", *criteria)
        found: set[int] = set()
        for chunk in data:
            if isinstance(chunk, bytes):
                found.update(int(part) for part in chunk.split() if part.isdigit())
        # `n:*` always includes the newest message, even when its UID is below n.
        return sorted(uid for uid in found if uid > after)

    def headers(self, uids: Iterable[int]) -> list[Header]:
        """The identifying headers and size of each message, without touching its flags."""
        wanted = list(uids)
        if not wanted:
            return []
        data = self._call(
            "FETCH",
            _uid_set(wanted),
            f"(UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})])",
        )
        result = []
        for item in data:
            if isinstance(item, tuple) and len(item) >= 2:
                uid = _UID.search(item[0])
                size = _SIZE.search(item[0])
                if uid:
                    raw = item[1] if isinstance(item[1], bytes) else b""
                    result.append(Header(int(uid.group(1)), int(size.group(1)) if size else 0, raw))
        return result

    def bodies(self, uids: Iterable[int], *, limit: int) -> dict[int, bytes]:
        """Each message (its first `limit` bytes), read with BODY.PEEK so it stays unread."""
        wanted = list(uids)
        if not wanted:
            return {}
        data = self._call("FETCH", _uid_set(wanted), f"(UID BODY.PEEK[]<0.{limit}>)")
        result: dict[int, bytes] = {}
        for item in data:
            if isinstance(item, tuple) and len(item) >= 2:
                uid = _UID.search(item[0])
                if uid and isinstance(item[1], bytes):
                    result[int(uid.group(1))] = item[1]
        return result

    def _call(self, command: str, *args: str) -> list[object]:
        try:
            status, data = self._imap.uid(command, *args)
        except (imaplib.IMAP4.error, OSError, EOFError) as error:
            raise _problem(error) from None
        if status != "OK":
            raise ImapError(Failure.MAILBOX, "The mail server refused to list the inbox.")
        return list(data)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._imap.logout()
        with contextlib.suppress(Exception):
            self._imap.shutdown()

    def __enter__(self) -> ImapReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _uid_set(uids: list[int]) -> str:
    """`1:4,7,9:10` for [1, 2, 3, 4, 7, 9, 10]: short commands for long runs of UIDs."""
    ordered = sorted(set(uids))
    parts: list[str] = []
    start = prev = ordered[0]
    for uid in ordered[1:]:
        if uid == prev + 1:
            prev = uid
            continue
        parts.append(f"{start}:{prev}" if prev != start else str(start))
        start = prev = uid
    parts.append(f"{start}:{prev}" if prev != start else str(start))
    return ",".join(parts)
