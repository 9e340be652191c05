"""`nextmove accounts add --auth oauth`, `accounts signin`, `send` with several recipients, as a
script runs them: real processes, a real keyring (Secret Service), a real OAuth2 provider and a
real SMTP server with STARTTLS that checks XOAUTH2 tokens with that provider."""

from __future__ import annotations

import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_cli_mail import _keyring_ready, nextmove
from tests.oauth_server import CLIENT_ID, SCOPES, Provider, follow, leak_forms
from tests.smtp_server import USERNAME, SmtpServer, make_certificate

pytestmark = [
    pytest.mark.keyring,
    pytest.mark.skipif(
        _keyring_ready() is not None,
        reason="needs a Secret Service keyring: run the suite with `python3 dev.py test`",
    ),
]
OPEN = "Open this address to sign in: "


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    return make_certificate(tmp_path / "tls")


@pytest.fixture
def provider() -> Iterator[Provider]:
    with Provider() as server:
        yield server


@pytest.fixture
def server(certificate: tuple[Path, Path], provider: Provider) -> Iterator[SmtpServer]:
    with SmtpServer(*certificate, mode="starttls", oauth=provider) as smtp:
        yield smtp


@pytest.fixture(autouse=True)
def _fresh_keyring() -> None:
    """Keyring entries are keyed by account id: forget what earlier tests' folders left."""
    import contextlib

    from keyring.backends import SecretService
    from keyring.errors import PasswordDeleteError

    backend = SecretService.Keyring()
    for account_id in range(1, 4):
        with contextlib.suppress(PasswordDeleteError):
            backend.delete_password("nextmove", str(account_id))


def _stored(account_id: int = 1) -> str | None:
    from keyring.backends import SecretService

    return SecretService.Keyring().get_password("nextmove", str(account_id))


def _sign_in(data_dir: Path, outputs: list[str], *, forged_first: bool = False) -> int:
    """`accounts signin Work --no-browser`; the test's browser follows the printed address."""
    process = subprocess.Popen(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir),
         "accounts", "signin", "Work", "--no-browser"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith(OPEN), first
        url = first.removeprefix(OPEN).strip()
        if forged_first:
            redirect = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["redirect_uri"][0]
            status, page = follow(redirect + "?code=forged&state=forged")
            assert status == 400
            assert "not the one Next Move is waiting for" in page
        status, page = follow(url)
        assert status == 200, page
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    outputs.extend([first, out, err])
    return process.returncode


