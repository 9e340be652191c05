"""A received message (RFC 5322 bytes) reduced to what the inbox rules read."""

from __future__ import annotations

import email
import email.policy
import email.utils
from datetime import UTC, datetime
from email.message import EmailMessage, Message

from nextmove.domain.inbox import IncomingMail
from nextmove.domain.inbox.text import html_to_text

MAX_BODY_CHARS = 200_000  # a newsletter's megabytes of HTML decide nothing more than its start


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, IndexError, AttributeError):
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _date(message: Message) -> datetime | None:
    raw = _header(message, "Date")
    if not raw:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _part_text(part: Message) -> str:
    try:
        if isinstance(part, EmailMessage):
            content = part.get_content()
            return content if isinstance(content, str) else ""
    except (LookupError, ValueError, AssertionError, KeyError):
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except LookupError:
        return payload.decode("utf-8", "replace")


def body_text(message: Message) -> str:
    """The plain text of a message: its text/plain part, else its HTML part as text."""
    plain = html = None
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = _part_text(part)
        elif kind == "text/html" and html is None:
            html = _part_text(part)
    if plain and plain.strip():
        return plain[:MAX_BODY_CHARS]
    if html:
        return html_to_text(html[:MAX_BODY_CHARS])
    return ""


def is_bulk(message: Message) -> bool:
    """A mailing list or bulk sender by its own headers."""
    precedence = _header(message, "Precedence").lower()
    return bool(_header(message, "List-Id")) or precedence in {"bulk", "list", "junk"}


def parse_message(raw: bytes) -> IncomingMail:
    """The parts of one message the rules read; a damaged header reads as empty."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    name, address = email.utils.parseaddr(_header(message, "From"))
    return IncomingMail(
        message_id=_header(message, "Message-ID"),
        date=_date(message),
        from_name=name,
        from_address=address,
        subject=_header(message, "Subject"),
        body=body_text(message),
        bulk=is_bulk(message),
    )
