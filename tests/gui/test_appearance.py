"""Preferences › Appearance: System (following the OS live), Light or Dark, stored in the data
folder's settings.ini and applied to every open window without a restart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from nextmove.app import SETTINGS_FILE, build
from nextmove.ui import palette
from nextmove.ui.appearance import appearance
from nextmove.ui.main_window import MainWindow
from nextmove.ui.preferences_dialog import PreferencesDialog
from tests.gui.tracker_helpers import TODAY, app, cell, row_of, seed


def _window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


@pytest.fixture(autouse=True)
def back_to_system() -> Iterator[None]:
    yield
    looks = appearance()
    looks.system_scheme = QApplication.styleHints().colorScheme
    looks.set_scheme("system")


def _choose(qtbot, window: MainWindow, scheme: str) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    window.findChild(QAction, "action_preferences").trigger()
    dialog = window.findChild(PreferencesDialog, "preferences_dialog")
    qtbot.waitUntil(dialog.isVisible)
    combo = dialog.findChild(QComboBox, "pref_appearance")
    combo.setCurrentIndex(combo.findData(scheme))
    return dialog


def _stored(data_dir: Path) -> object:
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat).value(
        "appearance/scheme"
    )


def test_system_is_the_default_and_offscreen_it_stays_light(
    qtbot, window: MainWindow, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window.findChild(QAction, "action_preferences").trigger()
    dialog = window.findChild(PreferencesDialog, "preferences_dialog")
    combo = dialog.findChild(QComboBox, "pref_appearance")
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "light", "dark"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["System", "Light", "Dark"]
    assert combo.currentData() == "system"
    assert combo.accessibleName() == "Appearance"
    assert _window_lightness() > 200
    assert _stored(data_dir) is None  # nothing written until chosen


def test_dark_recolours_the_open_window_at_once_and_is_stored(
    qtbot, window: MainWindow, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    (late,) = seed(
        window, app("Acme", next_action_on=TODAY - timedelta(days=2), next_action="Call back")
    )
    light_text = cell(
        window, row_of(window, late), "next_action_on", Qt.ItemDataRole.ForegroundRole
    )
    assert light_text == QColor(palette.COLOURS["overdue_text"][0])

    _choose(qtbot, window, "dark")

    assert _stored(data_dir) == "dark"
    assert _window_lightness() < 80  # dark even though offscreen reports no scheme
    assert window.table.palette().color(QPalette.ColorRole.Base).lightness() < 80
    assert QApplication.style().name().lower() == "fusion"
    dark_text = cell(window, row_of(window, late), "next_action_on", Qt.ItemDataRole.ForegroundRole)
    assert dark_text == QColor(palette.COLOURS["overdue_text"][1])
    background = cell(
        window, row_of(window, late), "next_action_on", Qt.ItemDataRole.BackgroundRole
    )
    assert background.lightness() < 80  # the tint is a dark one, its text readable on it

    _choose(qtbot, window, "light")
    assert _stored(data_dir) == "light"
    assert _window_lightness() > 200
    text = cell(window, row_of(window, late), "next_action_on", Qt.ItemDataRole.ForegroundRole)
    assert text == light_text


def test_style_sheet_colours_follow_a_switch(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Pick a date after 1 Jan 2000")
    qtbot.addWidget(label)
    palette.text_colour(label, "error")
    assert palette.COLOURS["error"][0] in label.styleSheet()
    _choose(qtbot, window, "dark")
    assert palette.COLOURS["error"][1] in label.styleSheet()
    _choose(qtbot, window, "system")
    assert palette.COLOURS["error"][0] in label.styleSheet()


def test_a_stored_scheme_applies_when_the_app_opens(qtbot, data_dir: Path, immediate_pool) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue("appearance/scheme", "dark")
    settings.sync()
    win = build(data_dir, pool=immediate_pool)
    qtbot.addWidget(win)
    assert _window_lightness() < 80
    win.close()
    win.context.database.close()


def test_system_follows_the_os_scheme_live(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    looks = appearance()
    os_scheme = Qt.ColorScheme.Light
    looks.system_scheme = lambda: os_scheme
    looks.set_scheme("system")
    assert _window_lightness() > 200

    os_scheme = Qt.ColorScheme.Dark
    QApplication.styleHints().colorSchemeChanged.emit(os_scheme)
    assert _window_lightness() < 80
    looks.set_scheme("light")  # an explicit Light wins over a dark desktop
    assert _window_lightness() > 200
    looks.set_scheme("system")
    os_scheme = Qt.ColorScheme.Light
    QApplication.styleHints().colorSchemeChanged.emit(os_scheme)
    assert _window_lightness() > 200


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        parts = [c.redF(), c.greenF(), c.blueF()]
        lin = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _distance(a: QColor, b: QColor) -> float:
    return (
        float(sum((x - y) ** 2 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))) ** 0.5
    )


@pytest.mark.parametrize("dark", [False, True])
def test_every_text_colour_is_readable_and_every_tint_visible(dark: bool) -> None:
    window = palette.build_palette(dark=dark)
    base = window.color(QPalette.ColorRole.Base)

    def value(name: str) -> QColor:
        return QColor(palette.hex_of(name, dark=dark))

    tints = [k for k in palette.COLOURS if k.startswith("chip_") and not k.endswith("_text")]
    tints += ["overdue_background", "due_background", "kind_background"]
    for tint in tints:
        text = tint.replace("_background", "_text") if "background" in tint else f"{tint}_text"
        assert _contrast(value(text), value(tint)) >= 4.5, (tint, dark)  # WCAG AA
        assert _distance(value(tint), base) >= 25, (tint, dark)  # a tint, not the base
    for name in ("error", "muted", "link"):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert _contrast(value(name), window.color(role)) >= 4.5, (name, role, dark)
    text = window.color(QPalette.ColorRole.Text)
    assert _contrast(text, base) >= 7


def test_list_items_and_links_follow_a_switch(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    items = QListWidget()
    qtbot.addWidget(items)
    late = QListWidgetItem("1 Dec  Send portfolio")
    palette.item_foreground(late, "error")
    items.addItem(late)
    link = QLabel('<a href="resume">Resume</a>')
    qtbot.addWidget(link)
    _choose(qtbot, window, "dark")
    assert late.foreground().color() == QColor(palette.COLOURS["error"][1])
    assert link.text() == '<a href="resume">Resume</a>'
    _choose(qtbot, window, "light")
    assert late.foreground().color() == QColor(palette.COLOURS["error"][0])
