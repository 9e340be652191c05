"""What a person hands over (an address, a saved page, pasted HTML or text) as postings."""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import urlsplit

from w3lib.encoding import html_to_unicode

from nextmove.capture.extract import NOTHING_FOUND, extract_postings
from nextmove.capture.fetch import MAX_BYTES, Page, check_address, fetch
from nextmove.capture.posting import FILE_SUFFIXES, CaptureError, Posting, Source
from nextmove.capture.text import looks_like_html, to_plain_text

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
Fetcher = Callable[[str], Page]


def is_address(text: str) -> bool:
    """True for anything written as an address (`https://…`, `file:…`, `javascript:…`)."""
    text = text.strip()
    if "\n" in text or " " in text:
        return False
    if text.lower().startswith("www."):
        return True
    return _SCHEME.match(text) is not None and not re.match(r"^[a-zA-Z]:[\\/]", text)


def read_address(url: str, fetcher: Fetcher = fetch) -> list[Posting]:
    """Fetch a page (http/https only, refused before any connection otherwise) and read it."""
    if url.strip().lower().startswith("www."):
        url = "https://" + url.strip()
    page = fetcher(check_address(url))
    return read_bytes(page.body, page.content_type, page.url)


def read_file(path: Path) -> list[Posting]:
    """A saved page (.html, .htm, .mhtml, .txt)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as error:
        raise CaptureError(f"There is no file called {path}.") from error
    except OSError as error:
        raise CaptureError(f"{path} could not be read: {error.strerror or error}.") from error
    if path.is_dir():
        raise CaptureError(f"{path} is a folder, not a saved page.")
    if size > MAX_BYTES:
        raise CaptureError(f"{path.name} is larger than 5 MB, so it was not read.")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CaptureError(f"{path} could not be read: {error.strerror or error}.") from error
    suffix = path.suffix.lower()
    if _binary(data):
        raise CaptureError(f"{path.name} is not a web page.")
    if suffix not in FILE_SUFFIXES and not looks_like_html(data[:4096].decode("latin-1")):
        raise CaptureError(f"{path.name} is not a saved page (.html, .htm, .mhtml or .txt).")
    if suffix in (".mhtml", ".mht") or data.lstrip()[:200].lower().startswith(b"from:"):
        return _read_mhtml(data)
    if suffix == ".txt":
        return read_text(data.decode("utf-8", "replace"))
    return read_bytes(data, "", None)


def read_pasted(text: str, fetcher: Fetcher = fetch) -> list[Posting]:
    """What was pasted or dropped: an address, a page's HTML, or its text."""
    text = text.strip()
    if not text:
        raise CaptureError("Paste a link to the posting, or the page's HTML or text.")
    if is_address(text):
        return read_address(text, fetcher)
    if "\n" not in text and text.lower().endswith(FILE_SUFFIXES) and Path(text).is_file():
        return read_file(Path(text))
    if looks_like_html(text):
        return extract_postings(text)
    return read_text(text)


def read_source(value: str, fetcher: Fetcher = fetch) -> list[Posting]:
    """The command line's URL|FILE: an address is fetched, anything else is a file."""
    if is_address(value) and not Path(value).exists():
        return read_address(value, fetcher)
    return read_file(Path(value))


def read_bytes(body: bytes, content_type: str, url: str | None) -> list[Posting]:
    """A page's bytes, decoded as the header, BOM or `<meta charset>` says (w3lib)."""
    if _binary(body):
        raise CaptureError("This is not a web page.")
    _, text = html_to_unicode(content_type or None, body)
    kind = content_type.split(";")[0].strip().lower()
    if kind == "text/plain" or not looks_like_html(text):
        return read_text(text, url)
    return extract_postings(text, url)


_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"{\\rtf")


def _binary(data: bytes) -> bool:
    """A PDF, an office file, an image, an archive: bytes that are not a page's text."""
    head = data[:1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text
        return False
    if head.lstrip().startswith(_MAGIC) or b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return bool(head) and controls / len(head) > 0.05


def read_text(text: str, url: str | None = None) -> list[Posting]:
    """A page's text as copied from the browser: its first line is the title, the rest kept."""
    plain = to_plain_text(text)
    if not plain:
        raise CaptureError(NOTHING_FOUND)
    first = plain.split("\n", 1)[0]
    origins = {"role": "first line", "description": "text"}
    if url is not None:
        origins["url"] = "address fetched"
    role = first.strip()[:200]
    return [Posting(Source.HTML, role=role, description=plain, url=url, origins=origins)]


def _read_mhtml(data: bytes) -> list[Posting]:
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html" and isinstance(part, EmailMessage):
            body = part.get_payload(decode=True)
            if not isinstance(body, bytes):
                continue
            charset = part.get_content_charset()
            content_type = f"text/html; charset={charset}" if charset else "text/html"
            location = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            url = str(location) if location else None
            if url and urlsplit(url).scheme not in ("http", "https"):
                url = None
            return read_bytes(body, content_type, url)
    raise CaptureError("This saved page holds no HTML.")
