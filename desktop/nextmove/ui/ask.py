"""Small modal questions, behind a seam: code under test is handed a function that answers.

`ask(parent, title, text, choices)` returns the index of the chosen button, or -1 when the box
was closed. The last choice is the cautious one (Cancel, Quit): Escape picks it.
`ask_yes_no(parent, title, text)` is the yes/no confirmation every feature uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Ask = Callable[[QWidget | None, str, str, Sequence[str]], int]
# (parent, title, text) -> whether the person said yes
Confirm = Callable[[QWidget, str, str], bool]


def ask(parent: QWidget | None, title: str, text: str, choices: Sequence[str]) -> int:
    """The real seam: a message box with one button per choice (user text shown as plain)."""
    box = QMessageBox(parent)
    box.setObjectName("ask_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    buttons = []
    for index, choice in enumerate(choices):
        last = index == len(choices) - 1
        role = QMessageBox.ButtonRole.RejectRole if last else QMessageBox.ButtonRole.AcceptRole
        buttons.append(box.addButton(choice, role))
    if buttons:
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """The confirmation seam; tests hand the feature a function that answers instead.

    No is the default button: Enter never confirms a deletion or a discard by accident.
    """
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
