"""Inbox commands: `nextmove inbox classify FILE.eml`, `nextmove inbox scan --account NAME`,
`nextmove inbox watch NAME`.

`classify` needs no account: it reads one saved message and matches it against the data
folder's applications and contacts. `scan` reads the account's INBOX once, read-only, and
remembers what it found, like Mail › Check for Replies. With `--json` every message is one JSON
object on its own line: message_id, date (ISO 8601), from, subject, kind, application_id,
company, role, evidence.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from email.utils import formataddr
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nextmove.cli import ACCOUNTS_IN_APP, INBOX_IN_APP, CommandError, data_paths, plural

if TYPE_CHECKING:
    from nextmove.domain.inbox import Finding, IncomingMail
    from nextmove.storage.inbox import FindingRow

KIND_WORDS = {
    "rejection": "a rejection",
    "interview": "an interview invitation",
    "offer": "an offer",
    "assessment": "an assessment",
    "acknowledgement": "an acknowledgement",
    "feedback": "a reply about feedback",
    "other": "nothing for the tracker",
}


def register(subparsers: Any) -> None:
    """Add this module's commands to the `nextmove` parser."""
    inbox = subparsers.add_parser(
        "inbox", help="read replies: classify a saved email, or scan an account's inbox"
    )
    actions = inbox.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)

    classify = actions.add_parser(
        "classify",
        help="match one saved email (.eml) to an application and say what kind of reply it is",
    )
    classify.add_argument("file", type=Path, metavar="FILE.eml")
    classify.add_argument("--json", action="store_true", help="one JSON object per message")
    classify.set_defaults(handler=run_classify)

    scan = actions.add_parser(
        "scan", help="read the account's INBOX once, read-only, and list what was found"
    )
    scan.add_argument("--account", required=True, metavar="NAME", help="the mail account")
    scan.add_argument("--json", action="store_true", help="one JSON object per message")
    scan.set_defaults(handler=run_scan, writes=INBOX_IN_APP)

    watch = actions.add_parser(
        "watch", help="set where an account reads its inbox, and turn watching on or off"
    )
    watch.add_argument("name", metavar="NAME", help="the mail account")
    watch.add_argument("--imap-host", default=None, help="incoming (IMAP) server")
    watch.add_argument("--imap-port", type=int, default=None, help="993 (TLS) or 143 (STARTTLS)")
    watch.add_argument("--imap-security", choices=["tls", "starttls"], default=None)
    watch.add_argument("--off", action="store_true", help="stop watching this account's inbox")
    watch.set_defaults(handler=run_watch, writes=ACCOUNTS_IN_APP)


