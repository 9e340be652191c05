"""Edit › Preferences…: the date format and Your details, stored where the command line reads
them and applied at once to the table and the views already open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from nextmove.domain.preferences import KEYS, SYSTEM_DATE_FORMAT
from nextmove.storage.preferences import load_preferences
from nextmove.ui.date_display import date_display
from nextmove.ui.main_window import MainWindow
from nextmove.ui.preferences_dialog import PreferencesDialog
from nextmove.ui.tracker.detail_panel import DetailPanel
from tests.gui.tracker_helpers import TODAY, app, cell, seed


@pytest.fixture(autouse=True)
def british() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)
    date_display().set_format(SYSTEM_DATE_FORMAT)


def _open(qtbot, window: MainWindow) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    action = window.findChild(QAction, "action_preferences")
    assert action is not None
    action.trigger()
    dialog = window.findChild(PreferencesDialog, "preferences_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_action_sits_in_the_edit_menu_with_the_usual_shortcut(window: MainWindow) -> None:
    action = window.findChild(QAction, "action_preferences")
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action in window.menu("edit").actions()
    assert action.text() == "&Preferences…"


def test_a_new_date_format_redraws_the_table_and_is_stored_for_the_command_line(
    qtbot, window: MainWindow, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    (ident,) = seed(window, app("Acme", applied_on=date(2026, 11, 3)))
    assert cell(window, 0, "applied_on") == "03 Nov 2026"  # en_GB's medium format
    dialog = _open(qtbot, window)
    combo = dialog.findChild(QComboBox, "pref_date_format")
    labels = [combo.itemText(i) for i in range(combo.count())]
    today = window.context.today()
    assert labels[0].startswith("System default (")
    assert f"{today:%Y-%m-%d}" in labels  # each choice shown as today's date in it
    assert f"{today:%m/%d/%Y}" in labels
    assert f"{today:%d/%m/%Y}" in labels
    combo.setCurrentIndex(combo.findData("yyyy-MM-dd"))
    assert cell(window, 0, "applied_on") == "2026-11-03"  # no restart
    assert load_preferences(data_dir).date_format == "yyyy-MM-dd"
    window.select_application(ident)
    panel = window.findChild(DetailPanel)
    qtbot.waitUntil(lambda: panel.timeline.list.topLevelItemCount() > 0)
    assert panel.timeline.list.topLevelItem(0).text(0).startswith("2026-")
    combo.setCurrentIndex(combo.findData("MM/dd/yyyy"))
    assert cell(window, 0, "applied_on") == "11/03/2026"
    assert dialog.date_format_order.text() == "Month/day/year"  # 04/12 is said in words
    assert panel.timeline.list.topLevelItem(0).text(0).endswith("/2026")  # open views too
    # Typing follows the format shown: 11/05 is November the 5th now.
    window.action("action_edit_application").trigger()
    editor = window.editing.dialog
    assert editor is not None
    assert editor.applied_on.text_edit.text() == "11/03/2026"
    editor.applied_on.text_edit.setText("11/05/2026")
    assert editor.applied_on.value() == date(2026, 11, 5)
    editor.ask = lambda *_args: 0  # discard


def test_your_details_are_written_where_the_command_line_reads_them(
    qtbot, window: MainWindow, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)
    name = dialog.findChild(QLineEdit, "pref_your_name")
    qtbot.keyClicks(name, "Alex O'Brien")
    name.insert(", Zoë")  # QTest types ASCII only
    signature = dialog.findChild(QPlainTextEdit, "pref_signature")
    signature.setFocus()
    qtbot.keyClicks(signature, "Best wishes,")
    signature.appendPlainText("Zoë")
    stored = load_preferences(data_dir)
    assert (stored.your_name, stored.signature) == ("Alex O'Brien, Zoë", "Best wishes,\nZoë")
    assert window.context.settings.value(KEYS["your_name"]) == "Alex O'Brien, Zoë"
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is None)  # let go on close
    again = _open(qtbot, window)
    assert again.findChild(QLineEdit, "pref_your_name").text() == "Alex O'Brien, Zoë"


def test_the_stored_format_applies_when_the_window_opens(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from nextmove.app import build
    from nextmove.storage.preferences import SETTINGS_FILE

    data_dir.mkdir(parents=True)
    settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(KEYS["date_format"], "dd.MM.yyyy")
    settings.sync()
    window = build(data_dir)
    qtbot.addWidget(window)
    try:
        seed(window, app("Acme", applied_on=date(2026, 11, 3)))
        assert cell(window, 0, "applied_on") == "03.11.2026"
    finally:
        window.context.database.close()
    assert TODAY


def test_the_language_choice_is_stored_and_shown_again(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from nextmove.ui.language import KEY as LANGUAGE_KEY

    dialog = _open(qtbot, window)
    language = dialog.findChild(QComboBox, "pref_language")
    assert language.currentData() == "system"
    language.setCurrentIndex(language.findData("en"))
    assert window.context.settings.value(LANGUAGE_KEY) == "en"
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is None)
    again = _open(qtbot, window)
    assert again.findChild(QComboBox, "pref_language").currentData() == "en"
    again.close()
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is None)
