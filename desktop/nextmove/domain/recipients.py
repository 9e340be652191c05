"""Several recipients in one field: To, Cc and Bcc, each address checked on its own.

A field holds addresses separated by commas or semicolons (as people paste them from other mail
programs); each one must pass `normalize_address`, so a typo names the exact address. Stored
and shown joined with ", ".
"""

from __future__ import annotations

import re

from nextmove.domain.addresses import HeaderValueError, has_line_break, normalize_address

MAX_RECIPIENTS = 100  # providers cap a message at 100 (Gmail) to 500 recipients
_SEPARATORS = re.compile(r"[,;]")


def split_addresses(text: str) -> list[str]:
    """The non-empty parts of a field, as typed (not yet checked)."""
    return [part.strip() for part in _SEPARATORS.split(text) if part.strip()]


def check_addresses(field: str, text: str, *, label: str, required: bool) -> list[str]:
    """Each address of the field in its normal form, duplicates dropped; HeaderValueError
    names the first bad one."""
    if has_line_break(text):
        raise HeaderValueError(field, f"The {label} must be a single line.")
    parts = split_addresses(text)
    if not parts:
        if required:
            raise HeaderValueError(field, f"Enter the {label}.")
        return []
    if len(parts) > MAX_RECIPIENTS:
        raise HeaderValueError(field, f"Enter at most {MAX_RECIPIENTS} addresses.")
    found: list[str] = []
    for part in parts:
        try:
            address = normalize_address(field, part, label=label)
        except HeaderValueError as error:
            if len(parts) == 1:
                raise
            raise HeaderValueError(field, f"“{part}”: {error.message}") from None
        if address.lower() not in {a.lower() for a in found}:
            found.append(address)
    return found


def join_addresses(addresses: list[str]) -> str:
    return ", ".join(addresses)


def envelope(to: list[str], cc: list[str], bcc: list[str]) -> list[str]:
    """Everyone the server must deliver to, each once (Bcc included, never in a header)."""
    seen: set[str] = set()
    result: list[str] = []
    for address in (*to, *cc, *bcc):
        if address.lower() not in seen:
            seen.add(address.lower())
            result.append(address)
    return result


def join_names(names: list[str]) -> str:
    """ "Ana", "Ana and Ben", "Ana, Ben and Cy": how one email greets several people."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
