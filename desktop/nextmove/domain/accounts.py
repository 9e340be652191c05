"""A mail account as plain data (never a password), and the checks its fields must pass."""

from __future__ import annotations

from dataclasses import dataclass

from nextmove.domain.addresses import HeaderValueError, check_header_text, normalize_address
from nextmove.domain.oauth import AUTH_KINDS, validate_oauth

SECURITY_CHOICES = ("tls", "starttls")


@dataclass(frozen=True)
class AccountData:
    display_name: str
    from_address: str
    host: str
    port: int
    security: str
    username: str
    sender_name: str = ""
    ca_file: str = ""
    auto_send: bool = False
    auth_kind: str = "password"  # or "oauth" (Sign in with Microsoft / Google / by hand)
    oauth_auth_url: str = ""
    oauth_token_url: str = ""
    oauth_revoke_url: str = ""
    oauth_scopes: str = ""
    oauth_client_id: str = ""

    @property
    def is_oauth(self) -> bool:
        return self.auth_kind == "oauth"


@dataclass(frozen=True)
class AccountRow(AccountData):
    id: int = 0
    signin_needed: bool = False  # the provider revoked the grant: "Sign in again"


def validate_account(data: AccountData) -> dict[str, str]:
    """Field name -> a sentence to show next to that field; empty when all is well."""
    errors: dict[str, str] = {}
    if not data.display_name.strip():
        errors["display_name"] = "Give the account a name, like “Work” or “Gmail”."
    elif len(data.display_name) > 100:
        errors["display_name"] = "Keep the name under 100 characters."
    try:
        normalize_address("from_address", data.from_address, label="email address")
    except HeaderValueError as error:
        errors["from_address"] = error.message
    if not data.sender_name.strip():
        # It signs every template ({your_name}) and shows in the From line.
        errors["sender_name"] = "Enter your name as the people you write to should see it."
    else:
        try:
            check_header_text("sender_name", data.sender_name, label="name")
        except HeaderValueError as error:
            errors["sender_name"] = error.message
    host = data.host.strip()
    if not host:
        errors["host"] = "Enter the outgoing (SMTP) server, like smtp.example.com."
    elif any(c.isspace() for c in host) or "/" in host or ":" in host.strip("[]"):
        errors["host"] = "Enter just the server name, without a port or spaces."
    if not 1 <= data.port <= 65535:
        errors["port"] = "The port is a number from 1 to 65535 (usually 465 or 587)."
    if data.security not in SECURITY_CHOICES:
        errors["security"] = "Choose TLS or STARTTLS."
    if not data.username.strip():
        errors["username"] = "Enter the user name (usually your email address)."
    elif any(c in data.username for c in "\r\n\x00"):
        errors["username"] = "The user name must be a single line."
    if data.auth_kind not in AUTH_KINDS:
        errors["auth_kind"] = "Choose a password or signing in with the provider."
    elif data.is_oauth:
        errors.update(
            validate_oauth(
                data.oauth_auth_url,
                data.oauth_token_url,
                data.oauth_revoke_url,
                data.oauth_scopes,
                data.oauth_client_id,
            )
        )
    return errors


def name_from_address(address: str) -> str:
    """A readable name guessed from an address ("sam.rivera@x" -> "Sam Rivera"), or ""."""
    local = address.strip().rpartition("@")[0]
    words = [w for w in local.replace("_", ".").replace("-", ".").split(".") if w.isalpha()]
    return " ".join(w.capitalize() for w in words)
