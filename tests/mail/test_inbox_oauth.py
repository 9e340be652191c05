"""An OAuth account reads its inbox with the sign-in it sends with: a real Dovecot that checks
each XOAUTH2 token with a real Authlib provider (its oauth2 passdb asks the provider's token
introspection endpoint), and the outbox's own token manager."""

from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path

import pytest

from nextmove.domain.accounts import AccountData
from nextmove.domain.inbox.settings import InboxSettings
from nextmove.mail.imap import Failure, ImapError, ImapReader, ImapSettings, xoauth2_login
from nextmove.mail.inbox_scan import InboxScanner
from nextmove.mail.outbox import Outbox
from nextmove.storage.inbox import InboxRepository
from tests.imap_server import Dovecot
from tests.inbox_support import corpus_messages
from tests.mail.conftest import MemoryKeyring
from tests.oauth_server import CLIENT_ID, SCOPES, Provider, follow, leak_forms


@pytest.fixture
def provider(imap_oauth_provider: Provider) -> Provider:
    return imap_oauth_provider


@pytest.fixture
def user(oauth_dovecot: Dovecot, provider: Provider) -> str:
    name = oauth_dovecot.add_user()
    provider.subject = name  # the provider's tokens belong to this mailbox's owner
    return name


def add_oauth_reader(
    outbox: Outbox,
    server: Dovecot,
    provider: Provider,
    user: str,
    *,
    security: str = "tls",
    port: int | None = None,
    trust: bool = True,
) -> int:
    account_id = outbox.accounts.add(
        AccountData(
            display_name="Work",
            from_address="sam@example.com",
            host="127.0.0.1",
            port=587,
            security="starttls",
            username=user,
            sender_name="Sam Rivera",
            ca_file=str(server.cert) if trust else "",
            auth_kind="oauth",
            oauth_auth_url=provider.auth_url,
            oauth_token_url=provider.token_url,
            oauth_revoke_url=provider.revoke_url,
            oauth_scopes=SCOPES,
            oauth_client_id=CLIENT_ID,
        )
    )
    default = server.imaps_port if security == "tls" else server.imap_port
    InboxRepository(outbox.database).save_settings(
        account_id, InboxSettings(True, "127.0.0.1", port or default, security)
    )
    return account_id


def sign_in(outbox: Outbox, account_id: int) -> None:
    def browser(url: str) -> None:
        status, page = follow(url)
        assert status == 200, page

    outbox.tokens.sign_in(outbox.accounts.get(account_id), browser, timeout=20)


def scanner_of(outbox: Outbox) -> InboxScanner:
    """The scanner as the window and `nextmove inbox scan` build it: the outbox's tokens."""
    return InboxScanner(outbox.database, outbox.credentials, tokens=outbox.tokens)


def logins(server: Dovecot, user: str) -> list[str]:
    return [line for line in server.log().splitlines() if "Login: " in line and f"<{user}>" in line]


def test_an_oauth_account_reads_new_mail_with_the_token_it_sends_with(
    outbox: Outbox, provider: Provider, oauth_dovecot: Dovecot, user: str
) -> None:
    account = add_oauth_reader(outbox, oauth_dovecot, provider, user)
    sign_in(outbox, account)
    requests_after_sign_in = len(provider.token_requests)
    asked = len(provider.introspected)
    oauth_dovecot.deliver(user, corpus_messages()[:6])
    before = oauth_dovecot.flags(user)

    first = scanner_of(outbox).scan(account)

    assert first.read == 6
    assert oauth_dovecot.flags(user) == before  # still read-only
    [login] = logins(oauth_dovecot, user)
    assert "method=XOAUTH2" in login
    assert "TLS" in login
    # The access token from signing in was used as it was: no refresh, one token checked.
    assert len(provider.token_requests) == requests_after_sign_in
    assert outbox.tokens.refreshes == 0
    [checked] = provider.introspected[asked:]
    assert checked == outbox.tokens.access_token(outbox.accounts.get(account))

    oauth_dovecot.deliver(user, corpus_messages()[6:8])
    again = scanner_of(outbox).scan(account)
    assert again.read == 2  # only the new mail
    assert len(provider.token_requests) == requests_after_sign_in


