"""Mail fixtures: a certificate, real SMTP servers, an open data folder with an account."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from nextmove.domain.accounts import AccountData
from nextmove.mail.credentials import CredentialStore
from nextmove.mail.outbox import Outbox
from nextmove.storage.database import Database, DataPaths, open_database
from tests.smtp_server import USERNAME, SmtpServer, make_certificate


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring that claims to be secure (unit tests only; see test_credentials)."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def smtp_server(certificate: tuple[Path, Path]) -> Iterator[SmtpServer]:
    with SmtpServer(*certificate, mode="starttls") as server:
        yield server


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[SmtpServer]:
    with SmtpServer(*certificate, mode="tls") as server:
        yield server


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_database(DataPaths(data_dir))
    yield database
    database.close()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def outbox(db: Database, memory_keyring: MemoryKeyring, clock: Clock) -> Outbox:
    return Outbox(db, CredentialStore(memory_keyring), timeout=3.0, clock=clock)


def add_account(
    outbox: Outbox,
    server: SmtpServer,
    *,
    ca_file: Path | str = "",
    password: str | None = None,
    name: str = "Work",
    auto_send: bool = False,
) -> int:
    from tests.smtp_server import PASSWORD

    account_id = outbox.accounts.add(
        AccountData(
            display_name=name,
            from_address="sam@example.com",
            host=server.host,
            port=server.port,
            security="tls" if server.mode == "tls" else "starttls",
            username=USERNAME,
            sender_name="Sam Rivera",
            ca_file=str(ca_file),
            auto_send=auto_send,
        )
    )
    outbox.credentials.save(account_id, password if password is not None else PASSWORD)
    return account_id
