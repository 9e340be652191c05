"""Runs inside a real X server (see test_german_screens.py): the app in German on a data
folder, screenshots of the main window, the preferences and two wizard pages, and a list of
the texts that do not fit their widget (one JSON line).

python -m tests.e2e.german_probe DATA_DIR OUT_DIR NAME
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)


def _settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def clipped(root: QWidget) -> list[str]:
    """Visible one-line texts wider than the room their widget has."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        if label.textFormat() == Qt.TextFormat.RichText or label.text().startswith("<"):
            continue
        room = label.contentsRect().width()
        for line in label.text().splitlines():
            need = label.fontMetrics().horizontalAdvance(line.replace("&", "", 1))
            if need > room + 1:
                found.append(f"{label.objectName() or 'label'}: {line!r} ({need} > {room})")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        if isinstance(button, QPushButton | QCheckBox | QRadioButton):
            hint = button.sizeHint().width()
            if button.width() + 1 < hint:
                found.append(f"{button.objectName() or 'button'}: {button.text()!r}")
    for combo in root.findChildren(QComboBox):
        if combo.isVisible() and combo.width() + 1 < combo.minimumSizeHint().width():
            found.append(f"{combo.objectName() or 'combo'}: {combo.currentText()!r}")
    for group in root.findChildren(QGroupBox):
        need = group.fontMetrics().horizontalAdvance(group.title()) + 16
        if group.isVisible() and group.width() < need:
            found.append(f"{group.objectName() or 'group'}: {group.title()!r}")
    return found


def main() -> int:
    data, out, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app = QApplication(sys.argv[:1])
    from nextmove.app import build, shutdown
    from nextmove.ui import language
    from tests.gui.wizard_helpers import click_next, fill_page

    language.install("de")
    window = build(data)
    window.show()
    deadline = time.monotonic() + 30
    while window.loading() and time.monotonic() < deadline:
        _settle(0.05)
    _settle(0.8)
    window.select_application(window.model.id_at(0))
    _settle(0.3)
    problems = {"main_window": clipped(window)}
    window.screen().grabWindow(0).save(str(out / f"german_main_window_{name}.png"))

    window.findChild(QAction, "action_preferences").trigger()  # type: ignore[union-attr]
    _settle(0.5)
    preferences = window.findChild(QWidget, "preferences_dialog")
    assert preferences is not None
    problems["preferences"] = clipped(preferences)
    preferences.grab().save(str(out / f"german_preferences_{name}.png"))
    preferences.close()

    controller = window.findChild(object, "wizard_controller")
    wizard = controller.open_for(window.model.id_at(0))  # type: ignore[union-attr]
    _settle(0.5)
    problems["wizard_step1"] = clipped(wizard)
    window.screen().grabWindow(0).save(str(out / f"german_wizard_step1_{name}.png"))
    for _step in range(2):
        fill_page(wizard)
        click_next(wizard)
    _settle(0.5)
    problems["wizard_step3"] = clipped(wizard)
    window.screen().grabWindow(0).save(str(out / f"german_wizard_step3_{name}.png"))
    menus = [action.text() for action in window.menuBar().actions()]
    wizard.close()
    print(json.dumps({"menus": menus, "clipped": problems}), flush=True)
    window.close()
    shutdown(window)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