def test_starttls_reads_too_with_xoauth2_after_the_handshake(
    outbox: Outbox, provider: Provider, oauth_dovecot: Dovecot, user: str
) -> None:
    account = add_oauth_reader(outbox, oauth_dovecot, provider, user, security="starttls")
    sign_in(outbox, account)
    oauth_dovecot.deliver(user, corpus_messages()[:2])

    assert scanner_of(outbox).scan(account).read == 2
    [login] = logins(oauth_dovecot, user)
    assert "method=XOAUTH2" in login
    assert "TLS" in login


def test_an_expired_access_token_is_refreshed_once_and_the_rotated_one_kept(
    outbox: Outbox,
    memory_keyring: MemoryKeyring,
    provider: Provider,
    oauth_dovecot: Dovecot,
    user: str,
) -> None:
    account = add_oauth_reader(outbox, oauth_dovecot, provider, user)
    sign_in(outbox, account)
    first_refresh = memory_keyring.store[("nextmove", str(account))]
    # An hour passes, for the app and the provider alike.
    outbox.tokens.clock = lambda: time.monotonic() + 3600
    provider.expire_access_tokens()
    oauth_dovecot.deliver(user, corpus_messages()[:3])

    assert scanner_of(outbox).scan(account).read == 3
    assert outbox.tokens.refreshes == 1
    rotated = memory_keyring.store[("nextmove", str(account))]
    assert rotated != first_refresh
    assert len(logins(oauth_dovecot, user)) == 1


def test_a_token_the_server_refuses_early_is_renewed_once(
    outbox: Outbox, provider: Provider, oauth_dovecot: Dovecot, user: str
) -> None:
    account = add_oauth_reader(outbox, oauth_dovecot, provider, user)
    sign_in(outbox, account)
    provider.expire_access_tokens()  # the app still believes its token has an hour left
    asked = len(provider.introspected)
    oauth_dovecot.deliver(user, corpus_messages()[:2])

    assert scanner_of(outbox).scan(account).read == 2
    assert outbox.tokens.refreshes == 1
    assert len(provider.introspected) - asked == 2  # the refused token, then the renewed one


@pytest.mark.parametrize("app_knows", [True, False], ids=["token-expired", "token-still-cached"])
def test_a_revoked_grant_marks_the_account_and_refuses_the_scan_in_one_line(
    outbox: Outbox,
    provider: Provider,
    oauth_dovecot: Dovecot,
    user: str,
    caplog: pytest.LogCaptureFixture,
    app_knows: bool,
) -> None:
    caplog.set_level(logging.DEBUG)
    account = add_oauth_reader(outbox, oauth_dovecot, provider, user)
    sign_in(outbox, account)
    oauth_dovecot.deliver(user, corpus_messages()[:4])
    provider.revoke_all()  # the person withdrew the app's access at the provider
    if app_knows:
        outbox.tokens.clock = lambda: time.monotonic() + 3600

    with pytest.raises(ImapError) as refused:
        scanner_of(outbox).scan(account)

    error = refused.value
    assert error.failure is Failure.SIGN_IN_AGAIN
    assert error.message.startswith("Sign in again")
    assert "\n" not in error.message
    assert outbox.accounts.get(account).signin_needed  # the same mark sending shows
    assert InboxRepository(outbox.database).findings() == []
    secrets = leak_forms(provider.issued_secrets(), user)
    # The app's own log (the test provider's log is its business).
    app_log = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("nextmove"))
    assert "refused the refresh token" in app_log
    assert not any(s in error.message or s in app_log for s in secrets)
    # Until the person signs in, neither the provider nor the mail server is asked again.
    requests, asked = len(provider.token_requests), len(provider.introspected)
    with pytest.raises(ImapError):
        scanner_of(outbox).scan(account)
    assert (len(provider.token_requests), len(provider.introspected)) == (requests, asked)

    outbox.tokens.clock = time.monotonic
    sign_in(outbox, account)
    assert scanner_of(outbox).scan(account).read == 4  # nothing was lost


