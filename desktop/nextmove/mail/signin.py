"""Signing an OAuth account in, keeping its access token fresh, and signing it out.

Only the refresh token is kept, in the OS keyring under the account's id (the same place a
password goes). Access tokens live in this object's memory and are refreshed a little before
they expire; a rotated refresh token replaces the stored one at once. A refresh the provider
refuses as `invalid_grant` marks the account "Sign in again" in the database, so its messages
are held (not failed) until the person signs in.

Everything here blocks on the network or the keyring: callers run it on a worker.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from nextmove.domain.accounts import AccountRow
from nextmove.domain.oauth import preset_for_urls
from nextmove.domain.smtp_errors import Kind, Problem, Scope, plain
from nextmove.mail import client_ids, oauth
from nextmove.mail.credentials import CredentialStore
from nextmove.mail.loopback import SIGN_IN_TIMEOUT, RedirectListener
from nextmove.mail.transport import Connection, SendError, ServerSettings
from nextmove.storage.accounts import AccountRepository

log = logging.getLogger(__name__)
REFRESH_MARGIN = 120.0  # seconds before expiry when a token is renewed instead of used


def config_of(
    account: AccountRow, default_client_id: Callable[[str], str] = client_ids.client_id
) -> oauth.OAuthConfig:
    """The account's OAuth settings; a preset account without its own client id uses the
    provider's client-id setting (environment, settings.ini, or built in)."""
    chosen = account.oauth_client_id
    preset = preset_for_urls(account.oauth_auth_url, account.oauth_token_url)
    if not chosen and preset is not None:
        chosen = default_client_id(preset.key)
    return oauth.OAuthConfig(
        auth_url=account.oauth_auth_url,
        token_url=account.oauth_token_url,
        scopes=account.oauth_scopes,
        client_id=chosen,
        revoke_url=account.oauth_revoke_url,
        ca_file=account.ca_file,
        login_hint=account.username,
    )


def _failed(error: oauth.OAuthError) -> Problem:
    if error.code == "network":
        return plain(Kind.UNREACHABLE, "the sign-in server")
    return Problem(Kind.SIGN_IN_FAILED, error.message, False, Scope.ACCOUNT)


