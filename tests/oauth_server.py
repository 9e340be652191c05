"""A real OAuth2 authorization server on 127.0.0.1 for tests (Authlib's server side, Flask).

Authlib does the protocol work: the authorization code grant with PKCE (S256 only, required
for this public client), refresh tokens that rotate on every use (the old one stops working),
and RFC 7009 revocation. This module only keeps the tokens in memory and approves every
authorization request at once, as a person clicking "Accept" would; a request without `state`
is refused, so a client that forgets it cannot pass. `check_access_token` is what the SMTP
test server asks when a client signs in with XOAUTH2.

The "browser" of the tests is `follow`: an HTTP client that opens the authorization address
and follows the redirects to the app's loopback listener.
"""

from __future__ import annotations

import base64
import os
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import InvalidRequestError, grants
from authlib.oauth2.rfc6750 import BearerTokenGenerator
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge
from flask import Flask, request
from werkzeug.serving import make_server

from tests.smtp_server import USERNAME, free_port

# Authlib refuses plain http unless told otherwise; this server only ever listens on loopback.
os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"

CLIENT_ID = "nextmove-test-client"
SCOPES = "https://outlook.office.com/SMTP.Send offline_access"


@dataclass
class User:
    id: int = 1
    email: str = USERNAME

    def get_user_id(self) -> int:
        return self.id


@dataclass
class Client:
    client_id: str = CLIENT_ID
    scopes: tuple[str, ...] = tuple(SCOPES.split())

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str:
        return "http://127.0.0.1/"

    def get_allowed_scope(self, scope: str) -> str:
        return " ".join(s for s in (scope or "").split() if s in self.scopes)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        # RFC 8252 7.3: a loopback redirect may use any port.
        parts = urllib.parse.urlsplit(redirect_uri)
        return parts.scheme == "http" and parts.hostname in {"127.0.0.1", "localhost"}

    def check_client_secret(self, client_secret: str) -> bool:
        return False  # a public client has no secret

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == "none"

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in {"authorization_code", "refresh_token"}


@dataclass
class AuthorizationCode:
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    code_challenge: str | None
    code_challenge_method: str | None
    issued_at: float = field(default_factory=time.time)

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def is_expired(self) -> bool:
        return time.time() - self.issued_at > 600


@dataclass
class Token:
    access_token: str
    refresh_token: str | None
    scope: str
    expires_at: float
    client_id: str = CLIENT_ID
    access_revoked: bool = False
    refresh_revoked: bool = False

    def check_client(self, client: Client) -> bool:
        return client.client_id == self.client_id

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return int(self.expires_at - time.time())

    def is_expired(self) -> bool:
        return time.time() >= self.expires_at

    def is_revoked(self) -> bool:
        return self.refresh_revoked

    def get_user(self) -> User:
        return User()

    def get_client(self) -> Client:
        return Client(self.client_id)


