"""Preferences › Suggestions, Tray and Calendar: the rules, the tray icon and keeping the
calendar file up to date, each applied at once without a restart."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QSpinBox, QSystemTrayIcon

from nextmove.app import build
from nextmove.domain.status import EventKind
from nextmove.ui.calendar_autosave import CalendarAutosave
from nextmove.ui.main_window import MainWindow
from nextmove.ui.notifications import Notifier
from nextmove.ui.preferences_dialog import PreferencesDialog
from nextmove.ui.suggestions.controller import SuggestionsController
from tests.gui.tracker_helpers import TODAY, app, seed

NO_TRAY_HERE = "QObject::connect: No such signal QPlatformNativeInterface::systemTrayWindowChanged"


def _open(qtbot, window: MainWindow) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    window.findChild(QAction, "action_preferences").trigger()
    dialog = window.findChild(QObject, "preferences_feature").dialog
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _kinds(window: MainWindow) -> list[str]:
    found = window.findChild(QObject, "suggestions_controller")
    assert isinstance(found, SuggestionsController)
    return [s.kind.value for s in found.shown]


def test_the_rules_change_in_preferences_and_the_list_follows(
    qtbot, window: MainWindow, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    seed(window, app("Globex", applied_on=TODAY - timedelta(days=8)))
    window.findChild(QObject, "suggestions_controller").refresh()
    assert _kinds(window) == ["follow_up"]
    dialog = _open(qtbot, window)
    follow_up = dialog.findChild(QCheckBox, "pref_suggest_follow_up")
    days = dialog.findChild(QSpinBox, "pref_suggest_follow_up_days")
    assert (follow_up.isChecked(), days.value()) == (True, 7)
    for name in ("ghosted", "thank_you", "keep_in_touch", "learning_goals"):
        assert dialog.findChild(QCheckBox, f"pref_suggest_{name}").isChecked()
    assert dialog.findChild(QSpinBox, "pref_suggest_ghosted_days").value() == 30

    days.setValue(10)
    assert _kinds(window) == []  # 8 days of silence is no longer enough
    days.setValue(8)
    assert _kinds(window) == ["follow_up"]
    follow_up.setChecked(False)
    assert _kinds(window) == []
    assert not days.isEnabled()
    text = (data_dir / "settings.ini").read_text(encoding="utf-8")
    assert "follow_up=false" in text
    assert "follow_up_days=8" in text
    follow_up.setChecked(True)
    assert _kinds(window) == ["follow_up"]


@pytest.mark.qt_log_ignore(NO_TRAY_HERE)
def test_the_tray_keeps_the_app_running_and_quit_ends_it(
    qtbot, data_dir: Path, immediate_pool, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    quits: list[bool] = []
    monkeypatch.setattr("nextmove.ui.notifications.QApplication.quit", lambda: quits.append(True))
    window = build(data_dir, pool=immediate_pool)
    qtbot.addWidget(window)
    window.show()
    try:
        notifier = window.findChild(QObject, "notifier")
        assert isinstance(notifier, Notifier)
        assert notifier.tray is not None
        dialog = _open(qtbot, window)
        keep = dialog.findChild(QCheckBox, "pref_keep_running")
        assert not keep.isChecked()  # off by default
        window.close()  # off: closing closes
        assert window.isHidden()
        assert not notifier.keeps_running()
        window.show()

        dialog = _open(qtbot, window)
        dialog.findChild(QCheckBox, "pref_keep_running").setChecked(True)
        dialog.close()
        assert not window.close()  # refused: hidden in the tray instead
        assert window.isHidden()
        menu = notifier.tray.contextMenu()
        show, quit_ = (
            next(a for a in menu.actions() if a.objectName() == n)
            for n in ("tray_show", "tray_quit")
        )
        show.trigger()
        assert window.isVisible()
        quit_.trigger()  # the tray's Quit quits
        assert window.isHidden()
        assert quits == [True]
        notifier._quitting = False
        window.show()
        window.action("action_quit").trigger()  # and so does File › Quit
        assert window.isHidden()
        assert quits == [True, True]

        notifier._quitting = False
        window.show()
        dialog = _open(qtbot, window)
        icon = dialog.findChild(QCheckBox, "pref_tray_icon")
        assert icon.isChecked()
        icon.setChecked(False)  # no icon: nothing to come back by, so closing closes again
        assert notifier.tray is None
        assert not dialog.findChild(QCheckBox, "pref_keep_running").isEnabled()
        assert not notifier.keeps_running()
    finally:
        window.close()
        assert window.context is not None
        window.context.database.close()


def test_a_notification_opens_its_item_even_behind_a_search(window: MainWindow) -> None:
    ids = seed(window, app("Northwind"), app("Globex", applied_on=TODAY - timedelta(days=8)))
    window.search_box.setText("Northwind")
    notifier = window.findChild(QObject, "notifier")
    assert isinstance(notifier, Notifier)
    notifier.notify = lambda _title, _text: None
    notifier.check()
    notifier._on_opened()
    assert window.selected_application_id() == ids[1]
    assert window.search_box.text() == ""
    found = window.findChild(QObject, "suggestions_controller")
    assert found.panel.current_key().startswith("follow_up:")


def test_the_calendar_file_is_kept_up_to_date_in_the_chosen_folder(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (app_id,) = seed(window, app("Northwind"))
    autosave = window.findChild(QObject, "calendar_autosave")
    assert isinstance(autosave, CalendarAutosave)
    autosave._later.setInterval(10)
    folder = tmp_path / "calendars"
    folder.mkdir()
    dialog = _open(qtbot, window)
    reminders = dialog.reminders
    auto = dialog.findChild(QCheckBox, "pref_calendar_auto")
    assert not auto.isChecked()  # off by default
    reminders.choose_folder = lambda _start: None
    auto.setChecked(True)  # the folder dialog cancelled: stays off
    assert not auto.isChecked()
    reminders.choose_folder = lambda _start: folder
    auto.setChecked(True)
    target = folder / "next-move.ics"
    qtbot.waitUntil(target.exists, timeout=3000)
    assert b"Interview" not in target.read_bytes()

    window.add_timeline_entry(app_id, EventKind.INTERVIEW, TODAY + timedelta(days=2), "", 1)
    qtbot.waitUntil(lambda: b"Northwind: Interview" in target.read_bytes(), timeout=3000)
    assert [p.name for p in folder.iterdir()] == ["next-move.ics"]  # no temporary file left

    auto.setChecked(False)
    target.unlink()
    window.undo_stack.undo()
    qtbot.wait(50)
    assert not target.exists()  # off: nothing is written any more
