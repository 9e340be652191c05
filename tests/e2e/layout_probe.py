"""Runs inside a real X server (see test_layout_screens.py): opens the app on a data folder,
measures the layout a person would see, saves screenshots, prints one JSON line.

python -m tests.e2e.layout_probe DATA_DIR OUT_DIR NAME
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox


def _settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> int:
    data, out, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app = QApplication(sys.argv[:1])
    from nextmove.app import build
    from nextmove.ui.tracker.columns import COLUMNS, KEY_COLUMNS

    window = build(data)
    window.show()
    deadline = time.monotonic() + 30
    while window.loading() and time.monotonic() < deadline:
        _settle(0.05)
    _settle(0.8)
    window.select_application(window.model.id_at(0))
    _settle(0.3)
    table, header = window.table, window.table.horizontalHeader()
    viewport = table.viewport().width()
    shown = {}
    for section, column in enumerate(COLUMNS[:KEY_COLUMNS]):
        left = header.sectionViewportPosition(section)
        shown[column.key] = left >= 0 and left + header.sectionSize(section) <= viewport
    dock = window.findChild(object, "goals_dock")
    screen = window.screen().geometry()
    combos = {
        c.objectName(): (c.width(), c.minimumSizeHint().width(), c.sizeHint().width())
        for c in window.findChildren(QComboBox)
        if c.isVisible()
    }
    window.screen().grabWindow(0).save(str(out / f"main_window_{name}.png"))

    # A rejection: the message bar above the table.
    window.applicationStatusChanged.emit(window.model.id_at(0), "rejected")
    _settle(0.3)
    bar = window.findChild(object, "rejection_bar")
    window.screen().grabWindow(0).save(str(out / f"rejection_bar_{name}.png"))
    controller = window.findChild(object, "wizard_controller")
    wizard = controller.open_for(window.model.id_at(0))  # type: ignore[union-attr]
    _settle(0.5)
    window.screen().grabWindow(0).save(str(out / f"wizard_step1_{name}.png"))
    from tests.gui.wizard_helpers import click_next, fill_page

    fill_page(wizard)
    click_next(wizard)
    fill_page(wizard)
    click_next(wizard)
    _settle(0.5)
    window.screen().grabWindow(0).save(str(out / f"wizard_step3_{name}.png"))
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent

    escape = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(wizard, escape)
    _settle(0.3)
    window.screen().grabWindow(0).save(str(out / f"wizard_escape_{name}.png"))
    wizard.close()
    window.action("action_show_details").setChecked(True)
    controller.action_reflections  # noqa: B018  (built; nothing to open here)
    mail = window.findChild(object, "mail_controller")
    if mail is not None:
        from nextmove.storage.outbox import OutgoingDraft

        mail.outbox.queue(  # type: ignore[attr-defined]
            OutgoingDraft(
                "thank_you",
                "sam.rivera@example.org",
                "Thank you for your time",
                "Hi Sam,\n\nThank you for the interview on Tuesday. I enjoyed meeting the "
                "team and learning about the payments platform.\n\nBest wishes,\nAlex",
                application_id=window.model.id_at(0),
            )
        )
        window.findChild(object, "action_outbox").trigger()  # type: ignore[union-attr]
        _settle(0.3)
        view = window.findChild(object, "outbox_view")
        view.table.selectRow(0)  # type: ignore[union-attr]
        _settle(0.3)
        window.screen().grabWindow(0).save(str(out / f"outbox_{name}.png"))
    result = {
        "screen": [screen.width(), screen.height()],
        "window": [window.width(), window.height()],
        "hscroll": table.horizontalScrollBar().isVisible(),
        "key_columns_shown": shown,
        "widths": {c.key: header.sectionSize(i) for i, c in enumerate(COLUMNS)},
        "viewport": viewport,
        "side_panel": window.side_panel_shown(),
        "goals_dock": bool(dock is not None and dock.isVisible()),
        "rejection_bar": bool(bar is not None and bar.isVisible()),
        "combos": combos,
    }
    print(json.dumps(result), flush=True)
    window.close()
    from nextmove.app import shutdown

    shutdown(window)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