def test_add_sign_in_send_refresh_revoke_and_remove_without_leaking_a_token(
    data_dir: Path,
    server: SmtpServer,
    provider: Provider,
    certificate: tuple[Path, Path],
    tmp_path: Path,
) -> None:
    outputs: list[str] = []

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        result = nextmove(data_dir, *args)
        outputs.extend([result.stdout, result.stderr])
        return result

    added = run(
        "accounts", "add", "--name", "Work", "--from", "sam@example.com",
        "--host", server.host, "--port", str(server.port), "--security", "starttls",
        "--username", USERNAME, "--auth", "oauth", "--client-id", CLIENT_ID,
        "--auth-url", provider.auth_url, "--token-url", provider.token_url,
        "--scope", SCOPES, "--revoke-url", provider.revoke_url,
        "--ca-file", str(certificate[0]),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "nextmove accounts signin Work" in added.stdout
    listed = run("accounts", "list")
    assert "\toauth, not signed in yet" in listed.stdout

    assert _sign_in(data_dir, outputs, forged_first=True) == 0, outputs[-1]
    assert "Signed in" in outputs[-2]
    [refresh_token] = provider.live_refresh_tokens()
    assert _stored() == refresh_token
    assert "\toauth, signed in" in run("accounts", "list").stdout

    body = tmp_path / "body.txt"
    body.write_text("Thank you all.\n\nSam\n", encoding="utf-8")
    sent = run(
        "send", "--account", "Work", "--to", "alex@example.org", "--to", "bo@example.org",
        "--cc", "cy@example.org", "--bcc", "dee@example.org",
        "--subject", "Thank you", "--body-file", str(body),
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    [received] = server.received
    assert received.recipients == [
        "alex@example.org", "bo@example.org", "cy@example.org", "dee@example.org"
    ]  # fmt: skip
    assert received.message["To"] == "alex@example.org, bo@example.org"
    assert received.message["Cc"] == "cy@example.org"
    assert received.message["Bcc"] is None
    assert b"dee@" not in received.data
    # A new process has no access token in memory: it refreshed, and the provider rotated the
    # refresh token, which replaced the stored one.
    assert [r["grant_type"] for r in provider.token_requests] == [
        "authorization_code", "refresh_token"
    ]  # fmt: skip
    assert _stored() == provider.live_refresh_tokens()[0] != refresh_token
    assert all(a.over_tls and a.accepted for a in server.xoauth2)

    provider.expire_access_tokens()
    again = run(
        "send", "--account", "Work", "--to", "alex@example.org",
        "--subject", "Again", "--body-file", str(body),
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert len(server.received) == 2

    provider.revoke_all()
    held = run(
        "send", "--account", "Work", "--to", "alex@example.org",
        "--subject", "Held", "--body-file", str(body),
    )  # fmt: skip
    assert held.returncode == 1
    assert "sign in again" in held.stderr.lower()
    assert "waits in the outbox" in held.stderr
    assert "nextmove accounts signin Work" in held.stderr
    assert len(server.received) == 2
    assert "\toauth, sign in again" in run("accounts", "list").stdout
    outbox = run("outbox", "list").stdout
    assert "needs attention\talex@example.org\tHeld\tSign in again" in outbox

    assert _sign_in(data_dir, outputs) == 0
    flushed = run("outbox", "send")
    assert flushed.returncode == 0, flushed.stderr
    assert [r.message["Subject"] for r in server.received] == ["Thank you", "Again", "Held"]

    backup = run("backup")
    assert backup.returncode == 0, backup.stderr

    secrets = provider.issued_secrets()
    assert len(secrets) >= 6
    forms = leak_forms(secrets)
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for form in forms:
                assert form.encode() not in content, f"a token found in {path.name}"
    for text in outputs:
        for form in forms:
            assert form not in text, "a token found in the command output"

    removed = run("accounts", "remove", "Work")
    assert removed.returncode == 0, removed.stderr
    assert "revoked" in removed.stdout
    assert provider.revocations == 1
    assert provider.live_refresh_tokens() == []
    assert _stored() is None


def test_provider_presets_use_the_provider_addresses_and_the_client_id_setting(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEXTMOVE_MICROSOFT_CLIENT_ID", raising=False)
    monkeypatch.delenv("NEXTMOVE_GOOGLE_CLIENT_ID", raising=False)
    added = nextmove(
        data_dir, "accounts", "add", "--name", "Mail", "--from", "sam@outlook.com",
        "--provider", "outlook", "--auth", "oauth",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "NEXTMOVE_MICROSOFT_CLIENT_ID" in added.stdout  # none is set: it says how
    listed = nextmove(data_dir, "accounts", "list").stdout
    assert "Mail\tsam@outlook.com\tsmtp.office365.com:587 STARTTLS\tsam@outlook.com\toauth" in (
        listed
    )
    refused = nextmove(data_dir, "accounts", "signin", "Mail", "--no-browser")
    assert refused.returncode == 1
    assert "no client id is set for Microsoft" in refused.stderr
    assert OPEN not in refused.stdout

    # The provider's client-id setting applies to a preset account without its own.
    (data_dir / "settings.ini").write_text("[oauth]\nmicrosoft_client_id=from-settings\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir),
         "accounts", "signin", "Mail", "--no-browser"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
    finally:
        process.kill()
        process.communicate()
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(line.removeprefix(OPEN)).query))
    assert line.startswith(OPEN + "https://login.microsoftonline.com/common/oauth2/v2.0/")
    assert query["client_id"] == "from-settings"
    assert query["redirect_uri"].startswith("http://localhost:")
    assert query["code_challenge_method"] == "S256"
    assert "offline_access" in query["scope"].split()

    added = nextmove(
        data_dir, "accounts", "add", "--name", "Gmail", "--from", "sam@gmail.com",
        "--provider", "gmail", "--auth", "oauth", "--client-id", "abc.apps.example",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = nextmove(data_dir, "accounts", "list").stdout
    assert "Gmail\tsam@gmail.com\tsmtp.gmail.com:465 TLS\tsam@gmail.com\toauth" in listed

    plain_http = nextmove(
        data_dir, "accounts", "add", "--name", "Corp", "--from", "sam@corp.example",
        "--host", "smtp.corp.example", "--port", "587", "--security", "starttls",
        "--username", "sam", "--auth", "oauth", "--client-id", "x",
        "--auth-url", "http://login.corp.example/authorize",
        "--token-url", "https://login.corp.example/token", "--scope", "smtp",
    )  # fmt: skip
    assert plain_http.returncode == 1
    assert "https://" in plain_http.stderr
