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
    window.splitter.setSizes([700, 300])
    qtbot.waitUntil(lambda: window.size().height() == 640)
    size, sizes = window.size(), window.splitter.sizes()
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
    assert again.splitter.sizes()[1] == sizes[1]  # the side panel keeps its width
    again.close()
    again.context.database.close()  # type: ignore[union-attr]
