"""The tracker's optional date field: the app's one date field (kept under its old name)."""

from __future__ import annotations

from nextmove.ui.widgets.date_field import DateField as OptionalDateEdit

__all__ = ["OptionalDateEdit"]
