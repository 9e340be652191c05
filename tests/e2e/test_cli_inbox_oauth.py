"""`nextmove inbox scan --account NAME` for an account that signs in with OAuth: real processes,
a real keyring, a real Authlib provider and a real Dovecot that checks each XOAUTH2 token with
that provider."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_cli_mail import _keyring_ready, nextmove
from tests.e2e.test_cli_oauth import _fresh_keyring, _sign_in  # noqa: F401  (autouse fixture)
from tests.imap_server import Dovecot
from tests.inbox_support import corpus_messages
from tests.oauth_server import CLIENT_ID, SCOPES, Provider, leak_forms

pytestmark = [
    pytest.mark.keyring,
    pytest.mark.skipif(
        _keyring_ready() is not None,
        reason="needs a Secret Service keyring: run the suite with `python3 dev.py test`",
    ),
]


def test_scan_reads_an_oauth_inbox_and_a_revoked_grant_is_one_line_and_sign_in_again(
    data_dir: Path, imap_oauth_provider: Provider, oauth_dovecot: Dovecot
) -> None:
    provider, server = imap_oauth_provider, oauth_dovecot
    user = server.add_user()
    provider.subject = user
    server.deliver(user, corpus_messages()[:5])
    outputs: list[str] = []

    def run(*args: str) -> tuple[int, str, str]:
        done = nextmove(data_dir, *args)
        outputs.extend([done.stdout, done.stderr])
        return done.returncode, done.stdout, done.stderr

    code, _out, err = run(
        "accounts", "add", "--name", "Work", "--from", "sam@example.com",
        "--host", "127.0.0.1", "--port", "587", "--security", "starttls",
        "--username", user, "--auth", "oauth", "--client-id", CLIENT_ID,
        "--auth-url", provider.auth_url, "--token-url", provider.token_url,
        "--scope", SCOPES, "--ca-file", str(server.cert),
    )  # fmt: skip
    assert code == 0, err
    code, _out, err = run(
        "inbox", "watch", "Work", "--imap-host", "127.0.0.1",
        "--imap-port", str(server.imaps_port), "--imap-security", "tls",
    )  # fmt: skip
    assert code == 0, err
    assert _sign_in(data_dir, outputs) == 0, outputs[-1]

    code, out, err = run("inbox", "scan", "--account", "Work", "--json")
    assert code == 0, err
    assert len([json.loads(line) for line in out.splitlines()]) == 5
    logins = [line for line in server.log().splitlines() if f"Login: user=<{user}>" in line]
    assert logins
    assert all("method=XOAUTH2" in line for line in logins)

    server.deliver(user, corpus_messages()[5:7])
    provider.revoke_all()  # the person withdrew the app's access at the provider

    code, out, err = run("inbox", "scan", "--account", "Work")

    assert code != 0
    assert out == ""
    [line] = err.splitlines()
    assert line.startswith("nextmove: sign in again"), line
    code, out, _err = run("accounts", "list")
    assert "sign in again" in out.lower()
    assert not any(form in text for form in leak_forms(provider.issued_secrets(), user)
                   for text in outputs)  # fmt: skip

    # Signing in again reads what arrived meanwhile: nothing was lost.
    assert _sign_in(data_dir, outputs) == 0, outputs[-1]
    code, out, err = run("inbox", "scan", "--account", "Work", "--json")
    assert code == 0, err
    assert len(out.splitlines()) == 2
