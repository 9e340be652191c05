"""Signing in with OAuth2 and sending with XOAUTH2, against a real authorization server
(Authlib, on 127.0.0.1) and a real SMTP server that checks the tokens with it."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from nextmove.domain.accounts import AccountData
from nextmove.domain.smtp_errors import Kind
from nextmove.mail import oauth
from nextmove.mail.loopback import SignInCancelledError, SignInTimeoutError
from nextmove.mail.outbox import Outbox
from nextmove.mail.transport import SendError
from nextmove.storage.outbox import OutgoingDraft
from tests.mail.conftest import MemoryKeyring
from tests.oauth_server import CLIENT_ID, SCOPES, Provider, follow
from tests.smtp_server import USERNAME, SmtpServer


@pytest.fixture
def provider() -> Iterator[Provider]:
    with Provider() as server:
        yield server


@pytest.fixture
def oauth_smtp(certificate: tuple[Path, Path], provider: Provider) -> Iterator[SmtpServer]:
    with SmtpServer(*certificate, mode="starttls", oauth=provider) as server:
        yield server


def add_oauth_account(
    outbox: Outbox,
    server: SmtpServer,
    provider: Provider,
    *,
    ca_file: Path | str = "",
    revoke: bool = True,
) -> int:
    return outbox.accounts.add(
        AccountData(
            display_name="Work",
            from_address="sam@example.com",
            host=server.host,
            port=server.port,
            security="tls" if server.mode == "tls" else "starttls",
            username=USERNAME,
            sender_name="Sam Rivera",
            ca_file=str(ca_file),
            auth_kind="oauth",
            oauth_auth_url=provider.auth_url,
            oauth_token_url=provider.token_url,
            oauth_revoke_url=provider.revoke_url if revoke else "",
            oauth_scopes=SCOPES,
            oauth_client_id=CLIENT_ID,
        )
    )


def browser(url: str) -> None:
    """The person's browser: open the address; the provider approves and redirects back."""
    status, page = follow(url)
    assert status == 200, page


def sign_in(outbox: Outbox, account_id: int) -> None:
    outbox.tokens.sign_in(outbox.accounts.get(account_id), browser, timeout=20)


def _draft(account: int, to: str = "alex@example.org") -> OutgoingDraft:
    return OutgoingDraft("thank_you", to, "Thank you", "Thanks!\n\nSam", account_id=account)


def test_sign_in_keeps_only_the_refresh_token_in_the_keyring_and_sends_with_xoauth2(
    outbox: Outbox,
    memory_keyring: MemoryKeyring,
    provider: Provider,
    oauth_smtp: SmtpServer,
    certificate: tuple[Path, Path],
) -> None:
    account = add_oauth_account(outbox, oauth_smtp, provider, ca_file=certificate[0])
    sign_in(outbox, account)

    [refresh_token] = provider.live_refresh_tokens()
    assert memory_keyring.store == {("nextmove", str(account)): refresh_token}
    # The code exchange carried the PKCE verifier; the provider checked it against S256.
    exchange = provider.token_requests[0]
    assert exchange["grant_type"] == "authorization_code"
    assert 43 <= len(exchange["code_verifier"]) <= 128

    message = outbox.queue(_draft(account))
    assert outbox.send_pending().sent == [message]
    [attempt] = oauth_smtp.xoauth2
    assert attempt.accepted
    assert attempt.over_tls
    assert attempt.user == USERNAME
    assert len(oauth_smtp.received) == 1
    assert provider.token_requests[1:] == []  # the fresh access token was used, no refresh


