"""Counted wording ("1 application", "3 applications") that stays translatable.

Qt's `tr(text, "", n)` picks plural forms only from a loaded translation; without one the
source text is used as is. Choosing the singular or plural source text by the count keeps the
English right, and both texts, with their `%n`, remain in the catalogue for translators.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def counted(context: str, one: str, many: str, count: int) -> str:
    """`one` or `many` (each holding %n) translated in `context`, with %n set to `count`."""
    return QCoreApplication.translate(context, one if count == 1 else many, None, count)
