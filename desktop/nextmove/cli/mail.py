"""Mail commands: `nextmove accounts …`, `nextmove send …`, `nextmove outbox …`.

The password is read from standard input (`--password-stdin`) or typed at a prompt, goes
straight to the OS keyring, and is never printed. Exit codes: 0 done, 1 failed (the reason is
printed), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nextmove.cli import ACCOUNTS_IN_APP, COMPOSE_IN_APP, OUTBOX_IN_APP, accounts_oauth
from nextmove.domain.outbox_state import OutboxState

if TYPE_CHECKING:
    from nextmove.domain.documents import AttachmentRef
    from nextmove.domain.inbox.settings import InboxSettings
    from nextmove.domain.smtp_errors import Problem
    from nextmove.mail.outbox import Outbox
    from nextmove.mail.outbox_results import BatchResult


def register(subparsers: Any) -> None:
    """Add this module's commands to the `nextmove` parser."""
    accounts = subparsers.add_parser("accounts", help="add, list, test or remove mail accounts")
    actions = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a mail account (the password goes to the keyring)")
    add.add_argument("--name", required=True, help="a name for the account, like Work")
    add.add_argument(
        "--from", dest="from_address", required=True, metavar="ADDRESS", help="your address"
    )
    add.add_argument("--host", default="", help="outgoing (SMTP) server")
    add.add_argument("--port", default=None, type=int)
    add.add_argument("--security", default=None, choices=["tls", "starttls"])
    add.add_argument("--username", default="")
    add.add_argument(
        "--sender-name",
        default="",
        metavar="NAME",
        help="your name, shown in the From line and signing templates "
        "(default: guessed from the address)",
    )
    add.add_argument(
        "--ca-file",
        type=Path,
        default=None,
        metavar="PEM",
        help=("trust this certificate (a self-signed or private CA, e.g. Proton Mail Bridge)"),
    )
    add.add_argument(
        "--auto-send",
        action="store_true",
        help=("let queued messages leave by themselves when the server can be reached"),
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help=("read the password from standard input instead of prompting"),
    )
    accounts_oauth.add_arguments(add)
    # Reading replies (IMAP, read-only): see `nextmove inbox watch` to change it later.
    add.add_argument(
        "--imap-host", default=None, metavar="HOST", help="incoming (IMAP) server to watch"
    )
    add.add_argument("--imap-port", type=int, default=None, metavar="PORT")
    add.add_argument("--imap-security", choices=["tls", "starttls"], default=None)
    add.add_argument(
        "--watch-inbox",
        action="store_true",
        help="watch the inbox for replies (read-only; on by itself with --imap-host)",
    )
    add.set_defaults(handler=run_accounts_add, writes=ACCOUNTS_IN_APP)

    listing = actions.add_parser("list", help="list mail accounts")
    listing.set_defaults(handler=run_accounts_list)

    accounts_oauth.register(actions)

    remove = actions.add_parser("remove", help="remove an account and its saved password")
    remove.add_argument("name")
    remove.set_defaults(handler=run_accounts_remove, writes=ACCOUNTS_IN_APP)

    test = actions.add_parser("test", help="sign in to the server without sending anything")
    test.add_argument("name")
    test.set_defaults(handler=run_accounts_test)

    send = subparsers.add_parser("send", help="queue an email and send it now")
    send.add_argument("--account", required=True, metavar="NAME", help="the account to send from")
    send.add_argument(
        "--to", required=True, action="append", metavar="ADDRESS", help="a recipient (repeatable)"
    )
    send.add_argument(
        "--cc", action="append", default=[], metavar="ADDRESS", help="a copy to (repeatable)"
    )
    send.add_argument(
        "--bcc",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a hidden copy to (repeatable; no copy shows it)",
    )
    send.add_argument("--subject", required=True, help="a single line")
    send.add_argument(
        "--body-file", required=True, type=Path, metavar="FILE", help="the message, UTF-8 text"
    )
    send.add_argument(
        "--attach",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="attach a file (repeat for several)",
    )
    send.set_defaults(handler=run_send, writes=COMPOSE_IN_APP)

    outbox = subparsers.add_parser("outbox", help="see or send the messages waiting to leave")
    outbox_actions = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    outbox_actions.add_parser("list", help="list the outbox").set_defaults(handler=run_outbox_list)
    outbox_actions.add_parser("send", help="send every queued message now").set_defaults(
        handler=run_outbox_send, writes=OUTBOX_IN_APP
    )


def _fail(message: str) -> int:
    from nextmove.cli import fail

    return fail(message)