class AccessTokens:
    """Access tokens per account, in memory only."""

    def __init__(
        self,
        accounts: AccountRepository,
        credentials: CredentialStore,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._accounts = accounts
        self.credentials = credentials
        self.clock = clock  # replaceable: tests let time pass
        self._lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        # Account id -> (its tokens, when the access token expires on `clock`).
        self._tokens: dict[int, tuple[oauth.Tokens, float]] = {}
        # The provider's client-id setting, for accounts that have none of their own.
        self.default_client_id: Callable[[str], str] = client_ids.client_id
        self.refreshes = 0  # how many times the token endpoint was asked (tests, benchmarks)

    def forget(self, account_id: int) -> None:
        with self._lock:
            self._tokens.pop(account_id, None)

    def access_token(self, account: AccountRow, *, fresh: bool = False) -> str:
        """A valid access token; SendError with a plain-words Problem when there is none."""
        if account.signin_needed:
            raise SendError(plain(Kind.SIGN_IN_AGAIN))
        with self._lock:
            cached = self._tokens.get(account.id)
        if cached and not fresh and cached[1] - REFRESH_MARGIN > self.clock():
            return cached[0].access_token
        # One refresh at a time: with rotation, two refreshes with the same refresh token
        # would make the provider refuse the second and the account would look revoked.
        with self._refresh_lock:
            with self._lock:
                renewed = self._tokens.get(account.id)
            fresh_enough = renewed is not None and renewed[1] - REFRESH_MARGIN > self.clock()
            if renewed is not None and renewed is not cached and fresh_enough:
                return renewed[0].access_token  # another thread has just refreshed it
            return self._refresh(account)

    def _refresh(self, account: AccountRow) -> str:
        refresh_token = self.credentials.get(account.id)
        if not refresh_token:
            raise SendError(plain(Kind.NOT_SIGNED_IN))
        try:
            tokens = oauth.refresh(config_of(account, self.default_client_id), refresh_token)
        except oauth.GrantRevokedError:
            log.info("account %s: the provider refused the refresh token", account.id)
            self.forget(account.id)
            self._accounts.set_signin_needed(account.id, True)
            raise SendError(plain(Kind.SIGN_IN_AGAIN)) from None
        except oauth.OAuthError as error:
            log.info("account %s: refreshing failed (%s)", account.id, error.code)
            raise SendError(_failed(error)) from None
        self.refreshes += 1
        if tokens.refresh_token != refresh_token:  # rotated: the old one no longer works
            self.credentials.save(
                account.id,
                tokens.refresh_token,
                session_only=self.credentials.is_session_only(account.id),
            )
        with self._lock:
            self._tokens[account.id] = (tokens, self.clock() + tokens.expires_in)
        return tokens.access_token

    def connect(
        self, account: AccountRow, settings: ServerSettings, *, timeout: float
    ) -> Connection:
        """An SMTP connection signed in with XOAUTH2. A token the server refuses is renewed
        once (it may have been revoked early); a second refusal is the account's problem."""
        token = self.access_token(account)
        try:
            return Connection(settings, token, timeout=timeout, xoauth2=True)
        except SendError as error:
            if error.problem.kind is not Kind.AUTH_REFUSED:
                raise
        token = self.access_token(account, fresh=True)
        try:
            return Connection(settings, token, timeout=timeout, xoauth2=True)
        except SendError as error:
            if error.problem.kind is not Kind.AUTH_REFUSED:
                raise
            raise SendError(
                Problem(
                    Kind.AUTH_REFUSED,
                    "The server refused this account's sign-in although the provider "
                    "issued it: check the user name, and that the app is allowed to send "
                    f"mail for this account. ({error.problem.code})",
                    False,
                    Scope.ACCOUNT,
                    error.problem.code,
                )
            ) from None

    def sign_in(
        self,
        account: AccountRow,
        open_browser: Callable[[str], object],
        *,
        timeout: float = SIGN_IN_TIMEOUT,
        cancel: threading.Event | None = None,
        session_only: bool = False,
    ) -> None:
        """Run the whole sign-in: browser, redirect, code exchange, refresh token to the keyring.

        Raises oauth.OAuthError (refused, misconfigured), loopback.SignInCancelledError or
        loopback.SignInTimeoutError, or credentials.KeyringUnavailableError.
        """
        config = config_of(account, self.default_client_id)
        oauth.check_config(config)
        state, pkce = oauth.new_state(), oauth.Pkce.new()
        with RedirectListener(state, host_name=config.redirect_host) as listener:
            url = oauth.authorization_url(config, listener.redirect_uri, state, pkce)
            open_browser(url)
            redirect = listener.wait(timeout, cancel)
        if redirect.error:
            if redirect.error == "access_denied":
                raise oauth.OAuthError("You did not allow Next Move to send mail.", "denied")
            raise oauth.OAuthError(
                f"The provider did not sign you in ({redirect.error}).", redirect.error
            )
        tokens = oauth.exchange_code(config, redirect.code, listener.redirect_uri, pkce.verifier)
        self.credentials.save(account.id, tokens.refresh_token, session_only=session_only)
        with self._lock:
            self._tokens[account.id] = (tokens, self.clock() + tokens.expires_in)
        self._accounts.set_signin_needed(account.id, False)

    def sign_out(self, account: AccountRow) -> bool:
        """Revoke at the provider where it can be done, then forget the token everywhere.

        True when the provider confirmed the revocation. The keyring entry goes in any case.
        """
        revoked = False
        refresh_token = self.credentials.get(account.id)
        if refresh_token and account.oauth_revoke_url:
            try:
                revoked = oauth.revoke(config_of(account, self.default_client_id), refresh_token)
            except oauth.OAuthError as error:
                log.info("account %s: revoking failed (%s)", account.id, error.code)
        self.forget(account.id)
        self.credentials.delete(account.id)
        return revoked
