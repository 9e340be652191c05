"""Read the person's preferences from `settings.ini` without Qt (the command line's way).

The window writes the file through QSettings' INI format. Its strings are plain text, or
quoted with C-style escapes when they hold commas, semicolons, equals signs, newlines or
leading/trailing spaces (`signature="Best,\\nAlex"`); an unquoted comma separates the items of a
list. `parse_ini_value` reads exactly that, so a value reads the same from both sides.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from nextmove.domain.preferences import KEYS, Preferences

SETTINGS_FILE = "settings.ini"

_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    '"': '"',
    "'": "'",
    "\\": "\\",
    "?": "?",
}
_HEX = frozenset("0123456789abcdefABCDEF")
# QSettings trims ASCII whitespace only; a no-break space or an ideographic space is text.
_INI_SPACE = " \t\r\n\f\v"


def parse_ini_value(raw: str) -> str:
    """One value as QSettings reads it; the items of a list are joined with ", "."""
    items: list[str] = []
    current: list[str] = []
    in_quotes = False
    i = 0
    text = raw.strip(_INI_SPACE)
    while i < len(text):
        ch = text[i]
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == "\\" and i + 1 < len(text):
            i += 1
            escaped = text[i]
            if escaped == "x":
                digits = ""
                while i + 1 < len(text) and len(digits) < 4 and text[i + 1] in _HEX:
                    i += 1
                    digits += text[i]
                current.append(chr(int(digits, 16)) if digits else "x")
            elif escaped in "01234567":
                digits = escaped
                while i + 1 < len(text) and len(digits) < 3 and text[i + 1] in "01234567":
                    i += 1
                    digits += text[i]
                current.append(chr(int(digits, 8)))
            else:
                current.append(_ESCAPES.get(escaped, escaped))
        elif ch == "," and not in_quotes:
            items.append("".join(current).strip(_INI_SPACE))
            current = []
        else:
            current.append(ch)
        i += 1
    items.append("".join(current) if not items else "".join(current).strip(_INI_SPACE))
    joined = ", ".join(items)
    # A string that starts with "@" is written "@@…" (one "@" marks a typed value: @ByteArray).
    return joined[1:] if joined.startswith("@@") else joined


def read_settings(data_dir: Path) -> dict[str, str]:
    """Every `section/key` of the data folder's settings.ini as text; {} when it is missing or
    unreadable (defaults then apply)."""
    path = data_dir / SETTINGS_FILE
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return {}
    values: dict[str, str] = {}
    section = ""
    for line in lines:
        stripped = line.strip(_INI_SPACE)
        if not stripped or stripped.startswith(";"):
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
            continue
        key, sep, raw = line.partition("=")
        if not sep:
            continue
        key = key.strip(_INI_SPACE)
        full = key if section in ("", "General") else f"{section}/{key}"
        values[full] = parse_ini_value(raw)
    return values


def load_preferences(data_dir: Path) -> Preferences:
    """The preferences stored in the data folder, with defaults for anything missing."""
    stored = read_settings(data_dir)
    changes = {f.name: stored[KEYS[f.name]] for f in fields(Preferences) if KEYS[f.name] in stored}
    if not changes.get("date_format", "x").strip():
        del changes["date_format"]
    return replace(Preferences(), **changes)
