"""Every main-window action, declared once: object name, text, shortcut, menu."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


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
    ("file", "&File"),
    ("edit", "&Edit"),
    ("view", "&View"),
    ("application", "&Application"),
    ("mail", "&Mail"),
    ("reflect", "&Reflect"),
    ("help", "&Help"),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "action_new_application",
        "&New Application…",
        "file",
        QKeySequence.StandardKey.New,
        "Add an application",
    ),
    ActionSpec(
        "action_import_csv",
        "&Import CSV…",
        "file",
        "Ctrl+I",
        "Import applications from a spreadsheet's CSV export",
        separator_before=True,
    ),
    ActionSpec(
        "action_export_csv",
        "&Export CSV…",
        "file",
        "Ctrl+E",
        "Export every application and its history to CSV",
    ),
    ActionSpec(
        "action_export_calendar",
        "Export &Calendar…",
        "file",
        None,
        "Write interviews, next actions and reminders to an iCalendar (.ics) file",
    ),
    ActionSpec(
        "action_import_invitation",
        "Import Interview &Invitation…",
        "file",
        None,
        "Add an interview to the selected application from a calendar invitation (.ics)",
    ),
    ActionSpec(
        "action_backup_now",
        "&Back Up Now",
        "file",
        None,
        "Save a copy of your data in the backups folder",
        separator_before=True,
    ),
    ActionSpec(
        "action_restore_backup",
        "&Restore from Backup…",
        "file",
        None,
        "Replace your data with an earlier backup",
    ),
    ActionSpec(
        "action_quit", "&Quit", "file", QKeySequence.StandardKey.Quit, separator_before=True
    ),
    ActionSpec("action_undo", "&Undo", "edit", QKeySequence.StandardKey.Undo),
    ActionSpec("action_redo", "&Redo", "edit", "Ctrl+Shift+Z"),
    ActionSpec(
        "action_find",
        "&Find…",
        "edit",
        QKeySequence.StandardKey.Find,
        "Search applications",
        separator_before=True,
    ),
    ActionSpec(
        "action_view_table",
        "&Table",
        "view",
        "Ctrl+1",
        "Show applications as a table",
    ),
    ActionSpec(
        "action_view_board",
        "&Board",
        "view",
        "Ctrl+2",
        "Show applications as cards in one column per stage",
    ),
    ActionSpec(
        "action_show_details",
        "&Details Panel",
        "view",
        "F9",
        "Show or hide the selected application's timeline and people",
        separator_before=True,
    ),
    ActionSpec(
        "action_edit_application",
        "&Edit Application…",
        "application",
        "Return",
        "Edit the selected application",
    ),
    ActionSpec(
        "action_delete_application",
        "&Delete Application",
        "application",
        QKeySequence.StandardKey.Delete,
        "Delete the selected application",
    ),
    ActionSpec(
        "action_board_move_left",
        "Move to &Previous Stage",
        "application",
        "Ctrl+Shift+Left",
        "Move the selected card one column to the left on the board",
        separator_before=True,
    ),
    ActionSpec(
        "action_board_move_right",
        "Move to Ne&xt Stage",
        "application",
        "Ctrl+Shift+Right",
        "Move the selected card one column to the right on the board",
    ),
    ActionSpec(
        "action_reject_wizard",
        "Handle &Rejection…",
        "reflect",
        "Ctrl+R",
        "Work through a rejection step by step",
    ),
    ActionSpec("action_about", "&About Next Move", "help"),
)


def create_actions(window: QMainWindow) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    """Create the menus and actions on `window`; returns both, keyed by name."""
    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        menu = window.menuBar().addMenu(window.tr(title))
        menu.setObjectName(f"menu_{key}")
        menus[key] = menu
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(window.tr(spec.text), window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            # setShortcuts(), not setShortcut(): PySide resolves the latter's overloads by
            # building the whole Qt.Key enum, ~15 ms before the first frame.
            action.setShortcuts([QKeySequence(spec.shortcut)])
        if spec.tip:
            action.setStatusTip(window.tr(spec.tip))
            action.setToolTip(window.tr(spec.tip))
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
        actions[spec.name] = action
    return menus, actions