def _open_outbox(args: argparse.Namespace) -> Outbox:
    from nextmove.mail.client_ids import client_id
    from nextmove.mail.credentials import CredentialStore
    from nextmove.mail.outbox import Outbox
    from nextmove.storage.database import DataPaths, open_database
    from nextmove.storage.preferences import load_preferences, read_settings

    read_only = not isinstance(getattr(args, "writes", None), str)
    database = open_database(DataPaths(args.data_dir), read_only=read_only)
    outbox = Outbox(
        database,
        CredentialStore(),
        sender_name=lambda: load_preferences(args.data_dir).your_name,
    )
    settings = read_settings(DataPaths(args.data_dir).root)
    outbox.tokens.default_client_id = lambda key: client_id(key, settings)
    return outbox


def _read_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin.isatty():
        return getpass.getpass("Password (stored in your system keyring): ")
    return None


def run_accounts_add(args: argparse.Namespace) -> int:
    from nextmove.domain.accounts import AccountData, name_from_address, validate_account
    from nextmove.mail.credentials import KeyringUnavailableError, insecure_reason
    from nextmove.storage.accounts import DuplicateAccountError

    ca_file = ""
    if args.ca_file is not None:
        if not args.ca_file.is_file():
            return _fail(f"the certificate file {args.ca_file} does not exist")
        ca_file = str(args.ca_file.resolve())
    sender_name = args.sender_name.strip()
    guessed = not sender_name
    if guessed:
        sender_name = name_from_address(args.from_address)
        if not sender_name:
            return _fail("give your name with --sender-name: it signs your emails")
    data = AccountData(
        display_name=args.name,
        from_address=args.from_address,
        sender_name=sender_name,
        ca_file=ca_file,
        auto_send=args.auto_send,
        **accounts_oauth.server_and_auth(args),
    )
    errors = validate_account(data)
    if errors:
        return _fail(" ".join(errors.values()))
    if data.is_oauth:
        return accounts_oauth.add_account(args, data)
    password = _read_password(args)
    if not password:
        return _fail("no password given: pass it on standard input with --password-stdin")
    reading = _reading_settings(args)
    if isinstance(reading, str):
        return _fail(reading)
    outbox = _open_outbox(args)
    reason = insecure_reason(outbox.credentials.backend)
    if reason is not None:
        return _fail(f"{reason} The account was not added.")
    try:
        account_id = outbox.accounts.add(data)
    except DuplicateAccountError as error:
        return _fail(str(error))
    if reading is not None:
        from nextmove.storage.inbox import InboxRepository

        InboxRepository(outbox.database).save_settings(account_id, reading)
    try:
        outbox.credentials.save(account_id, password)
    except KeyringUnavailableError as error:
        outbox.accounts.remove(account_id)
        return _fail(f"{error} The account was not added.")
    print(
        f"Added account “{data.display_name}” ({data.from_address}). "
        "The password is in your system keyring."
    )
    if guessed:
        print(
            f"Your emails are signed “{sender_name}” (guessed from the address). To change "
            "it, remove the account and add it again with --sender-name, or edit it in "
            "Mail › Mail Accounts."
        )
    return 0


def _reading_settings(args: argparse.Namespace) -> InboxSettings | str | None:
    """The account's inbox settings from the IMAP options, a reason they are wrong, or None."""
    from nextmove.domain.inbox.settings import DEFAULT_PORTS, InboxSettings, imap_for
    from nextmove.domain.inbox.settings import validate_inbox as check

    wanted = args.watch_inbox or args.imap_host or args.imap_port or args.imap_security
    if not wanted:
        return None
    host, port, security = imap_for(args.host)
    security = args.imap_security or security
    settings = InboxSettings(
        watch=True,
        host=args.imap_host or host,
        port=args.imap_port or (DEFAULT_PORTS[security] if args.imap_security else port),
        security=security,
    )
    errors = check(settings)
    return " ".join(errors.values()) if errors else settings


def run_accounts_list(args: argparse.Namespace) -> int:
    outbox = _open_outbox(args)
    accounts = outbox.accounts.all()
    if not accounts:
        print("No mail accounts yet. Add one with: nextmove accounts add --help")
        return 0
    for account in accounts:
        security = "TLS" if account.security == "tls" else "STARTTLS"
        extras = []
        if account.ca_file:
            extras.append(f"trusts {account.ca_file}")
        if account.auto_send:
            extras.append("sends automatically")
        reading = _inbox_settings(outbox, account.id)
        if reading is not None and reading.watch:
            extras.append(f"watches its inbox at {reading.host}:{reading.port}")
        tail = f"  ({'; '.join(extras)})" if extras else ""
        signed_in = account.is_oauth and outbox.credentials.get(account.id) is not None
        kind = accounts_oauth.state_text(account, signed_in)
        print(
            f"{account.display_name}\t{account.from_address}\t"
            f"{account.host}:{account.port} {security}\t{account.username}\t{kind}{tail}"
        )
    return 0


