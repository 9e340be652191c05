"""How an account reads its inbox: the switch, the IMAP server, and the presets that fill it."""

from __future__ import annotations

from dataclasses import dataclass

IMAP_SECURITY = ("tls", "starttls")
DEFAULT_PORTS = {"tls": 993, "starttls": 143}
DEFAULT_INTERVAL_MINUTES = 15

# The IMAP server of each provider preset (keys of domain.providers.PROVIDERS).
IMAP_PRESETS: dict[str, tuple[str, int, str]] = {
    "gmail": ("imap.gmail.com", 993, "tls"),
    "outlook": ("outlook.office365.com", 993, "tls"),
    "icloud": ("imap.mail.me.com", 993, "tls"),
    "yahoo": ("imap.mail.yahoo.com", 993, "tls"),
    "fastmail": ("imap.fastmail.com", 993, "tls"),
    "proton": ("127.0.0.1", 1143, "starttls"),
}
_BY_SMTP_HOST = {
    "smtp.gmail.com": "gmail",
    "smtp.office365.com": "outlook",
    "smtp-mail.outlook.com": "outlook",
    "smtp.mail.me.com": "icloud",
    "smtp.mail.yahoo.com": "yahoo",
    "smtp.fastmail.com": "fastmail",
}


@dataclass(frozen=True)
class InboxSettings:
    watch: bool = False
    host: str = ""
    port: int = 993
    security: str = "tls"


def imap_for(smtp_host: str, provider: str = "") -> tuple[str, int, str]:
    """The IMAP server that goes with a provider or an SMTP host (smtp.x.com → imap.x.com)."""
    key = provider or _BY_SMTP_HOST.get(smtp_host.strip().lower(), "")
    if key in IMAP_PRESETS:
        return IMAP_PRESETS[key]
    host = smtp_host.strip().lower()
    for prefix in ("smtp.", "mail.", "smtp-"):
        if host.startswith(prefix):
            return ("imap." + host[len(prefix) :], 993, "tls")
    return (host, 993, "tls")


def validate_inbox(settings: InboxSettings) -> dict[str, str]:
    """Field name -> a sentence to show next to it; empty when all is well (or when off)."""
    if not settings.watch:
        return {}
    errors: dict[str, str] = {}
    host = settings.host.strip()
    if not host:
        errors["imap_host"] = "Enter the incoming (IMAP) server, like imap.example.com."
    elif any(c.isspace() for c in host) or "/" in host or ":" in host.strip("[]"):
        errors["imap_host"] = "Enter just the server name, without a port or spaces."
    if not 1 <= settings.port <= 65535:
        errors["imap_port"] = "The port is a number from 1 to 65535 (usually 993 or 143)."
    if settings.security not in IMAP_SECURITY:
        errors["imap_security"] = "Choose TLS or STARTTLS."
    return errors
