"""The language of the email templates: the person's choice in Preferences, which may differ
from the menus' (someone using English menus may apply in German).

Unset, it follows the menus when they are in a language templates ship in, else English.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from nextmove.storage.templates import ENGLISH, TEMPLATE_LANGUAGES
from nextmove.ui import language

KEY = "templates/language"
CODES = frozenset(code for code, _name in TEMPLATE_LANGUAGES)


def template_language(settings: QSettings) -> str:
    value = str(settings.value(KEY, "") or "").strip().lower()
    if value in CODES:
        return value
    menus = language.current()
    return menus if menus in CODES else ENGLISH
