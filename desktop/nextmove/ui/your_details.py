""" "Your details" as the windows read them: the name and signature kept once in preferences.

They live in the data folder's settings.ini (`domain.preferences.KEYS`); the Preferences dialog
edits them, the command line reads the same keys. A name typed where an email needs one (the
wizard, Compose) becomes the stored name when none was stored yet, so it is asked for once.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from nextmove.domain.preferences import KEYS
from nextmove.domain.templates import details_values


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(KEYS[key], "")
    if isinstance(value, list):  # an unquoted comma in a hand-edited file
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def stored_name(settings: QSettings) -> str:
    return _text(settings, "your_name").strip()


def stored_signature(settings: QSettings) -> str:
    return _text(settings, "signature")


def details(settings: QSettings, fallback_name: str = "") -> dict[str, str]:
    """Placeholder values for {your_name} and {signature}; `fallback_name` (an account's
    sender name, a name typed in this window) signs when preferences hold none."""
    return details_values(stored_name(settings) or fallback_name, stored_signature(settings))


def remember_name(settings: QSettings, name: str) -> bool:
    """Keep `name` as the person's name if none is stored yet; True when it was stored."""
    name = name.strip()
    if not name or stored_name(settings):
        return False
    settings.setValue(KEYS["your_name"], name)
    settings.sync()
    return True