class Provider:
    """The authorization server, its tokens, and counters a test can assert on."""

    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self.port = free_port()
        self.base = f"http://{self.host}:{self.port}"
        self.access_lifetime = 3600
        self.lock = threading.Lock()
        self.clients = {CLIENT_ID: Client()}
        self.codes: dict[str, AuthorizationCode] = {}
        self.tokens: list[Token] = []
        self.token_requests: list[dict[str, str]] = []  # every form the token endpoint got
        self.revocations = 0
        # Token introspection (RFC 7662), as a mail server asks it (Dovecot's oauth2 passdb):
        # whose the tokens are, and every token it was asked about.
        self.subject = USERNAME
        self.introspected: list[str] = []
        self.app = self._build_app()
        self._server = make_server(self.host, self.port, self.app, threaded=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def auth_url(self) -> str:
        return self.base + "/authorize"

    @property
    def token_url(self) -> str:
        return self.base + "/token"

    @property
    def revoke_url(self) -> str:
        return self.base + "/revoke"

    @property
    def introspection_url(self) -> str:
        return self.base + "/introspect"

    # --- what the SMTP server and the tests ask --------------------------------------------

    def check_access_token(self, access_token: str) -> bool:
        with self.lock:
            for token in self.tokens:
                if token.access_token == access_token:
                    return not (token.access_revoked or token.is_expired())
        return False

    def revoke_all(self) -> None:
        """The person withdrew the app's access at the provider (or an admin did)."""
        with self.lock:
            for token in self.tokens:
                token.access_revoked = token.refresh_revoked = True

    def expire_access_tokens(self) -> None:
        with self.lock:
            for token in self.tokens:
                token.expires_at = min(token.expires_at, time.time() - 1)

    def live_refresh_tokens(self) -> list[str]:
        with self.lock:
            return [
                t.refresh_token for t in self.tokens if t.refresh_token and not t.refresh_revoked
            ]

    def issued_secrets(self) -> list[str]:
        """Every access and refresh token ever issued (for leak checks)."""
        with self.lock:
            found = [t.access_token for t in self.tokens]
            found += [t.refresh_token for t in self.tokens if t.refresh_token]
        return found

    # --- the Flask application -------------------------------------------------------------

    def _build_app(self) -> Flask:
        app = Flask("nextmove-test-provider")
        provider = self

        def save_token(token: dict[str, Any], req: Any) -> None:
            with provider.lock:
                provider.tokens.append(
                    Token(
                        token["access_token"],
                        token.get("refresh_token"),
                        token.get("scope", ""),
                        time.time() + int(token["expires_in"]),
                    )
                )

        server = AuthorizationServer(
            app, query_client=lambda cid: provider.clients.get(cid), save_token=save_token
        )
        server.register_token_generator(
            "default",
            BearerTokenGenerator(
                access_token_generator=lambda **_: secrets.token_urlsafe(32),
                refresh_token_generator=lambda **_: secrets.token_urlsafe(40),
                expires_generator=lambda client, grant_type: provider.access_lifetime,
            ),
        )

        class CodeGrant(grants.AuthorizationCodeGrant):
            TOKEN_ENDPOINT_AUTH_METHODS = ["none"]  # noqa: RUF012

            def save_authorization_code(self, code: str, req: Any) -> None:
                with provider.lock:
                    provider.codes[code] = AuthorizationCode(
                        code,
                        req.client.client_id,
                        req.payload.redirect_uri,
                        req.payload.scope,
                        req.payload.data.get("code_challenge"),
                        req.payload.data.get("code_challenge_method"),
                    )

            def query_authorization_code(self, code: str, client: Client) -> Any:
                with provider.lock:
                    item = provider.codes.get(code)
                if item and item.client_id == client.client_id and not item.is_expired():
                    return item
                return None

            def delete_authorization_code(self, authorization_code: AuthorizationCode) -> None:
                with provider.lock:
                    provider.codes.pop(authorization_code.code, None)

            def authenticate_user(self, authorization_code: AuthorizationCode) -> User:
                return User()

        class S256Only(CodeChallenge):
            """PKCE required from the authorization request on, and only S256 (as Microsoft
            and Google expect from a public client); Authlib checks the verifier."""

            SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]  # noqa: RUF012

            def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
                data = grant.request.payload.data
                if data.get("code_challenge_method") != "S256":
                    raise InvalidRequestError("PKCE with code_challenge_method=S256 is required")
                super().validate_code_challenge(grant, redirect_uri)

            def get_authorization_code_challenge(self, authorization_code: Any) -> Any:
                return authorization_code.code_challenge

            def get_authorization_code_challenge_method(self, authorization_code: Any) -> Any:
                return authorization_code.code_challenge_method

        class RefreshGrant(grants.RefreshTokenGrant):
            TOKEN_ENDPOINT_AUTH_METHODS = ["none"]  # noqa: RUF012
            INCLUDE_NEW_REFRESH_TOKEN = True  # rotation: every refresh issues a new one

            def authenticate_refresh_token(self, refresh_token: str) -> Token | None:
                with provider.lock:
                    for token in provider.tokens:
                        if token.refresh_token == refresh_token and not token.refresh_revoked:
                            return token
                return None

            def authenticate_user(self, credential: Token) -> User:
                return User()

            def revoke_old_credential(self, credential: Token) -> None:
                with provider.lock:
                    credential.refresh_revoked = True

        class Revocation(RevocationEndpoint):
            CLIENT_AUTH_METHODS = ["none"]  # noqa: RUF012

            def query_token(self, token_string: str, token_type_hint: str | None) -> Any:
                with provider.lock:
                    for token in provider.tokens:
                        if token_string in {token.access_token, token.refresh_token}:
                            return token
                return None

            def revoke_token(self, token: Token, req: Any) -> None:
                with provider.lock:
                    token.access_revoked = token.refresh_revoked = True
                    provider.revocations += 1

        server.register_grant(CodeGrant, [S256Only(required=True)])
        server.register_grant(RefreshGrant)
        server.register_endpoint(Revocation)

        @app.get("/authorize")
        def authorize() -> Any:
            if not request.args.get("state"):
                return "This provider requires a state parameter.", 400
            try:
                grant = server.get_consent_grant(end_user=User())
            except OAuth2Error as error:
                return server.handle_error_response(None, error)
            return server.create_authorization_response(grant_user=User(), grant=grant)

        @app.post("/token")
        def token() -> Any:
            with provider.lock:
                provider.token_requests.append(dict(request.form))
            return server.create_token_response()

        @app.post("/revoke")
        def revoke() -> Any:
            return server.create_endpoint_response(RevocationEndpoint.ENDPOINT_NAME)

        @app.post("/introspect")
        def introspect() -> Any:
            token = request.form.get("token", "")
            with provider.lock:
                provider.introspected.append(token)
            if not provider.check_access_token(token):
                return {"active": False}
            return {"active": True, "username": provider.subject, "client_id": CLIENT_ID}

        return app

    def __enter__(self) -> Provider:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._thread.join(5)


def leak_forms(secrets_: list[str], user: str = USERNAME) -> set[str]:
    """Every form a token could leak in: raw, base64, the XOAUTH2 string, URL-encoded."""
    from nextmove.domain.oauth import xoauth2_string

    forms: set[str] = set()
    for secret in secrets_:
        forms |= {
            secret,
            base64.b64encode(secret.encode()).decode(),
            xoauth2_string(user, secret),
            urllib.parse.quote(secret, safe=""),
            urllib.parse.quote_plus(secret),
        }
    return forms


def follow(url: str, *, timeout: float = 10.0) -> tuple[int, str]:
    """The test's browser: open `url`, follow redirects, return (status, page text)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as reply:  # noqa: S310
            return reply.status, reply.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
