"""A real SMTP server on 127.0.0.1 for tests and benchmarks (aiosmtpd, TLS, AUTH).

`SmtpServer` records what a real provider would see: every connection, every AUTH line, every
message accepted. Switches make it misbehave the ways providers do: refuse a password, answer
4xx or 5xx, drop the connection during DATA, answer every command late, or never say hello.
"""

from __future__ import annotations

import asyncio
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
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

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


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self._server = server

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

    def __init__(self, cert: Path, key: Path, mode: str = "starttls") -> None:
        self.cert, self.key, self.mode = cert, key, mode
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
