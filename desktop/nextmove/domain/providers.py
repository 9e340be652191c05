"""Settings and advice for the mail providers people use most, so they need not look them up."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Provider:
    key: str
    name: str
    host: str
    port: int
    security: str  # "tls" (implicit) or "starttls"
    advice: str


PROVIDERS: tuple[Provider, ...] = (
    Provider(
        "gmail",
        "Gmail",
        "smtp.gmail.com",
        465,
        "tls",
        "Choose Sign in with Google, or use an app password: turn on 2-Step Verification in "
        "your Google Account, then create an app password (Security › App passwords) and "
        "paste it here. Your usual Google password will not work.",
    ),
    Provider(
        "outlook",
        "Outlook / Microsoft 365",
        "smtp.office365.com",
        587,
        "starttls",
        "Outlook.com, Hotmail and Live personal accounts no longer accept a password from "
        "apps like this one, and Microsoft 365 is turning password sign-in off for work "
        "accounts too: choose Sign in with Microsoft, and your browser opens to sign in.",
    ),
    Provider(
        "icloud",
        "iCloud Mail",
        "smtp.mail.me.com",
        587,
        "starttls",
        "iCloud needs an app-specific password: turn on two-factor authentication for your "
        "Apple Account, then create one at account.apple.com (Sign-In and Security › "
        "App-Specific Passwords). The user name is your full iCloud address.",
    ),
    Provider(
        "yahoo",
        "Yahoo Mail",
        "smtp.mail.yahoo.com",
        465,
        "tls",
        "Yahoo needs an app password: create one in Account Security › Generate app "
        "password, and use it here.",
    ),
    Provider(
        "fastmail",
        "Fastmail",
        "smtp.fastmail.com",
        465,
        "tls",
        "Fastmail needs an app password: create one in Settings › Privacy & Security › "
        "App passwords, with access to SMTP.",
    ),
    Provider(
        "proton",
        "Proton Mail Bridge",
        "127.0.0.1",
        1025,
        "starttls",
        "Proton Mail works through Proton Mail Bridge running on this computer. Use the user "
        "name and password that Bridge shows (not your Proton password), and choose the "
        "certificate Bridge exports (Settings › Export TLS certificates) so the connection "
        "can be verified.",
    ),
    Provider(
        "other",
        "Other (any SMTP server)",
        "",
        587,
        "starttls",
        "Enter the outgoing (SMTP) server your provider gives. Port 465 uses TLS from the "
        "start; port 587 uses STARTTLS. If the server uses its own certificate, choose it "
        "below.",
    ),
)


def provider(key: str) -> Provider:
    for item in PROVIDERS:
        if item.key == key:
            return item
    raise KeyError(key)


def guess_provider(host: str) -> Provider:
    """The preset whose host matches, else Other (used when editing an existing account)."""
    for item in PROVIDERS:
        if item.host and item.host == host.strip().lower() and item.key != "proton":
            return item
    return PROVIDERS[-1]