def _inbox_settings(outbox: Outbox, account_id: int) -> InboxSettings | None:
    from nextmove.storage.inbox import InboxRepository

    try:
        return InboxRepository(outbox.database).settings(account_id)
    except LookupError:
        return None


def _account_id(outbox: Outbox, name: str) -> int | None:
    from nextmove.storage.accounts import AccountNotFoundError

    try:
        return outbox.accounts.by_name(name).id
    except AccountNotFoundError:
        return None


def run_accounts_remove(args: argparse.Namespace) -> int:
    outbox = _open_outbox(args)
    account_id = _account_id(outbox, args.name)
    if account_id is None:
        return _fail(f"no account named “{args.name}”")
    account = outbox.accounts.get(account_id)
    if account.is_oauth:
        revoked = outbox.tokens.sign_out(account)
        outbox.accounts.remove(account_id)
        done = "revoked its sign-in at the provider" if revoked else "forgot its sign-in"
        print(f"Removed account “{args.name}” and {done}.")
        return 0
    outbox.accounts.remove(account_id)
    outbox.credentials.delete(account_id)
    print(f"Removed account “{args.name}” and its saved password.")
    return 0


def run_accounts_test(args: argparse.Namespace) -> int:
    from nextmove.mail.transport import SendError

    outbox = _open_outbox(args)
    account_id = _account_id(outbox, args.name)
    if account_id is None:
        return _fail(f"no account named “{args.name}”")
    try:
        outbox.check_account(account_id)
    except SendError as error:
        return _fail(str(error))
    account = outbox.accounts.get(account_id)
    print(f"Signed in to {account.host}:{account.port} as {account.username}: the account works.")
    return 0


def run_send(args: argparse.Namespace) -> int:
    from nextmove.domain.addresses import HeaderValueError
    from nextmove.storage.outbox import OutgoingDraft

    outbox = _open_outbox(args)
    account_id = _account_id(outbox, args.account)
    if account_id is None:
        return _fail(f"no account named “{args.account}”")
    body, problem = _read_body(args.body_file)
    if problem:
        return _fail(problem)
    subject, body = _signed(
        args.data_dir, outbox.accounts.get(account_id).sender_name, args.subject, body
    )
    attachments, problem = _attachments(args.attach)
    if problem:
        return _fail(problem)
    draft = OutgoingDraft(
        purpose="follow_up",
        to_address=", ".join(args.to),
        subject=subject,
        body=body,
        account_id=account_id,
        cc_addresses=", ".join(args.cc),
        bcc_addresses=", ".join(args.bcc),
        attachments=attachments,
    )
    try:
        message_id = outbox.queue(draft)
    except HeaderValueError as error:
        return _fail(error.message)
    result = outbox.send_pending(message_ids={message_id})
    if message_id in result.sent:
        everyone = len(args.to) + len(args.cc) + len(args.bcc)
        print(
            f"Sent to {', '.join(args.to)}"
            + (f" ({everyone} recipients)." if everyone > 1 else ".")
        )
        return 0
    return _fail(_why_not_sent(outbox, message_id, result))


def _signed(data_dir: Path, sender_name: str, subject: str, body: str) -> tuple[str, str]:
    """{your_name} and {signature} filled from Your details (the window's preferences), the
    account's name signing when none is stored; any other placeholder is still refused."""
    from nextmove.domain.templates import details_values, render
    from nextmove.storage.preferences import load_preferences

    preferences = load_preferences(data_dir)
    values = details_values(preferences.your_name or sender_name, preferences.signature)
    return render(subject, values), render(body, values)


