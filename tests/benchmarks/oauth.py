"""What signing in with OAuth2 costs, against a real local provider and SMTP server.

    python tests/benchmarks/oauth.py [--messages 50] [--runs 5]

Starts the tests' Authlib authorization server and an aiosmtpd server with STARTTLS that
checks XOAUTH2 tokens with it (both on 127.0.0.1, in this process), then measures (median of
`--runs`):

- sign_in_s: a whole sign-in: loopback listener, authorization request, redirect, code
  exchange with PKCE, refresh token to the (in-memory) keyring;
- refresh_ms: one access-token refresh with a rotated refresh token;
- send_oauth_s: a batch of `--messages` through the outbox with XOAUTH2 after the access
  token expired (one refresh, one connection);
- send_password_s: the same batch on a password account (the baseline).

Prints a table, and as its last line one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.mail.conftest import MemoryKeyring, add_account  # noqa: E402
from tests.oauth_server import CLIENT_ID, SCOPES, Provider, follow  # noqa: E402
from tests.smtp_server import USERNAME, SmtpServer, make_certificate  # noqa: E402

from nextmove.domain.accounts import AccountData  # noqa: E402
from nextmove.mail.credentials import CredentialStore  # noqa: E402
from nextmove.mail.outbox import Outbox  # noqa: E402
from nextmove.storage.database import DataPaths, open_database  # noqa: E402
from nextmove.storage.outbox import OutgoingDraft  # noqa: E402


def _browser(url: str) -> None:
    status, _page = follow(url)
    assert status == 200


def _outbox(folder: Path) -> Outbox:
    return Outbox(open_database(DataPaths(folder)), CredentialStore(MemoryKeyring()), timeout=10)


def _oauth_account(outbox: Outbox, smtp: SmtpServer, provider: Provider, cert: Path) -> int:
    return outbox.accounts.add(
        AccountData(
            "Work", "sam@example.com", smtp.host, smtp.port, "starttls", USERNAME,
            sender_name="Sam Rivera", ca_file=str(cert), auth_kind="oauth",
            oauth_auth_url=provider.auth_url, oauth_token_url=provider.token_url,
            oauth_revoke_url=provider.revoke_url, oauth_scopes=SCOPES, oauth_client_id=CLIENT_ID,
        )
    )  # fmt: skip


def _queue(outbox: Outbox, account: int, count: int) -> None:
    for i in range(count):
        outbox.queue(
            OutgoingDraft("follow_up", f"p{i}@example.org", "Hello", "Hi", account_id=account)
        )


def measure(folder: Path, runs: int, messages: int) -> dict[str, float]:
    cert, key = make_certificate(folder / "tls")
    sign_in, refresh, send_oauth, send_password = [], [], [], []
    with Provider() as provider, SmtpServer(cert, key, oauth=provider) as smtp:
        for run in range(runs):
            outbox = _outbox(folder / f"oauth{run}")
            account = _oauth_account(outbox, smtp, provider, cert)
            started = time.perf_counter()
            outbox.tokens.sign_in(outbox.accounts.get(account), _browser, timeout=30)
            sign_in.append(time.perf_counter() - started)
            row = outbox.accounts.get(account)
            started = time.perf_counter()
            outbox.tokens.access_token(row, fresh=True)
            refresh.append(time.perf_counter() - started)
            outbox.tokens.clock = lambda: time.monotonic() + 3600  # the token has expired
            _queue(outbox, account, messages)
            started = time.perf_counter()
            result = outbox.send_pending()
            send_oauth.append(time.perf_counter() - started)
            assert len(result.sent) == messages, result.account_problems

            plain = _outbox(folder / f"password{run}")
            password_account = add_account(plain, smtp, ca_file=cert)
            _queue(plain, password_account, messages)
            started = time.perf_counter()
            assert len(plain.send_pending().sent) == messages
            send_password.append(time.perf_counter() - started)
    return {
        "sign_in_s": statistics.median(sign_in),
        "refresh_ms": statistics.median(refresh) * 1000,
        "send_oauth_s": statistics.median(send_oauth),
        "send_password_s": statistics.median(send_password),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--messages", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nextmove-oauth-bench-") as tmp:
        figures = measure(Path(tmp), args.runs, args.messages)
    n = args.messages
    print(
        f"{'whole sign-in (browser round trip, PKCE, keyring)':<56}{figures['sign_in_s']:>8.3f} s"
    )
    print(f"{'one refresh with rotation':<56}{figures['refresh_ms']:>8.1f} ms")
    print(f"{f'{n} emails, XOAUTH2 after expiry (1 refresh)':<56}{figures['send_oauth_s']:>8.3f} s")
    print(f"{f'{n} emails, password (baseline)':<56}{figures['send_password_s']:>8.3f} s")
    rounded = {k: round(v, 3) for k, v in figures.items()}
    print(json.dumps({"messages": n, "runs": args.runs, **rounded}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
