"""The OAuth side of `nextmove accounts …`: provider presets, `--auth oauth`, `accounts signin`.

`accounts add --auth oauth` only records the account; `accounts signin NAME` opens the browser
(or, with --no-browser, prints `Open this address to sign in: <URL>` on its own line), waits up
to five minutes for the provider to send the browser back to a loopback address, and exits 0
once the refresh token is in the keyring. No token is ever printed.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from nextmove.cli import ACCOUNTS_IN_APP, CommandError, data_paths

if TYPE_CHECKING:
    from nextmove.domain.accounts import AccountData, AccountRow

# The SMTP side of each --provider; the OAuth side comes from domain.oauth.PRESETS.
SERVERS: dict[str, tuple[str, int, str]] = {
    "outlook": ("smtp.office365.com", 587, "starttls"),
    "microsoft365": ("smtp.office365.com", 587, "starttls"),
    "gmail": ("smtp.gmail.com", 465, "tls"),
}
OPEN_LINE = "Open this address to sign in: "


def add_arguments(add: argparse.ArgumentParser) -> None:
    """The `accounts add` options this module reads."""
    add.add_argument(
        "--provider",
        choices=sorted(SERVERS),
        default=None,
        help="fill in the server settings (and with --auth oauth the sign-in) of a provider",
    )
    add.add_argument(
        "--auth",
        choices=["password", "oauth"],
        default="password",
        help="sign in with a password (default) or through the provider (OAuth2)",
    )
    add.add_argument("--client-id", default=None, metavar="ID", help="OAuth client id")
    add.add_argument("--auth-url", default="", metavar="URL", help="OAuth authorization address")
    add.add_argument("--token-url", default="", metavar="URL", help="OAuth token address")
    add.add_argument("--scope", default="", metavar='"S1 S2"', help="OAuth scopes")
    add.add_argument(
        "--revoke-url", default="", metavar="URL", help="OAuth revocation address (optional)"
    )


def register(actions: Any) -> None:
    signin = actions.add_parser(
        "signin", help="sign an OAuth account in through the provider (opens the browser)"
    )
    signin.add_argument("name")
    signin.add_argument(
        "--no-browser",
        action="store_true",
        help="print the address to open instead of opening the browser",
    )
    signin.set_defaults(handler=run_accounts_signin, writes=ACCOUNTS_IN_APP)


def server_and_auth(args: argparse.Namespace) -> dict[str, Any]:
    """The account's server and sign-in fields from the options; CommandError when missing."""
    from nextmove.domain.oauth import PRESETS

    fields: dict[str, Any] = {"auth_kind": args.auth}
    if args.provider:
        host, port, security = SERVERS[args.provider]
        fields.update(host=args.host or host, port=args.port or port)
        fields.update(security=args.security or security)
        fields["username"] = args.username or args.from_address
    else:
        missing = [
            option
            for option, value in (
                ("--host", args.host),
                ("--port", args.port),
                ("--security", args.security),
                ("--username", args.username),
            )
            if value in (None, "")
        ]
        if missing:
            raise CommandError(
                f"give {', '.join(missing)} (or --provider outlook|microsoft365|gmail)", 2
            )
        fields.update(host=args.host, port=args.port, security=args.security)
        fields["username"] = args.username
    if args.auth != "oauth":
        return fields
    if args.provider:
        preset = PRESETS[args.provider]
        # Without --client-id the provider's client-id setting applies when signing in.
        chosen = args.client_id or ""
        fields.update(
            oauth_auth_url=args.auth_url or preset.auth_url,
            oauth_token_url=args.token_url or preset.token_url,
            oauth_revoke_url=args.revoke_url or preset.revoke_url,
            oauth_scopes=args.scope or preset.scopes,
            oauth_client_id=chosen,
        )
        return fields
    missing = [
        option
        for option, value in (
            ("--client-id", args.client_id),
            ("--auth-url", args.auth_url),
            ("--token-url", args.token_url),
            ("--scope", args.scope),
        )
        if not value
    ]
    if missing:
        raise CommandError(f"--auth oauth needs {', '.join(missing)} (or --provider)", 2)
    fields.update(
        oauth_auth_url=args.auth_url,
        oauth_token_url=args.token_url,
        oauth_revoke_url=args.revoke_url,
        oauth_scopes=args.scope,
        oauth_client_id=args.client_id,
    )
    return fields


