"""A real SMTP server on 127.0.0.1 for tests and benchmarks (aiosmtpd, TLS, AUTH).

`SmtpServer` records what a real provider would see: every connection, every AUTH line, every
message accepted. Given an OAuth2 provider (tests/oauth_server.py) it also offers
`AUTH XOAUTH2` and checks the bearer token with that provider, answering a bad one the way
Gmail does (a 334 challenge with a JSON error, then 535). Switches make it misbehave the ways
providers do: refuse a password, answer 4xx or 5xx, drop the connection during DATA, answer
every command late, or never say hello.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as dt
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session

USERNAME = "sam@example.com"
PASSWORD = "correct horse battery staple"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1: (cert.pem, key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Behaviour:
    """How the server misbehaves; counters go down as each misbehaviour is used."""

    password: str = PASSWORD
    auth_reply: str = ""  # e.g. "534 5.7.9 Application-specific password required"
    data_replies: list[str] = field(default_factory=list)  # replies for the next DATAs
    refuse_recipients: dict[str, str] = field(default_factory=dict)  # address -> reply
    drop_during_data: int = 0
    reply_delay: float = 0.0
    pipelining: bool = False  # advertise PIPELINING, as Gmail, Outlook and Fastmail do


@dataclass(frozen=True)
class XOAuth2Attempt:
    user: str
    token: str
    over_tls: bool
    accepted: bool


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self._server = server

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        if len(args) == 2:
            try:
                blob: bytes | object = base64.b64decode(args[1], validate=True)
            except binascii.Error:
                return AuthResult(success=False, handled=False, message="501 5.5.2 Bad base64")
        else:
            blob = await server.challenge_auth("")
        if blob is MISSING or not isinstance(blob, bytes):
            return AuthResult(success=False, handled=True)
        fields = dict(part.split(b"=", 1) for part in blob.split(b"\x01") if part and b"=" in part)
        user = fields.get(b"user", b"").decode("utf-8", "replace")
        bearer = fields.get(b"auth", b"").decode("utf-8", "replace")
        token = bearer.removeprefix("Bearer ") if bearer.startswith("Bearer ") else ""
        provider = self._server.oauth
        accepted = provider is not None and user == USERNAME and provider.check_access_token(token)
        attempt = XOAuth2Attempt(user, token, server._tls_protocol is not None, accepted)
        with self._server.lock:
            self._server.xoauth2.append(attempt)
        if accepted:
            return AuthResult(success=True, handled=False, auth_data=user)
        await server.challenge_auth(b'{"status":"401","schemes":"bearer","scope":"mail"}')
        return AuthResult(
            success=False, handled=False, message="535 5.7.8 Username and Password not accepted"
        )

    async def handle_EHLO(
        self, server: SMTP, session: Session, envelope: Envelope, hostname: str,
        responses: list[str],
    ) -> list[str]:  # fmt: skip
        session.host_name = hostname
        if self._server.behaviour.pipelining:
            responses.insert(-1, "250-PIPELINING")
        return responses

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        reply = self._server.behaviour.refuse_recipients.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        behaviour = self._server.behaviour
        if behaviour.drop_during_data > 0:
            behaviour.drop_during_data -= 1
            assert server.transport is not None
            server.transport.abort()
            return "250 never heard"
        if behaviour.data_replies:
            return behaviour.data_replies.pop(0)
        content = envelope.original_content or envelope.content
        assert isinstance(content, bytes)
        with self._server.lock:
            self._server.received.append(
                Received(str(envelope.mail_from), list(envelope.rcpt_tos), content)
            )
        return "250 Message accepted for delivery"


class _RecordingSMTP(SMTP):
    recorder: SmtpServer

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self.transport is None:  # not the STARTTLS upgrade of the same connection
            with self.recorder.lock:
                self.recorder.connections += 1
        super().connection_made(transport)

    async def push(self, status: Any) -> None:
        delay = self.recorder.behaviour.reply_delay
        if delay:
            await asyncio.sleep(delay)
        await super().push(status)

    async def smtp_AUTH(self, arg: str) -> None:
        with self.recorder.lock:
            self.recorder.auth_lines += 1
        await super().smtp_AUTH(arg)


class _Controller(Controller):
    def __init__(self, recorder: SmtpServer, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._recorder = recorder

    def factory(self) -> SMTP:
        server = _RecordingSMTP(self.handler, **self.SMTP_kwargs)
        server.recorder = self._recorder
        return server


class SmtpServer:
    """aiosmtpd on 127.0.0.1: mode "starttls", "tls" (implicit) or "plain" (no STARTTLS)."""

    def __init__(self, cert: Path, key: Path, mode: str = "starttls", oauth: Any = None) -> None:
        self.cert, self.key, self.mode = cert, key, mode
        self.oauth = oauth  # a tests.oauth_server.Provider: offer and check AUTH XOAUTH2
        self.xoauth2: list[XOAuth2Attempt] = []
        self.behaviour = Behaviour()
        self.received: list[Received] = []
        self.connections = 0
        self.auth_lines = 0
        self.lock = threading.Lock()
        self.host = "127.0.0.1"
        self.port = free_port()
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        kwargs: dict[str, Any] = {
            "handler": _Handler(self),
            "hostname": self.host,
            "port": self.port,
            "authenticator": self._authenticate,
            "ready_timeout": 10.0,
        }
        if oauth is None:
            kwargs["auth_exclude_mechanism"] = ["XOAUTH2"]
        if mode == "tls":
            kwargs.update(ssl_context=context, auth_require_tls=False)
        elif mode == "starttls":
            kwargs.update(tls_context=context, require_starttls=True, auth_require_tls=True)
        else:
            kwargs.update(auth_require_tls=False)
        self._controller = _Controller(self, **kwargs)

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        behaviour = self.behaviour
        if behaviour.auth_reply:
            return AuthResult(success=False, handled=False, message=behaviour.auth_reply)
        ok = (
            isinstance(data, LoginPassword)
            and data.login.decode() == USERNAME
            and data.password.decode() == behaviour.password
        )
        if ok:
            return AuthResult(success=True, handled=False)
        return AuthResult(
            success=False, handled=False, message="535 5.7.8 Authentication credentials invalid"
        )

    def __enter__(self) -> SmtpServer:
        self._controller.start()
        with self.lock:
            self.connections = 0  # forget the controller's own readiness probe
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()


class SilentServer:
    """Accepts TCP connections and never says a word (a hung server)."""

    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self._socket = socket.socket()
        self._socket.bind((self.host, 0))
        self._socket.listen(8)
        self.port = int(self._socket.getsockname()[1])

    def __enter__(self) -> SilentServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self._socket.close()
