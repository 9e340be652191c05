"""The charts' colours: names in `ui.palette`, picked for the widget's own palette."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from nextmove.ui import palette


def is_dark(widget: QWidget) -> bool:
    return palette.is_dark(widget)


def color(widget: QWidget, name: str) -> QColor:
    return palette.color(name, widget)
