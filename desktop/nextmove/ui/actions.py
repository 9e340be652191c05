"""Every main-window action, declared once: object name, text, shortcut, menu."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from nextmove.ui.labels import QT_TRANSLATE_NOOP


class ActionSpec(NamedTuple):
    # A NamedTuple, not a dataclass: this module loads before the first frame, and importing
    # dataclasses there costs several milliseconds.
    name: str
    text: str
    menu: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    separator_before: bool = False


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("application", QT_TRANSLATE_NOOP("MainWindow", "&Application")),
    ("mail", QT_TRANSLATE_NOOP("MainWindow", "&Mail")),
    ("reflect", QT_TRANSLATE_NOOP("MainWindow", "&Reflect")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "action_new_application",
        QT_TRANSLATE_NOOP("MainWindow", "&New Application…"),
        "file",
        QKeySequence.StandardKey.New,
        QT_TRANSLATE_NOOP("MainWindow", "Add an application"),
    ),
    ActionSpec(
        "action_import_csv",
        QT_TRANSLATE_NOOP("MainWindow", "&Import CSV…"),
        "file",
        "Ctrl+I",
        QT_TRANSLATE_NOOP("MainWindow", "Import applications from a spreadsheet's CSV export"),
        separator_before=True,
    ),
    ActionSpec(
        "action_export_csv",
        QT_TRANSLATE_NOOP("MainWindow", "&Export CSV…"),
        "file",
        "Ctrl+E",
        QT_TRANSLATE_NOOP("MainWindow", "Export every application and its history to CSV"),
    ),
    ActionSpec(
        "action_export_calendar",
        QT_TRANSLATE_NOOP("MainWindow", "Export &Calendar…"),
        "file",
        None,
        QT_TRANSLATE_NOOP(
            "MainWindow", "Write interviews, next actions and reminders to an iCalendar (.ics) file"
        ),
    ),
    ActionSpec(
        "action_import_invitation",
        QT_TRANSLATE_NOOP("MainWindow", "Import Interview &Invitation…"),
        "file",
        None,
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Add an interview to the selected application from a calendar invitation (.ics)",
        ),
    ),
    ActionSpec(
        "action_backup_now",
        QT_TRANSLATE_NOOP("MainWindow", "&Back Up Now"),
        "file",
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Save a copy of your data in the backups folder"),
        separator_before=True,
    ),
    ActionSpec(
        "action_restore_backup",
        QT_TRANSLATE_NOOP("MainWindow", "&Restore from Backup…"),
        "file",
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Replace your data with an earlier backup"),
    ),
    ActionSpec(
        "action_quit",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        "file",
        QKeySequence.StandardKey.Quit,
        separator_before=True,
    ),
    ActionSpec(
        "action_undo",
        QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
        "edit",
        QKeySequence.StandardKey.Undo,
    ),
    ActionSpec("action_redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "edit", "Ctrl+Shift+Z"),
    ActionSpec(
        "action_find",
        QT_TRANSLATE_NOOP("MainWindow", "&Find…"),
        "edit",
        QKeySequence.StandardKey.Find,
        QT_TRANSLATE_NOOP("MainWindow", "Search applications"),
        separator_before=True,
    ),
    ActionSpec(
        "action_view_table",
        QT_TRANSLATE_NOOP("MainWindow", "&Table"),
        "view",
        "Ctrl+1",
        QT_TRANSLATE_NOOP("MainWindow", "Show applications as a table"),
    ),
    ActionSpec(
        "action_view_board",
        QT_TRANSLATE_NOOP("MainWindow", "&Board"),
        "view",
        "Ctrl+2",
        QT_TRANSLATE_NOOP("MainWindow", "Show applications as cards in one column per stage"),
    ),
    ActionSpec(
        "action_show_details",
        QT_TRANSLATE_NOOP("MainWindow", "&Details Panel"),
        "view",
        "F9",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Show or hide the selected application's timeline and people"
        ),
        separator_before=True,
    ),
    ActionSpec(
        "action_edit_application",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit Application…"),
        "application",
        "Return",
        QT_TRANSLATE_NOOP("MainWindow", "Edit the selected application"),
    ),
    ActionSpec(
        "action_delete_application",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete Application"),
        "application",
        QKeySequence.StandardKey.Delete,
        QT_TRANSLATE_NOOP("MainWindow", "Delete the selected application"),
    ),
    ActionSpec(
        "action_board_move_left",
        QT_TRANSLATE_NOOP("MainWindow", "Move to &Previous Stage"),
        "application",
        "Ctrl+Shift+Left",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Move the selected card one column to the left on the board"
        ),
        separator_before=True,
    ),
    ActionSpec(
        "action_board_move_right",
        QT_TRANSLATE_NOOP("MainWindow", "Move to Ne&xt Stage"),
        "application",
        "Ctrl+Shift+Right",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Move the selected card one column to the right on the board"
        ),
    ),
    ActionSpec(
        "action_reject_wizard",
        QT_TRANSLATE_NOOP("MainWindow", "Handle &Rejection…"),
        "reflect",
        "Ctrl+R",
        QT_TRANSLATE_NOOP("MainWindow", "Work through a rejection step by step"),
    ),
    ActionSpec("action_about", QT_TRANSLATE_NOOP("MainWindow", "&About Next Move"), "help"),
)


def create_actions(window: QMainWindow) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    """Create the menus and actions on `window`; returns both, keyed by name."""
    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", title))
        menu.setObjectName(f"menu_{key}")
        menus[key] = menu
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(QCoreApplication.translate("MainWindow", spec.text), window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            # setShortcuts(), not setShortcut(): PySide resolves the latter's overloads by
            # building the whole Qt.Key enum, ~15 ms before the first frame.
            action.setShortcuts([QKeySequence(spec.shortcut)])
        if spec.tip:
            action.setStatusTip(QCoreApplication.translate("MainWindow", spec.tip))
            action.setToolTip(QCoreApplication.translate("MainWindow", spec.tip))
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
        actions[spec.name] = action
    return menus, actions
