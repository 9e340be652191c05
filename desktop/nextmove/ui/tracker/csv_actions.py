"""CSV import and export actions on the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.main_window import MainWindow


def install(window: MainWindow, context: AppContext) -> None:
    del window, context
