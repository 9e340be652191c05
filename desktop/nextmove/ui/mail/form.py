"""A form row whose error message sits right under its field (shared by the mail dialogs)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nextmove.ui import palette

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str) -> W:
    """`widget` with its objectName and (when given) its accessible name set."""
    widget.setObjectName(name)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget


class FieldErrors:
    """Error labels keyed by field name: show one next to its field, clear them all."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def wrap(self, name: str, field: QWidget) -> QWidget:
        """`field` with an (initially hidden) error label below it."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        palette.text_colour(label, "error")
        label.hide()
        layout.addWidget(label)
        self._labels[name] = label
        return box

    def show(self, errors: dict[str, str]) -> None:
        for name, label in self._labels.items():
            message = errors.get(name, "")
            label.setText(message)
            label.setAccessibleName(message)
            label.setVisible(bool(message))

    def clear(self) -> None:
        self.show({})

    def text(self, name: str) -> str:
        label = self._labels[name]
        return "" if label.isHidden() else label.text()
