"""A received message (RFC 5322 bytes) reduced to what the inbox rules read.

Parsed with the compat32 policy and headers decoded here: the modern policy's header objects
cost about ten times as much, and a first scan reads thousands of messages.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.policy
import email.utils
from datetime import UTC, datetime
from email.message import Message

from nextmove.domain.inbox import IncomingMail
from nextmove.domain.inbox.text import html_to_text

MAX_BODY_CHARS = 200_000  # a newsletter's megabytes of HTML decide nothing more than its start


def _header(message: Message, name: str) -> str:
    """The header's text with RFC 2047 words decoded; "" when missing or unreadable."""
    value = message.get(name)
    if value is None:
        return ""
    try:
        text = str(email.header.make_header(email.header.decode_header(str(value))))
    except (ValueError, LookupError, UnicodeError, email.errors.HeaderParseError):
        text = str(value)
    return " ".join(text.split())


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
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
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
