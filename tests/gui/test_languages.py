"""The window's language: from the system, the preference or --lang; every text it shows in
German is in the catalogue; the email templates follow their own preference."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QSpinBox

from nextmove.app import SETTINGS_FILE, _install_language, build
from nextmove.resources import resources_root
from nextmove.ui import language
from nextmove.ui.main_window import MainWindow
from nextmove.ui.preferences_dialog import PreferencesDialog
from nextmove.ui.wizard.controller import WizardController
from tests.gui.wizard_helpers import add_interviewed_application, fill_page, forbid_network

TRANSLATIONS = resources_root() / "translations"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    language.install(language.ENGLISH)


def _store_language(data_dir: Path, code: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(language.KEY, code)
    settings.sync()


def _menus(qtbot: Any, data_dir: Path) -> list[str]:
    window = build(data_dir)
    qtbot.addWidget(window)
    try:
        return [action.text() for action in window.menuBar().actions()]
    finally:
        window.close()
        assert window.context is not None
        window.context.database.close()


def test_the_system_language_gives_german_menus(qtbot: Any, data_dir: Path) -> None:
    code = language.choose(None, language.stored_language(QSettings()), QLocale("de_DE"))
    assert code == "de"
    language.install(code)
    menus = _menus(qtbot, data_dir)
    assert menus[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
    assert "&Hilfe" in menus


def test_the_preference_gives_french_menus(qtbot: Any, data_dir: Path) -> None:
    _store_language(data_dir, "fr")
    _install_language(data_dir, None)
    assert _menus(qtbot, data_dir)[:2] == ["&Fichier", "É&dition"]


def test_the_command_line_wins_over_the_preference(qtbot: Any, data_dir: Path) -> None:
    _store_language(data_dir, "fr")
    _install_language(data_dir, "de")
    assert _menus(qtbot, data_dir)[0] == "&Datei"
    _install_language(data_dir, "en")
    assert _menus(qtbot, data_dir)[0] == "&File"


def test_an_unknown_language_falls_back_to_the_system_then_english() -> None:
    assert language.choose("xx", "system", QLocale("es_ES")) == "es"
    assert language.choose(None, "fr_CA", QLocale("de_DE")) == "fr"
    assert language.choose(None, "system", QLocale("ja_JP")) == "en"


def test_qt_own_buttons_are_translated_too() -> None:
    loaded = language.install("de")
    assert any("qtbase_de" in path for path in loaded)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


class _Spy(QTranslator):
    """Installed last, so asked first: notes every text of Next Move's German lacks."""

    def __init__(self, german: QTranslator) -> None:
        super().__init__()
        self.german = german
        self.asked: set[tuple[str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Qt's own classes (context "Q…") are qtbase's catalogue's.
        if (
            source
            and not context.startswith("Q")
            and not self.german.translate(context, source, disambiguation, n)
        ):
            self.asked.add((context, source))
        return ""

    def missed(self) -> list[tuple[str, str]]:
        """Texts German has under no context: PySide asks a subclass's name first, then each
        base class's (the one lupdate files the text under), so a first miss is not one."""
        catalogue = ET.parse(TRANSLATIONS / "nextmove_de.ts").getroot()  # noqa: S314 (ours)
        german = {m.findtext("source") for m in catalogue.iter("message")}
        return sorted((c, s) for c, s in self.asked if s not in german)


# A translator written in Python, asked while a wrapped label measures itself, leaves that
# label's first height-for-width unknown: Qt warns, only with the spy installed.
@pytest.mark.qt_log_ignore("Negative sizes")
def test_every_text_the_german_window_shows_is_translated(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forbid_network(monkeypatch)
    language.install("de")
    german = next(t for t in language._installed if "nextmove_de" in t.filePath())
    spy = _Spy(german)
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(spy)
    window: MainWindow = build(data_dir)
    qtbot.addWidget(window)
    try:
        window.show()
        actions = {a.objectName(): a for a in window.findChildren(QAction)}
        actions["action_preferences"].trigger()
        actions["action_new_application"].trigger()
        assert window.context is not None
        app_id = add_interviewed_application(window.context.database)
        controller = window.findChild(WizardController, "wizard_controller")
        assert controller is not None
        wizard = controller.open_for(app_id)
        assert wizard is not None
        for _step in range(8):  # every page, each filled as a person would
            fill_page(wizard, qtbot)
            wizard.next()
        assert wizard.currentPage().objectName() == "page_next_move"
        assert not spy.missed()
    finally:
        app.removeTranslator(spy)
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        window.close()
        assert window.context is not None
        window.context.database.close()


def _open_preferences(qtbot: Any, window: MainWindow) -> PreferencesDialog:
    window.findChild(QAction, "action_preferences").trigger()
    dialog = window.findChild(PreferencesDialog, "preferences_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_preferences_offer_each_language_in_its_own_words(qtbot: Any, window: MainWindow) -> None:
    dialog = _open_preferences(qtbot, window)
    combo = dialog.findChild(QComboBox, "pref_language")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["System language", "English", "Deutsch", "Français", "Español"]
    combo.setCurrentIndex(combo.findData("de"))
    assert window.context is not None
    assert window.context.settings.value(language.KEY) == "de"
    note = dialog.findChild(QLabel, "pref_language_note")
    assert "next time Next Move starts" in note.text()


def test_backups_kept_and_the_weekly_goal_are_preferences(qtbot: Any, window: MainWindow) -> None:
    dialog = _open_preferences(qtbot, window)
    kept = dialog.findChild(QSpinBox, "pref_backups_kept")
    kept.setValue(25)
    assert window.context is not None
    assert int(window.context.settings.value("backups/keep")) == 25
    goal = dialog.findChild(QSpinBox, "pref_weekly_goal")
    assert not goal.isEnabled()  # no reflection finished yet: nothing holds a goal
    assert "first reflection" in goal.toolTip()


def test_the_template_language_picks_the_german_templates(qtbot: Any, window: MainWindow) -> None:
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    assert controller.templates.get("follow_up").name == "Follow-up on my application"
    dialog = _open_preferences(qtbot, window)
    combo = dialog.findChild(QComboBox, "pref_template_language")
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Deutsch"]
    combo.setCurrentIndex(combo.findData("de"))
    assert controller.templates.get("follow_up").name == "Nachfrage zu meiner Bewerbung"
    assert "Hallo {first_name}" in controller.templates.get("follow_up").body


def test_the_weekly_goal_of_the_last_reflection_changes_in_preferences(
    qtbot: Any, window: MainWindow
) -> None:
    from datetime import UTC, datetime

    from nextmove.storage.learning_goals import LearningGoalRepository
    from nextmove.storage.models.wizard import Reflection

    assert window.context is not None
    database = window.context.database
    app_id = add_interviewed_application(database)
    with database.sessions.begin() as session:
        session.add(
            Reflection(
                application_id=app_id,
                state="completed",
                weekly_goal=3,
                completed_at=datetime(2026, 11, 1, tzinfo=UTC),
            )
        )
    dialog = _open_preferences(qtbot, window)
    goal = dialog.findChild(QSpinBox, "pref_weekly_goal")
    assert goal.isEnabled()
    assert goal.value() == 3
    goal.setValue(5)
    assert LearningGoalRepository(database).weekly_goal() == 5
    label = window.findChild(QLabel, "weekly_goal_label")
    assert label is not None
    assert "5" in label.text()