def test_an_expired_access_token_is_refreshed_once_for_a_batch_and_the_rotated_token_kept(
    outbox: Outbox,
    memory_keyring: MemoryKeyring,
    provider: Provider,
    oauth_smtp: SmtpServer,
    certificate: tuple[Path, Path],
) -> None:
    account = add_oauth_account(outbox, oauth_smtp, provider, ca_file=certificate[0])
    sign_in(outbox, account)
    first_refresh = memory_keyring.store[("nextmove", str(account))]
    # An hour passes, for the app and the provider alike.
    outbox.tokens.clock = lambda: time.monotonic() + 3600
    provider.expire_access_tokens()
    ids = [outbox.queue(_draft(account, f"p{i}@example.org")) for i in range(3)]

    result = outbox.send_pending()

    assert result.sent == ids
    assert oauth_smtp.connections == 1
    assert len(oauth_smtp.xoauth2) == 1
    assert outbox.tokens.refreshes == 1
    rotated = memory_keyring.store[("nextmove", str(account))]
    assert rotated != first_refresh
    assert provider.live_refresh_tokens() == [rotated]  # the old one no longer works
    with pytest.raises(oauth.GrantRevokedError):
        oauth.refresh(
            oauth.OAuthConfig(provider.auth_url, provider.token_url, SCOPES, CLIENT_ID),
            first_refresh,
        )


def test_an_access_token_the_server_refuses_early_is_renewed_once(
    outbox: Outbox,
    provider: Provider,
    oauth_smtp: SmtpServer,
    certificate: tuple[Path, Path],
) -> None:
    account = add_oauth_account(outbox, oauth_smtp, provider, ca_file=certificate[0])
    sign_in(outbox, account)
    provider.expire_access_tokens()  # the app still believes its token has an hour left
    message = outbox.queue(_draft(account))

    assert outbox.send_pending().sent == [message]
    assert [a.accepted for a in oauth_smtp.xoauth2] == [False, True]
    assert outbox.tokens.refreshes == 1


def test_a_revoked_grant_holds_the_messages_and_marks_the_account_until_signed_in_again(
    outbox: Outbox,
    provider: Provider,
    oauth_smtp: SmtpServer,
    certificate: tuple[Path, Path],
) -> None:
    account = add_oauth_account(outbox, oauth_smtp, provider, ca_file=certificate[0])
    sign_in(outbox, account)
    provider.revoke_all()  # the person withdrew the app's access at the provider
    outbox.tokens.clock = lambda: time.monotonic() + 3600
    ids = [outbox.queue(_draft(account, f"p{i}@example.org")) for i in range(2)]

    result = outbox.send_pending()

    assert result.held == ids
    assert result.sent == []
    assert result.account_problems[account].kind is Kind.SIGN_IN_AGAIN
    assert outbox.accounts.get(account).signin_needed
    for message in ids:
        row = outbox.messages.get(message)
        assert row is not None
        assert row.state == "queued"
        assert row.needs_attention
        assert row.last_error.startswith("Sign in again")
    assert oauth_smtp.received == []
    assert oauth_smtp.connections == 0
    # Until the person signs in, nothing asks the provider again.
    asked = len(provider.token_requests)
    assert outbox.send_pending().sent == []
    assert len(provider.token_requests) == asked

    outbox.tokens.clock = time.monotonic
    sign_in(outbox, account)
    assert not outbox.accounts.get(account).signin_needed
    outbox.unblock(account)
    assert sorted(outbox.send_pending().sent) == ids
    assert sorted(r.recipients[0] for r in oauth_smtp.received) == [
        "p0@example.org",
        "p1@example.org",
    ]  # each once


def test_a_redirect_with_the_wrong_state_gets_an_error_page_and_the_wait_goes_on(
    outbox: Outbox, provider: Provider, oauth_smtp: SmtpServer, memory_keyring: MemoryKeyring
) -> None:
    account = add_oauth_account(outbox, oauth_smtp, provider)
    pages: list[tuple[int, str]] = []

    def forged_then_real(url: str) -> None:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        redirect = query["redirect_uri"][0]
        pages.append(follow(redirect + "?code=stolen&state=not-the-one"))
        pages.append(follow(url))

    outbox.tokens.sign_in(outbox.accounts.get(account), forged_then_real, timeout=20)

    assert pages[0][0] == 400
    assert "not the one Next Move is waiting for" in pages[0][1]
    assert pages[1][0] == 200
    assert "You are signed in" in pages[1][1]
    assert memory_keyring.store  # the real redirect finished the sign-in
    assert all(r.get("code") != "stolen" for r in provider.token_requests)