def _attachments(paths: list[Path]) -> tuple[tuple[AttachmentRef, ...], str]:
    """The files to attach, or a sentence saying which one cannot be."""
    from nextmove.domain.documents import AttachmentRef, attachments_too_large, readable_size

    refs: list[AttachmentRef] = []
    for path in paths:
        if path.is_dir():
            return (), f"{path} is a folder, not a file; nothing was sent"
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return (), f"there is no file {path} to attach; nothing was sent"
        except OSError as error:
            return (), f"cannot read {path} ({error.strerror or error}); nothing was sent"
        refs.append(AttachmentRef(path.name, str(path.resolve()), size))
    if attachments_too_large(refs):
        total = readable_size(sum(r.size for r in refs))
        print(
            f"nextmove: warning: the attachments add up to {total}; many mail servers refuse "
            "messages above 20-25 MB",
            file=sys.stderr,
        )
    return tuple(refs), ""


def _read_body(path: Path) -> tuple[str, str]:
    """The message text, or "" and a sentence saying why the file cannot be used."""
    try:
        return path.read_text(encoding="utf-8"), ""
    except FileNotFoundError:
        return "", f"there is no file {path}; nothing was sent"
    except IsADirectoryError:
        return "", f"{path} is a folder, not a text file; nothing was sent"
    except PermissionError:
        return "", f"you are not allowed to read {path}; nothing was sent"
    except UnicodeDecodeError:
        return "", f"{path} is not UTF-8 text; save it as UTF-8 and try again"
    except OSError as error:
        reason = error.strerror or "it could not be read"
        return "", f"cannot read {path} ({reason.lower()}); nothing was sent"


def _why_not_sent(outbox: Outbox, message_id: int, result: BatchResult) -> str:
    row = outbox.messages.get(message_id)
    reason = row.last_error if row is not None and row.last_error else "it was not sent"
    if message_id in result.failed:
        where = "It failed"
    elif message_id in result.held and row is not None and _needs_signin(outbox, row.account_id):
        name = accounts_oauth.quoted(_account_name(outbox, row.account_id or 0))
        return (
            f"{reason} It waits in the outbox (message {message_id}); sign in with: "
            f"nextmove accounts signin {name}"
        )
    elif message_id in result.held:
        where = "It waits in the outbox until the account is fixed"
    else:
        where = "It waits in the outbox"
    return f"{reason} {where} (message {message_id})."


def run_outbox_list(args: argparse.Namespace) -> int:
    outbox = _open_outbox(args)
    rows = outbox.messages.rows()
    if not rows:
        print("The outbox is empty.")
        return 0
    for row in rows:
        state = "may have been sent" if outbox.maybe_sent(row) else row.state
        if row.needs_attention:
            state = "needs attention"
        note = f"\t{row.last_error}" if row.last_error and row.state != OutboxState.SENT else ""
        print(f"{row.id}\t{state}\t{row.to_address}\t{row.subject}{note}")
    return 0


def run_outbox_send(args: argparse.Namespace) -> int:
    outbox = _open_outbox(args)
    result = outbox.send_pending(ignore_schedule=True)
    tried = result.sent or result.retrying or result.failed or result.held
    if not tried and not result.account_problems and not outbox.messages.count(OutboxState.QUEUED):
        print("Nothing is waiting in the outbox.")
        return 0
    summary = (
        f"Sent {len(result.sent)}, waiting to retry {len(result.retrying)}, "
        f"failed {len(result.failed)}"
    )
    if result.held:
        summary += f", waiting for you to fix the account {len(result.held)}"
    print(summary + ".")
    for account_id, problem in result.account_problems.items():
        print(f"  {_account_name(outbox, account_id)}: {_problem_text(problem)}", file=sys.stderr)
    not_sent = (
        [(message_id, OutboxState.FAILED) for message_id in result.failed]
        + [(message_id, "will retry") for message_id in result.retrying]
        + [(message_id, "needs attention") for message_id in result.held]
    )
    for message_id, outcome in sorted(not_sent):
        row = outbox.messages.get(message_id)
        if row is not None:
            print(
                f"  message {row.id} to {row.to_address} ({outcome}): "
                f"{row.last_error or 'not sent'}",
                file=sys.stderr,
            )
    unsent = result.failed or result.account_problems or result.retrying or result.held
    waiting = outbox.messages.count(OutboxState.QUEUED)
    if not result.sent and not unsent and waiting:
        print(f"  {waiting} waiting, but none has an account to send from.", file=sys.stderr)
        return 1
    return 1 if unsent else 0


def _needs_signin(outbox: Outbox, account_id: int | None) -> bool:
    try:
        return account_id is not None and outbox.accounts.get(account_id).signin_needed
    except LookupError:
        return False


def _account_name(outbox: Outbox, account_id: int) -> str:
    try:
        return outbox.accounts.get(account_id).display_name
    except LookupError:
        return str(account_id)


def _problem_text(problem: Problem) -> str:
    return problem.message
