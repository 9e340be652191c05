"""Email templates: a subject and body with {placeholders}, rendered without surprises.

Placeholders are the names in PLACEHOLDERS. Rendering never raises on user text: an unknown
or malformed placeholder is left as written, so a person's own braces survive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PLACEHOLDERS: dict[str, str] = {
    "first_name": "the contact's first name",
    "contact_name": "the contact's full name",
    "company": "the company",
    "role": "the role",
    "your_name": "your name",
}

_FIELD = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class TemplateText:
    purpose: str
    name: str
    subject: str
    body: str


def render(text: str, values: dict[str, str]) -> str:
    """Replace known {placeholders}; anything else is kept verbatim."""

    def substitute(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in PLACEHOLDERS and key in values:
            return values[key]
        return match.group(0)

    return _FIELD.sub(substitute, text)


def unfilled(text: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """Known placeholders still in `text` after rendering (no value was available for them),
    except those in `keep`, which are filled later."""
    found: list[str] = []
    for match in _FIELD.finditer(text):
        key = match.group(1)
        if key in PLACEHOLDERS and key not in keep and key not in found:
            found.append(key)
    return found


def parse_template_file(purpose: str, text: str) -> TemplateText:
    """Parse a shipped template: `Name:` and `Subject:` header lines, a blank line, the body."""
    header, _, body = text.replace("\r\n", "\n").partition("\n\n")
    fields: dict[str, str] = {}
    for line in header.splitlines():
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip()
    if "subject" not in fields:
        raise ValueError(f"template {purpose!r} has no Subject: line")
    return TemplateText(
        purpose, fields.get("name", purpose), fields["subject"], body.strip() + "\n"
    )


def first_name(full_name: str) -> str:
    parts = full_name.strip().split()
    return parts[0] if parts else ""
