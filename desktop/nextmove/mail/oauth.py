"""OAuth2 for mail accounts: authorization code with PKCE, token exchange, refresh, revocation.

One code path for every provider (Microsoft, Google, a company server, the tests' local
provider): only the addresses and scopes differ. Requests go over https with certificate
verification (the account's own CA file replaces the system's when given); plain http is
accepted only on a loopback host. No token is logged, printed or put in an exception: errors
carry the provider's error code and a sentence for the person.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from nextmove.domain.oauth import preset_for_urls, url_problem

HTTP_TIMEOUT = 20.0


@dataclass(frozen=True)
class OAuthConfig:
    """What signing in needs to know about a provider, for one account."""

    auth_url: str
    token_url: str
    scopes: str
    client_id: str
    revoke_url: str = ""
    ca_file: str = ""
    login_hint: str = ""

    @property
    def extra(self) -> tuple[tuple[str, str], ...]:
        preset = preset_for_urls(self.auth_url, self.token_url)
        return preset.extra if preset else ()

    @property
    def redirect_host(self) -> str:
        """Microsoft registers http://localhost, Google and the RFC prefer 127.0.0.1."""
        preset = preset_for_urls(self.auth_url, self.token_url)
        return preset.redirect_host if preset else "127.0.0.1"


@dataclass(frozen=True)
class Tokens:
    access_token: str
    expires_in: float  # seconds the access token lives, from when it was issued
    refresh_token: str  # a new one when the provider rotated it, else the one used

    def __repr__(self) -> str:  # never show a token in a traceback or a log line
        return f"Tokens(expires_in={self.expires_in:.0f})"


class OAuthError(Exception):
    """Signing in or refreshing failed; `message` is for the person, `code` for the log."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class GrantRevokedError(OAuthError):
    """The refresh token no longer works (revoked, expired, password changed): sign in again."""


@dataclass(frozen=True)
class Pkce:
    verifier: str
    challenge: str

    @staticmethod
    def new() -> Pkce:
        verifier = secrets.token_urlsafe(64)  # 86 characters, within RFC 7636's 43..128
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
        return Pkce(verifier, challenge)


def new_state() -> str:
    return secrets.token_urlsafe(24)


def check_config(config: OAuthConfig) -> None:
    """Refuse addresses that are not https:// (http:// only on loopback) before any request."""
    for url, label in (
        (config.auth_url, "authorization address"),
        (config.token_url, "token address"),
    ):
        problem = url_problem(url, label=label)
        if problem:
            raise OAuthError(problem, "bad_url")
    if config.revoke_url:
        problem = url_problem(config.revoke_url, label="revocation address")
        if problem:
            raise OAuthError(problem, "bad_url")
    if not config.client_id.strip():
        raise OAuthError(
            "No client id is set for this provider: enter one under Advanced (the README "
            "explains how to register one).",
            "no_client_id",
        )


def authorization_url(config: OAuthConfig, redirect_uri: str, state: str, pkce: Pkce) -> str:
    check_config(config)
    params = [
        ("response_type", "code"),
        ("client_id", config.client_id.strip()),
        ("redirect_uri", redirect_uri),
        ("scope", " ".join(config.scopes.split())),
        ("state", state),
        ("code_challenge", pkce.challenge),
        ("code_challenge_method", "S256"),
        *config.extra,
    ]
    if config.login_hint:
        params.append(("login_hint", config.login_hint))
    separator = "&" if urllib.parse.urlsplit(config.auth_url).query else "?"
    return config.auth_url.strip() + separator + urllib.parse.urlencode(params)


def _context(config: OAuthConfig) -> ssl.SSLContext:
    try:
        context = ssl.create_default_context(cafile=config.ca_file or None)
    except (OSError, ssl.SSLError):
        raise OAuthError("The certificate file for this account cannot be read.", "ca") from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _post(config: OAuthConfig, url: str, form: dict[str, str]) -> tuple[int, dict[str, object]]:
    """POST a form; (HTTP status, JSON body). Network trouble raises OAuthError."""
    data = urllib.parse.urlencode(form).encode("ascii")
    request = urllib.request.Request(  # noqa: S310 (the scheme was checked: https or loopback)
        url.strip(),
        data=data,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        },
        method="POST",
    )
    handlers: list[urllib.request.BaseHandler] = [
        urllib.request.HTTPSHandler(context=_context(config)),
        urllib.request.ProxyHandler({}),  # a loopback provider must not go through a proxy
    ]
    opener = urllib.request.build_opener(*handlers)
    try:
        with opener.open(request, timeout=HTTP_TIMEOUT) as reply:
            status, body = reply.status, reply.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    except ssl.SSLCertVerificationError:
        raise OAuthError(
            "The sign-in server's certificate is not trusted, so nothing was sent.", "tls"
        ) from None
    except (OSError, ValueError):
        raise OAuthError(
            "The sign-in server cannot be reached right now; check your network.", "network"
        ) from None
    try:
        parsed = json.loads(body.decode("utf-8") or "{}")
    except (UnicodeDecodeError, ValueError):
        parsed = {}
    return status, parsed if isinstance(parsed, dict) else {}


def _tokens(status: int, body: dict[str, object], old_refresh: str) -> Tokens:
    error = str(body.get("error") or "")
    if status != 200 or error:
        if error == "invalid_grant":
            raise GrantRevokedError(
                "The provider no longer accepts this account's sign-in (it was revoked or "
                "has expired): sign in again.",
                error,
            )
        raise OAuthError(
            f"The sign-in server refused the request ({error or f'HTTP {status}'}).",
            error or str(status),
        )
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise OAuthError("The sign-in server sent no access token.", "no_access_token")
    refresh = body.get("refresh_token")
    try:
        lifetime = float(str(body.get("expires_in", 3600)))
    except ValueError:
        lifetime = 3600.0
    return Tokens(
        access,
        max(lifetime, 0.0),
        refresh if isinstance(refresh, str) and refresh else old_refresh,
    )


def exchange_code(config: OAuthConfig, code: str, redirect_uri: str, verifier: str) -> Tokens:
    """The authorization code and the PKCE verifier for tokens; a refresh token is required."""
    check_config(config)
    status, body = _post(
        config,
        config.token_url,
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "client_id": config.client_id.strip(),
            "code_verifier": verifier,
        },
    )
    tokens = _tokens(status, body, "")
    if not tokens.refresh_token:
        raise OAuthError(
            "The provider did not allow staying signed in (no refresh token). Check that the "
            "scopes include offline_access or the provider's equivalent.",
            "no_refresh_token",
        )
    return tokens


def refresh(config: OAuthConfig, refresh_token: str) -> Tokens:
    """A new access token; the result carries the rotated refresh token when there is one."""
    check_config(config)
    status, body = _post(
        config,
        config.token_url,
        {
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": config.client_id.strip(),
            "scope": " ".join(config.scopes.split()),
        },
    )
    return _tokens(status, body, refresh_token)


def revoke(config: OAuthConfig, refresh_token: str) -> bool:
    """Withdraw the grant at the provider when it offers revocation; True when it did."""
    if not config.revoke_url:
        return False
    check_config(config)
    status, _body = _post(
        config,
        config.revoke_url,
        {
            "token": refresh_token,
            "token_type_hint": "refresh_token",
            "client_id": config.client_id.strip(),
        },
    )
    return status == 200