def test_the_provider_refuses_an_exchange_without_the_pkce_verifier_or_with_a_wrong_one(
    provider: Provider,
) -> None:
    config = oauth.OAuthConfig(provider.auth_url, provider.token_url, SCOPES, CLIENT_ID)
    codes: list[str] = []
    redirect_uri = "http://127.0.0.1:9/"

    class Catch(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(newurl).query)
            codes.append(query.get("code", [""])[0] or "error:" + query["error"][0])

    opener = urllib.request.build_opener(Catch())
    pkce = oauth.Pkce.new()
    for _ in range(2):
        url = oauth.authorization_url(config, redirect_uri, "some-state", pkce)
        with pytest.raises(urllib.error.HTTPError):
            opener.open(url, timeout=10)
    # Without a code challenge the provider does not even issue a code.
    no_pkce = url.split("&code_challenge=")[0]
    assert "state=some-state" in no_pkce
    with pytest.raises(urllib.error.HTTPError):
        opener.open(no_pkce, timeout=10)
    assert codes[2] == "error:invalid_request"

    with pytest.raises(oauth.OAuthError) as missing:
        oauth.exchange_code(config, codes[0], redirect_uri, "")
    assert missing.value.code == "invalid_request"
    with pytest.raises(oauth.OAuthError) as wrong:
        oauth.exchange_code(config, codes[1], redirect_uri, oauth.Pkce.new().verifier)
    assert wrong.value.code == "invalid_grant"
    assert provider.tokens == []
    # A request without state is refused outright.
    no_state = url.replace("state=some-state", "state=")
    status, _page = follow(no_state)
    assert status == 400


def test_sign_in_can_be_cancelled_or_time_out_and_stores_nothing(
    outbox: Outbox, provider: Provider, oauth_smtp: SmtpServer, memory_keyring: MemoryKeyring
) -> None:
    account = outbox.accounts.get(add_oauth_account(outbox, oauth_smtp, provider))
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    with pytest.raises(SignInCancelledError):
        outbox.tokens.sign_in(account, lambda url: None, timeout=20, cancel=cancel)
    with pytest.raises(SignInTimeoutError):
        outbox.tokens.sign_in(account, lambda url: None, timeout=0.3)
    assert memory_keyring.store == {}
    assert provider.token_requests == []


def test_xoauth2_is_never_sent_without_a_verified_certificate_or_without_starttls(
    outbox: Outbox, provider: Provider, certificate: tuple[Path, Path]
) -> None:
    with SmtpServer(*certificate, mode="starttls", oauth=provider) as server:
        account = add_oauth_account(outbox, server, provider)  # no CA file: not trusted
        sign_in(outbox, account)
        message = outbox.queue(_draft(account))
        result = outbox.send_pending()
        assert result.held == [message]
        assert result.account_problems[account].kind is Kind.CERTIFICATE
        assert server.auth_lines == 0
        assert server.xoauth2 == []
    with SmtpServer(*certificate, mode="plain", oauth=provider) as plain_server:
        other = outbox.accounts.add(
            AccountData(**_data_of(outbox, account, plain_server, certificate))  # type: ignore[arg-type]
        )
        outbox.credentials.save(other, outbox.credentials.get(account) or "")
        with pytest.raises(SendError) as error:
            outbox.check_account(other)
        assert error.value.problem.kind is Kind.NO_STARTTLS
        assert plain_server.auth_lines == 0
        assert plain_server.xoauth2 == []