def add_account(args: argparse.Namespace, data: AccountData) -> int:
    """Record an account that signs in through its provider; `accounts signin` signs it in."""
    from nextmove.cli.mail import _open_outbox
    from nextmove.storage.accounts import DuplicateAccountError

    outbox = _open_outbox(args)
    try:
        outbox.accounts.add(data)
    except DuplicateAccountError as error:
        raise CommandError(str(error)) from None
    print(
        f"Added account “{data.display_name}” ({data.from_address}), which signs in through "
        f"its provider. Sign in with: nextmove accounts signin {quoted(data.display_name)}"
    )
    from nextmove.domain.oauth import preset_for_urls

    preset = preset_for_urls(data.oauth_auth_url, data.oauth_token_url)
    if not data.oauth_client_id and preset and not _setting(args, preset.key):
        print(no_client_id(preset.key, preset.button))
    return 0


def _setting(args: argparse.Namespace, key: str) -> str:
    from nextmove.mail.client_ids import client_id
    from nextmove.storage.preferences import read_settings

    return client_id(key, read_settings(data_paths(args).root))


def no_client_id(key: str, button: str) -> str:
    from nextmove.mail.client_ids import env_name

    provider = button.removeprefix("Sign in with ")
    return (
        f"No client id is set for {provider} yet: before signing in, set {env_name(key)} or "
        "add the account again with --client-id ID (the README explains how to register one)."
    )


def quoted(name: str) -> str:
    import shlex

    return shlex.quote(name)


def has_desktop() -> bool:
    """Whether a graphical browser can be opened (Windows, macOS, or an X/Wayland session)."""
    import os

    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def state_text(account: AccountRow, has_secret: bool) -> str:
    """How `accounts list` describes the account's sign-in."""
    if not account.is_oauth:
        return "password"
    if account.signin_needed:
        return "oauth, sign in again"
    return "oauth, signed in" if has_secret else "oauth, not signed in yet"


def run_accounts_signin(args: argparse.Namespace) -> int:
    import threading
    import webbrowser

    from nextmove.cli.mail import _account_id, _open_outbox
    from nextmove.mail.credentials import KeyringUnavailableError, insecure_reason
    from nextmove.mail.loopback import SignInCancelledError, SignInTimeoutError
    from nextmove.mail.oauth import OAuthError

    outbox = _open_outbox(args)
    account_id = _account_id(outbox, args.name)
    if account_id is None:
        raise CommandError(f"no account named “{args.name}”")
    account = outbox.accounts.get(account_id)
    if not account.is_oauth:
        raise CommandError(
            f"“{account.display_name}” signs in with a password; use `nextmove accounts add "
            "--auth oauth` for an account that signs in through its provider"
        )
    reason = insecure_reason(outbox.credentials.backend)
    if reason is not None:
        raise CommandError(f"{reason} The sign-in cannot be kept.")
    from nextmove.domain.oauth import preset_for_urls

    preset = preset_for_urls(account.oauth_auth_url, account.oauth_token_url)
    if not account.oauth_client_id and preset and not _setting(args, preset.key):
        raise CommandError(no_client_id(preset.key, preset.button))

    def show(url: str) -> None:
        print(OPEN_LINE + url, flush=True)
        if not args.no_browser:
            if has_desktop():
                # Never waits on the browser: a console browser would take the terminal over.
                threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
            else:
                print("No desktop to open a browser on: open the address above.", flush=True)
        print("Waiting for you to sign in (up to 5 minutes; Ctrl+C cancels)…", flush=True)

    try:
        outbox.tokens.sign_in(account, show)
    except KeyboardInterrupt:
        raise CommandError("signing in was cancelled; nothing was changed") from None
    except SignInCancelledError:
        raise CommandError("signing in was cancelled; nothing was changed") from None
    except SignInTimeoutError:
        raise CommandError(
            "no sign-in arrived within 5 minutes; run the command again when ready"
        ) from None
    except OAuthError as error:
        raise CommandError(error.message) from None
    except KeyringUnavailableError as error:
        raise CommandError(f"{error} The sign-in was not kept.") from None
    outbox.unblock(account_id)
    print(
        f"Signed in: “{account.display_name}” can send. The sign-in is kept in your system "
        "keyring.",
        flush=True,
    )
    sys.stdout.flush()
    return 0
