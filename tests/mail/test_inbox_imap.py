"""Scanning a real Dovecot INBOX: read-only, incremental, and safe when things go wrong."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nextmove.domain.inbox import Kind
from nextmove.mail.credentials import CredentialStore
from nextmove.mail.imap import READ_ONLY_COMMANDS, Failure, ImapError
from nextmove.mail.inbox_scan import InboxScanner
from nextmove.storage.database import Database
from nextmove.storage.inbox import InboxRepository
from tests.imap_server import PASSWORD, Dovecot, DroppingProxy
from tests.inbox_support import add_corpus_applications, add_imap_account, corpus_messages
from tests.mail.conftest import MemoryKeyring

CHANGING = (
    "STORE",
    "UID STORE",
    "COPY",
    "UID COPY",
    "MOVE",
    "UID MOVE",
    "EXPUNGE",
    "UID EXPUNGE",
    "SELECT",
    "APPEND",
    "DELETE",
    "RENAME",
    "CREATE",
    "CLOSE",
)


@pytest.fixture
def credentials(memory_keyring: MemoryKeyring) -> CredentialStore:
    return CredentialStore(memory_keyring)


@pytest.fixture
def user(dovecot: Dovecot) -> str:
    return dovecot.add_user()


def _scanner(db: Database, credentials: CredentialStore, **kwargs: object) -> InboxScanner:
    return InboxScanner(db, credentials, **kwargs)  # type: ignore[arg-type]


def test_a_scan_reports_replies_and_leaves_every_flag_as_it_was(
    db: Database, credentials: CredentialStore, dovecot: Dovecot, user: str
) -> None:
    ids = add_corpus_applications(db)
    messages = corpus_messages()[:20]
    dovecot.deliver(user, messages)
    account = add_imap_account(db, credentials, dovecot, user)
    before = dovecot.flags(user)
    assert not any("\\Seen" in flags for flags in before.values())

    result = InboxScanner(db, credentials).scan(account)

    assert result.read == 20
    assert result.added == 20
    assert dovecot.flags(user) == before  # no \Seen, nothing deleted
    assert dovecot.count(user) == 20
    sent = dovecot.commands(user)
    assert "EXAMINE" in sent
    assert "UID FETCH" in sent
    assert not set(sent) & set(CHANGING), sent
    assert {name.split()[0] for name in sent} <= READ_ONLY_COMMANDS
    first = InboxRepository(db).findings()
    rejections = [row for row in first if row.kind is Kind.REJECTION]
    assert rejections, first
    acme = next(row for row in rejections if row.subject == "Your application for Data Analyst")
    assert acme.application_id == ids["acme_da"]
    assert acme.evidence.startswith("After careful consideration, we have decided")


def test_the_next_scan_reads_only_new_mail(
    db: Database, credentials: CredentialStore, dovecot: Dovecot, user: str
) -> None:
    messages = corpus_messages()
    dovecot.deliver(user, messages[:5])
    account = add_imap_account(db, credentials, dovecot, user)
    scanner = InboxScanner(db, credentials)
    assert scanner.scan(account).read == 5
    assert scanner.scan(account).read == 0
    dovecot.deliver(user, messages[5:8])
    again = scanner.scan(account)
    assert (again.read, again.added) == (3, 3)
    assert InboxRepository(db).count(account) == 8
    assert InboxRepository(db).position(account).last_uid == 8


def test_a_new_uidvalidity_reads_again_without_duplicates(
    db: Database, credentials: CredentialStore, dovecot: Dovecot, user: str
) -> None:
    messages = corpus_messages()
    dovecot.deliver(user, messages[:6])
    account = add_imap_account(db, credentials, dovecot, user)
    scanner = InboxScanner(db, credentials)
    scanner.scan(account)
    dovecot.set_uidvalidity(user, 424242)
    dovecot.deliver(user, messages[6:7])

    result = scanner.scan(account)

    assert result.started_over
    assert (result.read, result.added) == (7, 1)
    assert InboxRepository(db).count(account) == 7
    assert InboxRepository(db).position(account).uidvalidity == 424242


def test_a_connection_dropped_mid_fetch_is_recovered_by_the_next_scan(
    db: Database, credentials: CredentialStore, dovecot: Dovecot, user: str
) -> None:
    messages = corpus_messages()[:30]
    dovecot.deliver(user, messages)
    repo = InboxRepository(db)
    with DroppingProxy(dovecot.imaps_port, cut_after=14_000) as proxy:
        account = add_imap_account(db, credentials, dovecot, user, port=proxy.port)
        with pytest.raises(ImapError) as dropped:
            InboxScanner(db, credentials, batch=4).scan(account)
        assert dropped.value.failure in {Failure.DROPPED, Failure.TLS}
        assert proxy.cuts >= 1
    part = repo.count(account)
    assert 0 < part < 30

    from nextmove.domain.inbox.settings import InboxSettings

    repo.save_settings(account, InboxSettings(True, "127.0.0.1", dovecot.imaps_port, "tls"))
    result = InboxScanner(db, credentials, batch=4).scan(account)

    assert result.read == 30 - part
    assert repo.count(account) == 30
    keys = [row.message_id for row in repo.findings(states=("new",), limit=100)]
    assert len(keys) == len(set(keys))


@pytest.fixture
def own_dovecot(dovecot: Dovecot) -> Iterator[Dovecot]:
    """A server of its own: a refused password makes Dovecot slow down every later sign-in
    from 127.0.0.1 for a while, which other tests must not feel."""
    server = Dovecot.in_temporary_folder(dovecot.cert, dovecot.key).start()
    yield server
    server.stop()
    server.remove()


def test_a_wrong_password_is_refused_in_plain_words(
    db: Database, credentials: CredentialStore, own_dovecot: Dovecot
) -> None:
    user = own_dovecot.add_user()
    account = add_imap_account(db, credentials, own_dovecot, user, password="not it")
    with pytest.raises(ImapError) as refused:
        InboxScanner(db, credentials).scan(account)
    assert refused.value.failure is Failure.AUTH
    assert "user name or password" in refused.value.message
    assert "not it" not in refused.value.message
    assert PASSWORD not in refused.value.message
    assert InboxRepository(db).count(account) == 0


def test_an_untrusted_certificate_is_refused_before_signing_in(
    db: Database, credentials: CredentialStore, dovecot: Dovecot, user: str
) -> None:
    dovecot.deliver(user, corpus_messages()[:1])
    account = add_imap_account(db, credentials, dovecot, user, trust=False)
    with pytest.raises(ImapError) as refused:
        InboxScanner(db, credentials).scan(account)
    assert refused.value.failure is Failure.CERTIFICATE
    assert dovecot.commands(user) == []  # never signed in
    starttls = add_imap_account(
        db, credentials, dovecot, user, security="starttls", trust=False, name="Other"
    )
    with pytest.raises(ImapError) as again:
        InboxScanner(db, credentials).scan(starttls)
    assert again.value.failure is Failure.CERTIFICATE


def test_starttls_on_port_143_reads_the_same_inbox(
    db: Database, credentials: CredentialStore, dovecot: Dovecot, user: str
) -> None:
    dovecot.deliver(user, corpus_messages()[:3])
    account = add_imap_account(db, credentials, dovecot, user, security="starttls")
    assert InboxScanner(db, credentials).scan(account).read == 3
