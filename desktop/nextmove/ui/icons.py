"""Action icons: the desktop's icon theme where it has one (so the app looks at home), else
the SVGs shipped under resources/icons/actions/ (Windows, macOS, bare Linux sessions)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from nextmove.resources import resource_path

# Freedesktop icon names; the bundled files carry the same names.
ACTION_ICONS: dict[str, str] = {
    "action_new_application": "document-new",
    "action_edit_application": "document-edit",
    "action_delete_application": "edit-delete",
    "action_undo": "edit-undo",
    "action_redo": "edit-redo",
}


def bundled_icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", "actions", f"{name}.svg")))


def themed_icon(name: str) -> QIcon:
    """The theme's icon called `name`, or the bundled one."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    return bundled_icon(name)
