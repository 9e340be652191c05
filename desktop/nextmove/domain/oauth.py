"""OAuth2 sign-in ("Sign in with Microsoft / Google") as plain data: presets and checks.

Every provider goes through the same code path (authorization code + PKCE, a loopback
redirect, SMTP AUTH XOAUTH2); a preset only fills in the addresses and scopes. Client ids are
not part of a preset: they come from the build (release secrets) or the person's own setting.
"""

from __future__ import annotations

import base64
import ipaddress
import urllib.parse
from dataclasses import dataclass, field

AUTH_KINDS = ("password", "oauth")


@dataclass(frozen=True)
class OAuthPreset:
    key: str  # "microsoft" or "google": the key of the client-id setting
    button: str  # the words on the sign-in button
    auth_url: str
    token_url: str
    revoke_url: str
    scopes: str
    redirect_host: str  # the loopback name the provider expects in redirect addresses
    # Extra authorization parameters that make the provider issue a refresh token.
    extra: tuple[tuple[str, str], ...] = field(default=())


MICROSOFT = OAuthPreset(
    key="microsoft",
    button="Sign in with Microsoft",
    auth_url="https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
    token_url="https://login.microsoftonline.com/common/oauth2/v2.0/token",  # noqa: S106
    revoke_url="",  # Microsoft has no token revocation endpoint for public clients
    scopes="https://outlook.office.com/SMTP.Send "
    "https://outlook.office.com/IMAP.AccessAsUser.All offline_access",
    redirect_host="localhost",
)
GOOGLE = OAuthPreset(
    key="google",
    button="Sign in with Google",
    auth_url="https://accounts.google.com/o/oauth2/v2/auth",
    token_url="https://oauth2.googleapis.com/token",  # noqa: S106
    revoke_url="https://oauth2.googleapis.com/revoke",
    scopes="https://mail.google.com/",
    redirect_host="127.0.0.1",
    # Google's equivalent of offline_access; consent makes it hand out a refresh token again.
    extra=(("access_type", "offline"), ("prompt", "consent")),
)
PRESETS: dict[str, OAuthPreset] = {
    # The mail providers' keys (domain/providers.py) and the command line's --provider names.
    "outlook": MICROSOFT,
    "microsoft365": MICROSOFT,
    "gmail": GOOGLE,
}


NO_CLIENT_ID = "Enter the client id registered with the provider (the README says how)."


def preset_for_urls(auth_url: str, token_url: str) -> OAuthPreset | None:
    """The preset whose addresses these are (its extra parameters then apply), else None."""
    for preset in (MICROSOFT, GOOGLE):
        if (preset.auth_url, preset.token_url) == (auth_url.strip(), token_url.strip()):
            return preset
    return None


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def url_problem(url: str, *, label: str) -> str | None:
    """Why a provider address cannot be used, or None: https://, or http:// on loopback."""
    text = url.strip()
    if not text:
        return f"Enter the {label}."
    if any(c.isspace() for c in text):
        return f"The {label} must not contain spaces."
    parts = urllib.parse.urlsplit(text)
    if not parts.hostname:
        return f"The {label} must be a full address, like https://login.example.com/authorize."
    if parts.scheme == "https":
        return None
    if parts.scheme == "http" and is_loopback(parts.hostname):
        return None
    return f"The {label} must start with https:// (http:// only on this computer)."


def validate_oauth(
    auth_url: str, token_url: str, revoke_url: str, scopes: str, client_id: str
) -> dict[str, str]:
    """Field name -> a sentence for that field; empty when all is well."""
    errors: dict[str, str] = {}
    for name, value, label in (
        ("oauth_auth_url", auth_url, "authorization address"),
        ("oauth_token_url", token_url, "token address"),
    ):
        problem = url_problem(value, label=label)
        if problem:
            errors[name] = problem
    if revoke_url.strip():
        problem = url_problem(revoke_url, label="revocation address")
        if problem:
            errors["oauth_revoke_url"] = problem
    if not scopes.split():
        errors["oauth_scopes"] = "Enter the scopes the provider needs, separated by spaces."
    if not client_id.strip():
        # A preset may leave it empty: the provider's client-id setting applies then.
        if preset_for_urls(auth_url, token_url) is None:
            errors["oauth_client_id"] = NO_CLIENT_ID
    elif any(c.isspace() for c in client_id.strip()):
        errors["oauth_client_id"] = "The client id must not contain spaces."
    return errors


def xoauth2_string(user: str, access_token: str) -> str:
    """The SASL XOAUTH2 initial response (base64), as Gmail and Microsoft document it."""
    raw = f"user={user}\x01auth=Bearer {access_token}\x01\x01"
    return base64.b64encode(raw.encode("utf-8")).decode("ascii")
