"""The side panel: the selected application's timeline and contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.main_window import MainWindow


def install(window: MainWindow, context: AppContext) -> None:
    del window, context
