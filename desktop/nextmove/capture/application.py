"""A captured posting as a new application: what goes where, and when it is a duplicate."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from nextmove.capture.posting import Posting
from nextmove.domain.application import MAX_TEXT, ApplicationData
from nextmove.domain.status import Status, Workplace

CLOSING_ACTION = "Apply before the posting closes"


@dataclass(frozen=True)
class Existing:
    """An application already tracked, as far as duplicate checks need it."""

    id: int
    company: str
    role: str
    job_url: str


def to_application(posting: Posting) -> ApplicationData:
    """The application a posting becomes: saved (wishlist), with its description kept.

    The closing date becomes the next action; the posting date goes in the notes, since an
    application has no field of its own for it.
    """
    notes = f"Posted on {posting.posted_on.isoformat()}." if posting.posted_on else ""
    return ApplicationData(
        company=(posting.company or "")[:MAX_TEXT],
        role=(posting.role or "")[:MAX_TEXT],
        status=Status.WISHLIST,
        job_url=posting.url or "",
        location=(posting.location or "")[:MAX_TEXT],
        workplace=Workplace(posting.workplace or ""),
        source=board_name(posting.url),
        salary=(posting.salary or "")[:MAX_TEXT],
        next_action_on=posting.closes_on,
        next_action=CLOSING_ACTION if posting.closes_on else "",
        job_description=posting.description or "",
        notes=notes,
    )


def board_name(url: str | None) -> str:
    """The site a posting came from (`boards.greenhouse.io`), for the Source column."""
    if not url:
        return ""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")[:MAX_TEXT]


def same_url(first: str, second: str) -> bool:
    """The same posting address, ignoring case of the host, a trailing slash and a fragment."""
    return bool(first) and bool(second) and _url_key(first) == _url_key(second)


def _url_key(url: str) -> str:
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/")
    return urlunsplit(("", parts.netloc.lower().removeprefix("www."), path, parts.query, ""))


def _text_key(text: str) -> str:
    return " ".join(text.casefold().split())


def find_duplicate(data: ApplicationData, existing: list[Existing]) -> Existing | None:
    """The application already tracked for this posting: same address, or same company and
    role (ignoring case and spacing); the address match wins."""
    for item in existing:
        if same_url(item.job_url, data.job_url):
            return item
    company, role = _text_key(data.company), _text_key(data.role)
    if not company or not role:
        return None
    for item in existing:
        if _text_key(item.company) == company and _text_key(item.role) == role:
            return item
    return None
