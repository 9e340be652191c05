"""A job posting as read from a page: every field is None when the page does not state it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Source(StrEnum):
    """Where a posting was read from, most structured first."""

    JSON_LD = "json-ld"
    MICRODATA = "microdata"
    OPENGRAPH = "opengraph"
    HTML = "html"


# Saved pages the window and the command line read (an address or pasted text otherwise).
FILE_SUFFIXES = (".html", ".htm", ".mhtml", ".mht", ".txt")
FIELDS = (
    "company",
    "role",
    "location",
    "workplace",
    "salary",
    "posted_on",
    "closes_on",
    "url",
    "description",
)


@dataclass(frozen=True)
class Posting:
    """What one posting states; `origins` names, per filled field, the part of the page read."""

    source: Source
    company: str | None = None
    role: str | None = None
    location: str | None = None
    workplace: str | None = None
    salary: str | None = None
    posted_on: date | None = None
    closes_on: date | None = None
    url: str | None = None
    description: str | None = None
    origins: dict[str, str] = field(default_factory=dict, compare=False)

    def as_json(self) -> dict[str, Any]:
        """The `nextmove capture --json` object: ISO dates, null for what the page left out."""
        result: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(self, name)
            result[name] = value.isoformat() if isinstance(value, date) else value
        result["source"] = self.source.value
        return result


class CaptureError(Exception):
    """The page could not be read or states no posting; the message is for the person."""
