"""Checks on email text with {placeholders}: what a template author or a person mistyped.

Rendering itself never raises (see `templates.render`); these checks are how the person finds
out, next to the field, before a message with "{frist_name}" or "{your_name}" goes out.
"""

from __future__ import annotations

import difflib
import re

from nextmove.domain.templates import PLACEHOLDERS

# Anything that looks meant as a placeholder: an opening brace and the word after it.
_OPENING = re.compile(r"\{([^{}\s]*)(\}?)")


def valid_placeholders() -> str:
    return ", ".join(f"{{{key}}}" for key in PLACEHOLDERS)


def placeholder_problems(text: str) -> list[str]:
    """One plain sentence per mistyped, unknown or unclosed placeholder, in text order."""
    problems: list[str] = []
    for match in _OPENING.finditer(text):
        name, closed = match.group(1), bool(match.group(2))
        if closed and name in PLACEHOLDERS:
            continue
        if not closed:
            shown = "{" + name if name else "{"
            problems.append(f"“{shown}” is missing its closing brace }}.")
            continue
        close = difflib.get_close_matches(name, PLACEHOLDERS, n=1, cutoff=0.6)
        hint = f" Did you mean {{{close[0]}}}?" if close else ""
        problems.append(f"{{{name}}} is not a placeholder.{hint}")
    return problems


def mistyped_placeholders(text: str) -> list[str]:
    """Like `placeholder_problems`, but only what is surely meant as a placeholder: a name close
    to a real one ({compnay}), or a real one missing its closing brace ({role). A person's own
    braces in a message ({like this}) are their words and pass."""
    problems: list[str] = []
    for match in _OPENING.finditer(text):
        name, closed = match.group(1), bool(match.group(2))
        if closed and name in PLACEHOLDERS:
            continue
        close = difflib.get_close_matches(name, PLACEHOLDERS, n=1, cutoff=0.75)
        if not close:
            continue
        if closed:
            problems.append(f"{{{name}}} is not a placeholder. Did you mean {{{close[0]}}}?")
        else:
            problems.append(f"“{{{name}” is missing its closing brace }}.")
    return problems
