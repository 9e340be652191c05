"""The main window as a whole: named actions, layout remembered between runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from nextmove.app import build
from nextmove.ui.main_window import MainWindow
from tests.gui.tracker_helpers import COLUMN, app, column_values, seed

REQUIRED_NAMES = [
    "action_new_application",
    "action_edit_application",
    "action_delete_application",
    "action_import_csv",
    "action_export_csv",
    "action_backup_now",
    "action_restore_backup",
    "action_undo",
    "action_redo",
    "action_reject_wizard",
]


def test_window_has_every_named_action(window: MainWindow) -> None:
    for name in REQUIRED_NAMES:
        action = window.action(name)
        assert action.objectName() == name
        assert action.text()
        assert any(menu.actions().count(action) for menu in window._menus.values())
    assert window.windowTitle() == "Next Move"
    for name in ("tracker_table", "search_box", "status_filter"):
        widget = window.findChild(object, name)
        assert widget is not None
        assert widget.accessibleName()  # type: ignore[attr-defined]


def test_undo_texts_say_what_will_be_undone(window: MainWindow) -> None:
    assert not window.action("action_undo").isEnabled()
    assert window.action("action_undo").shortcut().toString() == "Ctrl+Z"
    assert window.action("action_redo").shortcut().toString() == "Ctrl+Shift+Z"


def test_layout_is_remembered_on_the_next_start(
    qtbot, window: MainWindow, data_dir: Path, immediate_pool
) -> None:  # type: ignore[no-untyped-def]
    seed(window, app("beta"), app("Alpha"), app("gamma"))
    header = window.table.horizontalHeader()
    header.resizeSection(COLUMN["role"], 321)
    header.moveSection(COLUMN["location"], 0)
    window.table.sortByColumn(COLUMN["company"], Qt.SortOrder.DescendingOrder)
    menu = window.table.column_menu()
    hide_source = menu.findChild(QAction, "show_column_source")
    assert isinstance(hide_source, QAction)
    hide_source.setChecked(False)  # right-click the header, untick "Source"
    assert header.isSectionHidden(COLUMN["source"])
    window.resize(1000, 640)
    qtbot.waitUntil(lambda: window.size().height() == 640)
    size = window.size()
    window.close()
    window.context.database.close()  # type: ignore[union-attr]

    again = build(data_dir, pool=immediate_pool)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    header = again.table.horizontalHeader()
    assert header.sectionSize(COLUMN["role"]) == 321
    assert header.visualIndex(COLUMN["location"]) == 0
    assert header.isSectionHidden(COLUMN["source"])
    assert again.model.sort_state() == (COLUMN["company"], Qt.SortOrder.DescendingOrder)
    assert column_values(again, "company") == ["gamma", "beta", "Alpha"]
    # The offscreen screen is small: Qt keeps a restored window on it, so compare the height.
    assert again.size().height() == size.height() != MainWindow().size().height()
    again.close()
    again.context.database.close()  # type: ignore[union-attr]


def _fully_shown(window: MainWindow, key: str) -> bool:
    header = window.table.horizontalHeader()
    section = COLUMN[key]
    if header.isSectionHidden(section):
        return False
    right = header.sectionViewportPosition(section) + header.sectionSize(section)
    return header.sectionViewportPosition(section) >= 0 and right <= window.table.viewport().width()


def test_next_action_stays_in_view_beside_the_goals_dock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDockWidget

    seed(window, app("Acme"))
    dock = window.findChild(QDockWidget, "goals_dock")
    assert dock is not None
    dock.show()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    qtbot.wait(20)
    for key in ("company", "role", "status", "next_action_on"):
        assert _fully_shown(window, key), key
    assert window.side_panel_shown()  # room for both at this size
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: not window.side_panel_shown())  # the side panel gives way...
    for key in ("company", "role", "status", "next_action_on"):
        assert _fully_shown(window, key), key
    assert not window.action("action_show_details").isChecked()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.side_panel_shown())  # ...and comes back with the room
    assert window.action("action_show_details").isChecked()
    window.action("action_show_details").trigger()  # the person's choice sticks
    assert not window.side_panel_shown()
    window.resize(1300, 800)
    qtbot.wait(50)
    assert not window.side_panel_shown()
    window.action("action_show_details").trigger()
    assert window.side_panel_shown()


def test_long_text_cells_carry_their_whole_text_as_a_tooltip(window: MainWindow) -> None:
    long_place = "Remote within the European Union, with quarterly on-sites in Lisbon"
    seed(window, app("Acme", location=long_place, source="Referral from an old colleague"))
    model = window.model
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.data(model.index(0, COLUMN["location"]), tip) == long_place
    assert model.data(model.index(0, COLUMN["source"]), tip) == "Referral from an old colleague"


def test_about_names_the_version(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from nextmove._version import __version__

    window.action("action_about").trigger()
    box = window.findChild(QMessageBox, "about_dialog")
    assert box is not None
    assert box.isVisible()
    assert box.text().startswith(f"Next Move {__version__}\n")
    box.close()
