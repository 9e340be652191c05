"""The command line reads the preferences exactly as the window wrote them through QSettings."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from nextmove.domain.preferences import KEYS, SYSTEM_DATE_FORMAT, Preferences
from nextmove.storage.preferences import SETTINGS_FILE, load_preferences, read_settings

# Text a person could type into a name or signature field (no lone surrogates, no NUL).
typed = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)


@settings(max_examples=200, deadline=None)
@given(value=typed)
def test_a_value_written_by_qsettings_reads_back_the_same(tmp_path_factory, value: str) -> None:
    folder: Path = tmp_path_factory.mktemp("prefs")
    qt = QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)
    qt.setValue(KEYS["signature"], value)
    qt.setValue("window/geometry", b"\x00\x01binary")
    qt.sync()
    assert read_settings(folder)[KEYS["signature"]] == value


def test_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_preferences(tmp_path) == Preferences()
    assert load_preferences(tmp_path).date_format == SYSTEM_DATE_FORMAT


def test_your_details_come_back_from_the_window_settings(tmp_path: Path) -> None:
    qt = QSettings(str(tmp_path / SETTINGS_FILE), QSettings.Format.IniFormat)
    qt.setValue(KEYS["your_name"], "Zoë O'Brien, PhD")
    qt.setValue(KEYS["signature"], "Best wishes,\nZoë\n+44 20 7946 0000")
    qt.setValue(KEYS["date_format"], "")
    qt.sync()
    prefs = load_preferences(tmp_path)
    assert prefs.your_name == "Zoë O'Brien, PhD"
    assert prefs.signature == "Best wishes,\nZoë\n+44 20 7946 0000"
    assert prefs.date_format == SYSTEM_DATE_FORMAT