def _data_of(
    outbox: Outbox, account: int, server: SmtpServer, certificate: tuple[Path, Path]
) -> dict[str, object]:
    row = outbox.accounts.get(account)
    fields = {k: v for k, v in row.__dict__.items() if k not in {"id", "signin_needed"}}
    return fields | {"display_name": "Plain", "port": server.port, "ca_file": str(certificate[0])}


def test_removing_the_account_revokes_the_grant_and_empties_the_keyring(
    outbox: Outbox,
    memory_keyring: MemoryKeyring,
    provider: Provider,
    oauth_smtp: SmtpServer,
) -> None:
    account = add_oauth_account(outbox, oauth_smtp, provider)
    sign_in(outbox, account)
    assert outbox.tokens.sign_out(outbox.accounts.get(account))
    assert provider.revocations == 1
    assert provider.live_refresh_tokens() == []
    assert memory_keyring.store == {}


def test_a_plain_http_provider_is_refused_unless_it_is_on_this_computer() -> None:
    remote = oauth.OAuthConfig(
        "http://login.example.com/authorize", "https://login.example.com/token", "a", "id"
    )
    with pytest.raises(oauth.OAuthError) as error:
        oauth.authorization_url(remote, "http://127.0.0.1:1/", "s", oauth.Pkce.new())
    assert "https://" in error.value.message
    with pytest.raises(oauth.OAuthError):
        oauth.refresh(remote, "r")


def test_two_threads_needing_a_token_at_once_refresh_only_once(
    outbox: Outbox,
    memory_keyring: MemoryKeyring,
    provider: Provider,
    oauth_smtp: SmtpServer,
) -> None:
    account = add_oauth_account(outbox, oauth_smtp, provider)
    sign_in(outbox, account)
    outbox.tokens.clock = lambda: time.monotonic() + 3600
    row = outbox.accounts.get(account)
    tokens: list[str] = []
    errors: list[BaseException] = []

    def need_token() -> None:
        try:
            tokens.append(outbox.tokens.access_token(row))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=need_token) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    outbox.tokens.clock = time.monotonic

    assert errors == []
    assert len(set(tokens)) == 1
    assert [r["grant_type"] for r in provider.token_requests].count("refresh_token") == 1
    assert not outbox.accounts.get(account).signin_needed
    assert memory_keyring.store[("nextmove", str(account))] == provider.live_refresh_tokens()[0]


def test_a_localhost_redirect_is_answered_on_ipv4_and_where_possible_ipv6() -> None:
    import socket as _socket

    from nextmove.mail.loopback import RedirectListener

    with RedirectListener("s1", host_name="localhost") as listener:
        assert listener.redirect_uri == f"http://localhost:{listener.port}/"
        status, _page = follow(f"http://127.0.0.1:{listener.port}/?code=c&state=wrong")
        assert status == 400
        if _socket.has_ipv6:
            try:
                status, _page = follow(f"http://[::1]:{listener.port}/?code=c&state=s1")
            except OSError:
                status = 0  # no IPv6 loopback on this machine
            if status:
                assert status == 200
                assert listener.wait(1).code == "c"


def test_saying_no_at_the_provider_ends_the_sign_in_with_plain_words(
    outbox: Outbox, provider: Provider, oauth_smtp: SmtpServer, memory_keyring: MemoryKeyring
) -> None:
    account = outbox.accounts.get(add_oauth_account(outbox, oauth_smtp, provider))

    def person_says_no(url: str) -> None:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        back = (
            query["redirect_uri"][0]
            + "?"
            + urllib.parse.urlencode({"error": "access_denied", "state": query["state"][0]})
        )
        status, page = follow(back)
        assert status == 200
        assert "Signing in did not finish" in page

    with pytest.raises(oauth.OAuthError) as refused:
        outbox.tokens.sign_in(account, person_says_no, timeout=20)
    assert refused.value.message == "You did not allow Next Move to send mail."
    assert memory_keyring.store == {}
    assert provider.token_requests == []
