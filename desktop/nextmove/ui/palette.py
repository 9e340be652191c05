"""Every colour the app draws, with a value for a light and for a dark background.

The one place colours are written down (a test keeps hex literals out of every other file).
Which value applies follows the application's palette, so a window on the platform's own dark
palette and one on `dark_palette()` pick the same colours. Style sheets that need a colour
are set through `styled()`: their `{name}` fields are filled now and again after the scheme
changes (`restyle_all()`), so a switch needs no restart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QListWidgetItem, QWidget

# name -> (on a light background, on a dark background)
COLOURS: dict[str, tuple[str, str]] = {
    # Text
    "error": ("#b3261e", "#f2b8b5"),
    "muted": ("#5f6368", "#a9aeb5"),
    "link": ("#1a5fb4", "#8cb8f0"),
    # Next action cells in the table
    "overdue_text": ("#b3261e", "#ffb4ab"),
    "overdue_background": ("#fde7e4", "#5c1f1a"),
    "due_text": ("#8a5300", "#f5c66b"),
    "due_background": ("#fff1cc", "#4a3800"),
    # A kind word beside a page (the "beyond your control" reminder)
    "kind_text": ("#1e4620", "#bfe6c1"),
    "kind_background": ("#eef6ee", "#1f3a22"),
    # Status chips: text, background
    "chip_wishlist_text": ("#4a4f57", "#d5d9de"),
    "chip_wishlist": ("#eceef1", "#3a3f46"),
    "chip_applied_text": ("#1f4e9a", "#c5d8fa"),
    "chip_applied": ("#e3ecfb", "#22375c"),
    "chip_screening_text": ("#5b3a9e", "#dccdfa"),
    "chip_screening": ("#ede6fa", "#3b2c5e"),
    "chip_interviewing_text": ("#7a4b00", "#f8dba0"),
    "chip_interviewing": ("#fdf0d5", "#4d3608"),
    "chip_offer_text": ("#1d6b3a", "#b9ebc9"),
    "chip_offer": ("#dff3e6", "#1d4a2d"),
    "chip_accepted_text": ("#ffffff", "#ffffff"),
    "chip_accepted": ("#2e7d4f", "#2e7d4f"),
    "chip_rejected_text": ("#8c2f2a", "#f6c4bf"),
    "chip_rejected": ("#f8e3e1", "#5a2522"),
    "chip_withdrawn_text": ("#5f6368", "#c9ccd1"),
    "chip_withdrawn": ("#eeeeee", "#3d3f43"),
    "chip_ghosted_text": ("#5f6368", "#c9ccd1"),
    "chip_ghosted": ("#eeeeee", "#3d3f43"),
    # Charts
    "primary": ("#3f7cac", "#6ea8d8"),
    "beyond": ("#8e7dbe", "#b3a5e0"),
    "rejected": ("#c8553d", "#e07a64"),
    "accepted": ("#2e8b57", "#5cc48a"),
    "ghosted": ("#8d8d8d", "#a8a8a8"),
    "withdrawn": ("#d08c2e", "#e8aa55"),
    "open": ("#7fa7c9", "#86b2d6"),
    "goal": ("#2e8b57", "#5cc48a"),
    "track": ("#e6ebf0", "#3a4048"),
    "card_border": ("#c9ced6", "#4a5058"),  # a board card that is not selected
    "improve": ("#c8553d", "#e07a64"),
    "good": ("#3d7a5a", "#6cc096"),
    "on_primary": ("#ffffff", "#0d1b2a"),  # a number written inside a "primary" bar
}

# The window palette for each scheme (Fusion draws it the same on every platform).
_ROLES: dict[QPalette.ColorRole, tuple[str, str]] = {
    QPalette.ColorRole.Window: ("#efefef", "#2b2d31"),
    QPalette.ColorRole.WindowText: ("#1f1f1f", "#e6e6e6"),
    QPalette.ColorRole.Base: ("#ffffff", "#1e1f22"),
    QPalette.ColorRole.AlternateBase: ("#f5f6f7", "#26282c"),
    QPalette.ColorRole.ToolTipBase: ("#ffffdc", "#3a3d42"),
    QPalette.ColorRole.ToolTipText: ("#1f1f1f", "#e6e6e6"),
    QPalette.ColorRole.PlaceholderText: ("#80868b", "#8a9099"),
    QPalette.ColorRole.Text: ("#1f1f1f", "#e6e6e6"),
    QPalette.ColorRole.Button: ("#efefef", "#35373c"),
    QPalette.ColorRole.ButtonText: ("#1f1f1f", "#e6e6e6"),
    QPalette.ColorRole.BrightText: ("#ffffff", "#ffffff"),
    QPalette.ColorRole.Light: ("#ffffff", "#4a4d53"),
    QPalette.ColorRole.Midlight: ("#e3e3e3", "#3e4046"),
    QPalette.ColorRole.Mid: ("#a0a0a0", "#25272b"),
    QPalette.ColorRole.Dark: ("#a0a0a0", "#1a1b1e"),
    QPalette.ColorRole.Shadow: ("#696969", "#0e0f10"),
    QPalette.ColorRole.Highlight: ("#3074c4", "#3d7ed1"),
    QPalette.ColorRole.HighlightedText: ("#ffffff", "#ffffff"),
    QPalette.ColorRole.Link: ("#1a5fb4", "#8cb8f0"),
    QPalette.ColorRole.LinkVisited: ("#6b3fa0", "#c3a6ef"),
}
_DISABLED: dict[QPalette.ColorRole, tuple[str, str]] = {
    QPalette.ColorRole.WindowText: ("#8c8c8c", "#7d8187"),
    QPalette.ColorRole.Text: ("#8c8c8c", "#7d8187"),
    QPalette.ColorRole.ButtonText: ("#8c8c8c", "#7d8187"),
    QPalette.ColorRole.Light: ("#ffffff", "#2b2d31"),
}
_STYLE_PROPERTY = "nextmove_style"
# An item coloured through `item_foreground` keeps the colour's name here.
_ITEM_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 0x7C0


def is_dark(widget: QWidget | None = None) -> bool:
    """Whether colours for a dark background apply (the widget's, else the app's palette)."""
    if widget is not None:
        window = widget.palette().color(QPalette.ColorRole.Window)
    else:
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def hex_of(name: str, *, dark: bool | None = None) -> str:
    light_value, dark_value = COLOURS[name]
    return dark_value if (is_dark() if dark is None else dark) else light_value


def color(name: str, widget: QWidget | None = None) -> QColor:
    """The colour `name` for the current scheme (or the one `widget` is drawn in)."""
    return QColor(hex_of(name, dark=is_dark(widget)))


def light(name: str) -> QColor:
    return QColor(COLOURS[name][0])


def chip(status: str) -> tuple[QColor, QColor]:
    """(text, background) of a status chip."""
    key = f"chip_{status}" if f"chip_{status}" in COLOURS else "chip_wishlist"
    return color(f"{key}_text"), color(key)


def build_palette(*, dark: bool) -> QPalette:
    """A complete palette for the scheme, independent of what the platform reports."""
    palette = QPalette()
    pick = 1 if dark else 0
    for role, values in _ROLES.items():
        palette.setColor(role, QColor(values[pick]))
    for role, values in _DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(values[pick]))
    return palette


def fill(template: str, *, dark: bool | None = None) -> str:
    """`template` with every `{name}` replaced by that colour for the scheme."""
    chosen = is_dark() if dark is None else dark
    return template.format_map({name: hex_of(name, dark=chosen) for name in COLOURS})


def styled(widget: QWidget, template: str) -> None:
    """Set a style sheet whose `{name}` fields are colours; it follows scheme changes."""
    widget.setProperty(_STYLE_PROPERTY, template)
    widget.setStyleSheet(fill(template))


def text_colour(widget: QWidget, name: str | None, extra: str = "") -> None:
    """Give `widget` the text colour `name` (None: the palette's own)."""
    if name is None:
        widget.setProperty(_STYLE_PROPERTY, None)
        widget.setStyleSheet(extra)
        return
    styled(widget, f"color: {{{name}}};{extra}")


def item_foreground(item: QListWidgetItem, name: str) -> None:
    """Colour a list item's text; it follows scheme changes."""
    item.setData(_ITEM_COLOUR_ROLE, name)
    item.setForeground(QBrush(color(name)))


def restyle_all() -> None:
    """Fill every colour style sheet and item colour again (after the scheme changed)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    dark = is_dark()
    for widget in app.allWidgets():
        template = widget.property(_STYLE_PROPERTY)
        if isinstance(template, str) and template:
            sheet = fill(template, dark=dark)
            if widget.styleSheet() != sheet:
                widget.setStyleSheet(sheet)
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                name = item.data(_ITEM_COLOUR_ROLE)
                if isinstance(name, str) and name in COLOURS:
                    item.setForeground(QBrush(QColor(hex_of(name, dark=dark))))
        elif isinstance(widget, QLabel) and "<a " in widget.text():
            # A rich-text label keeps the link colour it was laid out with: lay it out again.
            text = widget.text()
            widget.clear()
            widget.setText(text)