def _read_message(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CommandError(f"there is no file {path}") from None
    except IsADirectoryError:
        raise CommandError(f"{path} is a folder, not a saved email (.eml)") from None
    except PermissionError:
        raise CommandError(f"you are not allowed to read {path}") from None
    except OSError as error:
        raise CommandError(f"cannot read {path} ({(error.strerror or 'error').lower()})") from None


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def _record(
    *,
    message_id: str,
    date: datetime | None,
    name: str,
    address: str,
    subject: str,
    kind: str,
    application_id: int | None,
    company: str | None,
    role: str | None,
    evidence: str,
) -> dict[str, object]:
    return {
        "message_id": message_id,
        "date": _iso(date),
        "from": formataddr((name, address)) if name else address,
        "subject": subject,
        "kind": kind,
        "application_id": application_id,
        "company": company,
        "role": role,
        "evidence": evidence,
    }


def _line(record: dict[str, object]) -> str:
    """`Acme — Data Analyst: a rejection (2026-11-03, from Jane Roe) “…”`."""
    company = record["company"]
    what = f"{company} — {record['role']}" if company else "No tracked application"
    when = str(record["date"] or "")[:10] or "no date"
    sender = str(record["from"]) or "unknown sender"
    text = f"{what}: {KIND_WORDS.get(str(record['kind']), record['kind'])} ({when}, from {sender})"
    if record["evidence"]:
        text += f"\n    “{record['evidence']}”"
    return text


def _emit(records: list[dict[str, object]], as_json: bool) -> None:
    for record in records:
        print(json.dumps(record, ensure_ascii=False) if as_json else _line(record), flush=True)


def _from_mail(mail: IncomingMail, finding: Finding) -> dict[str, object]:
    return _record(
        message_id=mail.message_id,
        date=mail.date,
        name=mail.from_name,
        address=mail.from_address,
        subject=mail.subject,
        kind=finding.kind.value,
        application_id=finding.application_id,
        company=finding.company,
        role=finding.role,
        evidence=finding.evidence,
    )


def _from_row(row: FindingRow) -> dict[str, object]:
    return _record(
        message_id=row.message_id,
        date=row.received_at,
        name=row.from_name,
        address=row.from_address,
        subject=row.subject,
        kind=row.kind.value,
        application_id=row.application_id,
        company=row.company,
        role=row.role,
        evidence=row.evidence,
    )


def run_classify(args: argparse.Namespace) -> int:
    from nextmove.domain.inbox import examine
    from nextmove.mail.inbox_parse import parse_message

    raw = _read_message(args.file)
    if not raw.strip():
        raise CommandError(f"{args.file} is empty, not a saved email")
    mail = parse_message(raw)
    tracked = []
    paths = data_paths(args)
    if paths.database.is_file():
        from nextmove.storage.database import open_database
        from nextmove.storage.inbox import InboxRepository

        database = open_database(paths)
        try:
            tracked = InboxRepository(database).tracked()
        finally:
            database.close()
    _emit([_from_mail(mail, examine(mail, tracked))], args.json)
    return 0


def _open(args: argparse.Namespace) -> Any:
    from nextmove.storage.database import open_database

    return open_database(data_paths(args))


def _account_id(database: Any, name: str) -> int:
    from nextmove.storage.accounts import AccountNotFoundError, AccountRepository

    try:
        return AccountRepository(database).by_name(name).id
    except AccountNotFoundError:
        raise CommandError(f"no account named “{name}”") from None


def run_scan(args: argparse.Namespace) -> int:
    from nextmove.mail.client_ids import client_id
    from nextmove.mail.credentials import CredentialStore
    from nextmove.mail.imap import ImapError
    from nextmove.mail.inbox_scan import InboxScanner
    from nextmove.mail.signin import AccessTokens
    from nextmove.storage.accounts import AccountRepository
    from nextmove.storage.preferences import read_settings

    database = _open(args)
    try:
        account_id = _account_id(database, args.account)
        credentials = CredentialStore()
        # An OAuth account reads with the same token manager and client-id settings as
        # `nextmove send`.
        tokens = AccessTokens(AccountRepository(database), credentials)
        settings = read_settings(data_paths(args).root)
        tokens.default_client_id = lambda key: client_id(key, settings)
        scanner = InboxScanner(database, credentials, tokens=tokens)
        try:
            result = scanner.scan(account_id)
        except ImapError as error:
            raise CommandError(error.message) from None
        records = [_from_row(row) for row in scanner.findings(result)]
    finally:
        database.close()
    _emit(records, args.json)
    if not args.json:
        found = [r for r in records if r["kind"] != "other" or r["application_id"]]
        print(
            f"Read {plural(result.read, 'new message', 'new messages')}; "
            f"{plural(len(found), 'is', 'are')} about your applications."
            if result.read
            else "No new messages since the last check.",
            flush=True,
        )
    return 0


def run_watch(args: argparse.Namespace) -> int:
    from nextmove.domain.inbox.settings import (
        DEFAULT_PORTS,
        InboxSettings,
        imap_for,
        validate_inbox,
    )
    from nextmove.storage.accounts import AccountRepository
    from nextmove.storage.inbox import InboxRepository

    database = _open(args)
    try:
        account_id = _account_id(database, args.name)
        inbox = InboxRepository(database)
        current = inbox.settings(account_id)
        smtp_host = AccountRepository(database).get(account_id).host
        host, port, security = imap_for(smtp_host)
        security = args.imap_security or current.security or security
        settings = InboxSettings(
            watch=not args.off,
            host=args.imap_host or current.host or host,
            port=args.imap_port
            or (DEFAULT_PORTS[security] if args.imap_security else current.port or port),
            security=security,
        )
        errors = validate_inbox(settings)
        if errors:
            raise CommandError(" ".join(errors.values()))
        inbox.save_settings(account_id, settings)
    finally:
        database.close()
    if args.off:
        print(f"No longer watching the inbox of “{args.name}”.")
    else:
        mode = "TLS" if settings.security == "tls" else "STARTTLS"
        print(
            f"Watching the inbox of “{args.name}” at {settings.host}:{settings.port} {mode}, "
            "read-only: nothing on the server is ever changed."
        )
    return 0