def test_xoauth2_is_not_sent_to_a_server_whose_certificate_is_not_trusted(
    outbox: Outbox, provider: Provider, oauth_dovecot: Dovecot, user: str
) -> None:
    account = add_oauth_reader(outbox, oauth_dovecot, provider, user, trust=False)
    sign_in(outbox, account)
    asked = len(provider.introspected)

    with pytest.raises(ImapError) as refused:
        scanner_of(outbox).scan(account)

    assert refused.value.failure is Failure.CERTIFICATE
    assert len(provider.introspected) == asked  # the token never reached the server
    assert logins(oauth_dovecot, user) == []


class PlainImap:
    """A cleartext IMAP listener on loopback that offers XOAUTH2 but no STARTTLS, and records
    every byte a client sends (a server that would take the token in the clear)."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.received = b""
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> PlainImap:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._listener.close()
        self._thread.join(5)

    def _serve(self) -> None:
        try:
            client, _ = self._listener.accept()
        except OSError:
            return
        with client:
            client.sendall(b"* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] ready\r\n")
            buffer = b""
            while True:
                try:
                    data = client.recv(4096)
                except OSError:
                    return
                if not data:
                    return
                self.received += data
                buffer += data
                while b"\r\n" in buffer:
                    line, buffer = buffer.split(b"\r\n", 1)
                    tag = line.split(b" ", 1)[0]
                    if b"CAPABILITY" in line.upper():
                        client.sendall(b"* CAPABILITY IMAP4rev1 AUTH=XOAUTH2\r\n")
                        client.sendall(tag + b" OK done\r\n")
                    elif b"LOGOUT" in line.upper():
                        client.sendall(b"* BYE\r\n" + tag + b" OK bye\r\n")
                        return
                    else:
                        client.sendall(b"+ \r\n")


def test_xoauth2_is_never_sent_before_tls(
    outbox: Outbox, provider: Provider, oauth_dovecot: Dovecot, user: str
) -> None:
    account = add_oauth_reader(outbox, oauth_dovecot, provider, user, security="starttls")
    sign_in(outbox, account)
    token = outbox.tokens.access_token(outbox.accounts.get(account))
    secrets = leak_forms([token], user)

    # A server without STARTTLS: the scan stops before signing in.
    with PlainImap() as plain:
        InboxRepository(outbox.database).save_settings(
            account, InboxSettings(True, "127.0.0.1", plain.port, "starttls")
        )
        with pytest.raises(ImapError) as refused:
            scanner_of(outbox).scan(account)
    assert refused.value.failure is Failure.NO_STARTTLS
    assert b"AUTHENTICATE" not in plain.received.upper()
    assert not any(s.encode() in plain.received for s in secrets)

    # Even handed a cleartext connection directly, the XOAUTH2 step sends nothing.
    import imaplib

    with PlainImap() as plain:
        connection = imaplib.IMAP4("127.0.0.1", plain.port, timeout=5)
        with pytest.raises(ImapError) as cleartext:
            xoauth2_login(user, token)(connection)
        connection.logout()
    assert cleartext.value.failure is Failure.TLS
    assert b"AUTHENTICATE" not in plain.received.upper()
    assert not any(s.encode() in plain.received for s in secrets)


def test_a_token_the_provider_never_issued_is_refused_by_dovecot(
    oauth_dovecot: Dovecot, user: str, tmp_path: Path
) -> None:
    """The server really checks: a made-up bearer token does not open the mailbox."""
    settings = ImapSettings(
        "127.0.0.1", oauth_dovecot.imaps_port, "tls", user, str(oauth_dovecot.cert)
    )
    with pytest.raises(ImapError) as refused:
        ImapReader(settings, xoauth2_login(user, "not-a-token-the-provider-issued"), timeout=10)
    assert refused.value.failure is Failure.AUTH
    assert logins(oauth_dovecot, user) == []
