"""The charts' colours, with a light and a dark value each, picked from the widget's palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

# name -> (on a light background, on a dark background)
_COLORS: dict[str, tuple[str, str]] = {
    "primary": ("#3f7cac", "#6ea8d8"),
    "beyond": ("#8e7dbe", "#b3a5e0"),
    "rejected": ("#c8553d", "#e07a64"),
    "accepted": ("#2e8b57", "#5cc48a"),
    "ghosted": ("#8d8d8d", "#a8a8a8"),
    "withdrawn": ("#d08c2e", "#e8aa55"),
    "open": ("#7fa7c9", "#86b2d6"),
    "goal": ("#2e8b57", "#5cc48a"),
    "track": ("#e6ebf0", "#3a4048"),
    "improve": ("#c8553d", "#e07a64"),
}


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def color(widget: QWidget, name: str) -> QColor:
    light, dark = _COLORS[name]
    return QColor(dark if is_dark(widget) else light)
