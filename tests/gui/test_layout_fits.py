"""The window's layout fits: the key columns with no sideways scrolling at laptop sizes, spare
width to Role and Company on a big screen, a toolbar that never changes width, combo boxes as
wide as their longest entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox, QToolButton

from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.columns import COLUMNS
from tests.gui.tracker_helpers import COLUMN, app, seed

KEYS = ("company", "role", "status", "next_action_on")


def _fully_shown(window: MainWindow, key: str) -> bool:
    header = window.table.horizontalHeader()
    section = COLUMN[key]
    left = header.sectionViewportPosition(section)
    return left >= 0 and left + header.sectionSize(section) <= window.table.viewport().width()


def _settle(qtbot: Any, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    for _ in range(3):
        qtbot.wait(20)
        QApplication.processEvents()


def test_at_laptop_width_the_key_columns_show_without_a_horizontal_scrollbar(
    qtbot: Any, window: MainWindow
) -> None:
    seed(window, *(app(f"Company {n}", "Backend Engineer, Payments Platform") for n in range(40)))
    window.show()
    # 1366×768 less the window frame: the size the window opens at on such a laptop.
    _settle(qtbot, window, 1311, 737)
    assert not window.table.horizontalScrollBar().isVisible()
    for key in KEYS:
        assert _fully_shown(window, key), key
    # Key columns keep at least their comfortable widths.
    header = window.table.horizontalHeader()
    for column in COLUMNS[:4]:
        assert header.sectionSize(COLUMN[column.key]) >= min(column.width, 110), column.key


def test_spare_width_goes_to_role_and_company(qtbot: Any, window: MainWindow) -> None:
    seed(window, app("Acme"))
    window.show()
    _settle(qtbot, window, 1840, 1000)
    header = window.table.horizontalHeader()
    widths = {c.key: header.sectionSize(COLUMN[c.key]) for c in COLUMNS}
    assert not window.table.horizontalScrollBar().isVisible()
    assert widths["role"] > next(c.width for c in COLUMNS if c.key == "role") + 40
    assert widths["company"] > next(c.width for c in COLUMNS if c.key == "company") + 20
    for column in COLUMNS:
        if column.key not in ("role", "company"):
            assert widths[column.key] == column.width, column.key
    # The columns fill the table exactly: no blank band at the right.
    assert sum(widths.values()) == window.table.viewport().width()


def test_a_column_the_person_drags_keeps_its_width(qtbot: Any, window: MainWindow) -> None:
    seed(window, app("Acme"))
    window.show()
    _settle(qtbot, window, 1300, 800)
    window.column_fit.set_manual(True)
    header = window.table.horizontalHeader()
    header.resizeSection(COLUMN["location"], 300)
    _settle(qtbot, window, 1400, 800)
    assert header.sectionSize(COLUMN["location"]) == 300


class _Named(QUndoCommand):
    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


def test_the_toolbar_never_changes_width_whatever_undo_says(qtbot: Any, window: MainWindow) -> None:
    window.show()
    toolbar = window.toolbar
    undo = window.action("action_undo")
    button = toolbar.widgetForAction(undo)
    assert isinstance(button, QToolButton)
    assert not undo.icon().isNull()
    widths = {(toolbar.sizeHint().width(), button.sizeHint().width(), button.text())}
    for text in ("Add Acme", "Add Żabka Nano – Python Engineer (Computer Vision)", "x" * 120):
        window.undo_stack.push(_Named(text))
        QApplication.processEvents()
        assert text in undo.toolTip()
        assert text in undo.text()  # the Edit menu says it
        widths.add((toolbar.sizeHint().width(), button.sizeHint().width(), button.text()))
    window.undo_stack.undo()
    QApplication.processEvents()
    assert window.action("action_redo").toolTip().startswith("Redo ")
    widths.add((toolbar.sizeHint().width(), button.sizeHint().width(), button.text()))
    assert len(widths) == 1, widths
    assert button.text() == "Undo"


def test_the_table_stays_put_when_the_outbox_count_comes_and_goes(
    qtbot: Any, window: MainWindow
) -> None:
    """The status bar is as tall from the start as with the outbox's button in it: nothing
    below the toolbar moves (nor repaints the whole window) when the count appears."""
    from nextmove.storage.outbox import OutgoingDraft, queue_in
    from tests.mail.gui_support import mail_controller

    _settle(qtbot, window, 1300, 700)
    controller = mail_controller(window)
    heights = {(window.statusBar().height(), window.table.height())}
    assert window.context is not None
    with window.context.database.sessions.begin() as session:
        queue_in(session, OutgoingDraft("thank_you", "alex@example.org", "Thanks", "Thank you"))
    controller.status_timer.timeout.emit()
    _settle(qtbot, window, 1300, 700)
    assert controller.status_label.isVisible()
    heights.add((window.statusBar().height(), window.table.height()))
    assert len(heights) == 1, heights


def test_every_toolbar_action_has_an_icon_and_a_short_text(window: MainWindow) -> None:
    for action in window.toolbar.actions():
        if action.isSeparator():
            continue
        assert not action.icon().isNull(), action.objectName()
        assert len(action.iconText()) <= 8, action.iconText()


def _needed(combo: QComboBox) -> int:
    """The width a combo box needs to show its longest entry whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    longest = max(
        (combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
        default=0,
    )
    size = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(longest, combo.fontMetrics().height()), combo
    )
    return size.width()


def test_every_combo_box_in_the_window_shows_its_longest_entry(
    qtbot: Any, window: MainWindow
) -> None:
    seed(window, app("Acme"))
    window.show()
    _settle(qtbot, window, 1311, 737)
    combos = [c for c in window.findChildren(QComboBox) if c.isVisible()]
    assert window.status_filter in combos
    for combo in combos:
        assert combo.width() >= _needed(combo), (combo.objectName(), combo.width())
    window.status_filter.setCurrentIndex(1)
    assert window.status_filter.currentText() == "Open (not closed)"
    assert window.status_filter.width() >= _needed(window.status_filter)


def test_the_combo_boxes_of_the_dialogs_show_their_longest_entry(
    qtbot: Any, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QDialog

    from tests.gui.wizard_helpers import add_interviewed_application, click_next, fill_page

    ids = seed(window, app("Acme"))
    window.show()
    window.select_application(ids[0])
    checked = 0
    for name in ("action_new_application", "action_add_event", "action_add_contact"):
        action = window.findChild(type(window.action("action_undo")), name)
        assert action is not None, name
        action.trigger()
        QApplication.processEvents()
        dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
        assert len(dialogs) == 1, name
        for combo in dialogs[0].findChildren(QComboBox):
            if combo.isVisible():
                assert combo.width() >= _needed(combo), (name, combo.objectName())
                checked += 1
        dialogs[0].reject()
        QApplication.processEvents()
    from nextmove.ui.wizard.controller import WizardController

    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    wizard = controller.open_for(add_interviewed_application(window.context.database))  # type: ignore[union-attr]
    assert wizard is not None
    for _step in range(1, 9):
        QApplication.processEvents()
        for combo in wizard.currentPage().findChildren(QComboBox):
            if combo.isVisible():
                assert combo.width() >= _needed(combo), (wizard.currentId(), combo.objectName())
                checked += 1
        fill_page(wizard)
        click_next(wizard)
    assert checked >= 4
