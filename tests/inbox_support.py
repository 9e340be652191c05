"""Helpers shared by the inbox tests and benchmark: the corpus's applications in a real
database, and a mail account that reads a real Dovecot user's INBOX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from nextmove.domain.accounts import AccountData
from nextmove.domain.application import ApplicationData
from nextmove.domain.contact import ContactData
from nextmove.domain.inbox.settings import InboxSettings
from nextmove.domain.status import Status
from nextmove.mail.credentials import CredentialStore
from nextmove.storage.accounts import AccountRepository
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.contacts import ContactRepository
from nextmove.storage.database import Database
from nextmove.storage.inbox import InboxRepository
from tests.imap_server import PASSWORD, Dovecot
from tests.inbox_corpus import CORPUS

TODAY = date(2026, 11, 5)


def add_corpus_applications(database: Database) -> dict[str, int]:
    """The corpus manifest's applications and contacts; returns key -> application id."""
    import json

    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    apps = ApplicationRepository(database)
    contacts = ContactRepository(database)
    ids: dict[str, int] = {}
    for app in manifest["applications"]:
        data = ApplicationData(
            company=app["company"],
            role=app["role"],
            status=Status.APPLIED,
            applied_on=date(2026, 10, 1),
        )
        ids[app["key"]] = apps.add(data, TODAY)
        for person in app["contacts"]:
            contacts.add(ContactData(person["name"], person["email"]), link_to=ids[app["key"]])
    return ids


def corpus_messages() -> list[bytes]:
    return [path.read_bytes() for path in sorted(CORPUS.glob("*.eml"))]


def add_imap_account(
    database: Database,
    credentials: CredentialStore,
    server: Dovecot,
    user: str,
    *,
    port: int | None = None,
    security: str = "tls",
    trust: bool = True,
    password: str = PASSWORD,
    name: str = "Work",
) -> int:
    """A password account whose inbox is the Dovecot user's; its password in `credentials`."""
    account_id = AccountRepository(database).add(
        AccountData(
            display_name=name,
            from_address="sam.rivera@example.com",
            host="127.0.0.1",
            port=465,
            security="tls",
            username=user,
            sender_name="Sam Rivera",
            ca_file=str(server.cert) if trust else "",
        )
    )
    default_port = server.imaps_port if security == "tls" else server.imap_port
    InboxRepository(database).save_settings(
        account_id, InboxSettings(True, "127.0.0.1", port or default_port, security)
    )
    credentials.save(account_id, password)
    return account_id


def corpus_path(name: str) -> Path:
    return CORPUS / name
