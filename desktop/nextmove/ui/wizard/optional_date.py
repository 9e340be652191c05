"""The wizard's optional date fields: the app's one date field, empty until given a date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from nextmove.ui.widgets.date_field import DateField


class OptionalDateEdit(DateField):
    def __init__(
        self, today: date | Callable[[], date] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(date.today if today is None else today, parent)
