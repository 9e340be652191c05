"""Email templates: a subject and body with {placeholders}, rendered without surprises.

Placeholders are the names in PLACEHOLDERS. Rendering never raises on user text: an unknown
or malformed placeholder is left as written, so a person's own braces survive. `{a_role}` and
`{A_role}` come from `{role}` with the article it needs ("an Engineering Manager"), and a
`{signature}` line is dropped when the person has no signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nextmove.domain.articles import with_article

PLACEHOLDERS: dict[str, str] = {
    "first_name": "the contact's first name",
    "contact_name": "the contact's full name",
    "company": "the company",
    "role": "the role",
    "your_name": "your name",
    "signature": "your signature",
    "a_role": "the role after “a” or “an”",
    "A_role": "the same, starting a sentence",
}
# Filled for each person separately where one message goes to several (the experts page).
PER_PERSON = frozenset({"first_name", "contact_name"})

_FIELD = re.compile(r"\{([A-Za-z_]+)\}")
# A line that holds nothing but the signature: removed with it when there is none.
_SIGNATURE_LINE = re.compile(r"^[ \t]*\{signature\}[ \t]*(?:\n|$)", re.MULTILINE)


@dataclass(frozen=True)
class TemplateText:
    purpose: str
    name: str
    subject: str
    body: str


def with_derived(values: dict[str, str]) -> dict[str, str]:
    """The values plus what follows from them: the role with its article."""
    role = values.get("role", "")
    if not role.strip():
        return values
    return {**values, "a_role": with_article(role), "A_role": with_article(role, capital=True)}


def render(text: str, values: dict[str, str]) -> str:
    """Replace known {placeholders}; anything else is kept verbatim."""
    values = with_derived(values)
    if "signature" in values and not values["signature"].strip():
        text = _SIGNATURE_LINE.sub("", text)

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


def details_values(your_name: str, signature: str) -> dict[str, str]:
    """The person's own details as placeholder values ("Your details" in preferences).

    The signature is always a value (an empty one removes its line); a signature that starts
    with the name itself is not signed twice under a template's "{your_name}" line."""
    name = your_name.strip()
    lines = signature.strip("\n").splitlines()
    if name and lines and lines[0].strip() == name:
        lines = lines[1:]
    values = {"signature": "\n".join(lines).rstrip()}
    if name:
        values["your_name"] = name
    return values


# The template Compose starts from, by the application's status: what the moment calls for.
_DEFAULT_PURPOSES: dict[str, tuple[str, ...]] = {
    "applied": ("follow_up",),
    "ghosted": ("follow_up",),
    "screening": ("interview_thanks",),
    "interviewing": ("interview_thanks",),
    "offer": ("offer_thanks",),
    # After a rejection: ask for feedback once, then thank them, then keep in touch.
    "rejected": ("feedback_request", "thank_you", "keep_in_touch"),
    "withdrawn": ("keep_in_touch",),
}


def default_purpose(status: str, already: frozenset[str] = frozenset()) -> str:
    """The template for an email about an application in `status`; `already` holds the
    purposes of emails already written for it (queued or sent), which are not offered twice
    when there is a next step. "" when no template fits (a blank message)."""
    choices = _DEFAULT_PURPOSES.get(status, ())
    for purpose in choices:
        if purpose not in already:
            return purpose
    return choices[-1] if choices else ""
