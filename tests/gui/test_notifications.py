"""Notifications: what is due is told once, in the tray where there is one, else in a bar in
the window; after the computer wakes the check runs again; clicking shows the item."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from nextmove.app import build
from nextmove.ui.main_window import MainWindow
from nextmove.ui.notifications import Notifier
from tests.gui.tracker_helpers import TODAY, app, seed


def _notifier(window: MainWindow) -> Notifier:
    found = window.findChild(QObject, "notifier")
    assert isinstance(found, Notifier)
    return found


def test_without_a_tray_the_bar_tells_and_show_opens_the_item(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray
    ids = seed(
        window, app("Northwind", "Analyst"), app("Globex", applied_on=TODAY - timedelta(days=8))
    )
    notifier = _notifier(window)
    assert notifier.tray is None
    told: list[tuple[str, str]] = []
    default = notifier.notify
    notifier.notify = lambda title, text: (told.append((title, text)), default(title, text))  # type: ignore[func-returns-value]
    notifier.check()
    assert told == [
        ("Next Move: 1 thing to do", "Follow up on Globex – Analyst: no answer for 8 days")
    ]
    assert notifier.bar.isVisible()
    assert "Follow up on Globex" in notifier.bar.label.text()
    window.select_application(ids[0])
    notifier.bar.show_button.click()
    assert window.selected_application_id() == ids[1]
    assert not notifier.bar.isVisible()
    notifier.check()  # told once per session
    assert len(told) == 1


def test_a_wake_from_sleep_checks_again(window: MainWindow) -> None:
    seed(window, app("Initech"))
    notifier = _notifier(window)
    told: list[str] = []
    notifier.notify = lambda title, _text: told.append(title)  # type: ignore[assignment]
    notifier.check()
    assert told == []
    assert window.context is not None
    window.context.today = lambda: TODAY + timedelta(days=8)  # a week asleep
    notifier._on_tick_timeout()  # the minute timer, on time: no check
    assert told == []
    notifier._last_tick -= 3600
    notifier._on_tick_timeout()
    assert told == ["Next Move: 1 thing to do"]


# Offscreen Qt has no tray to connect to; the icon is made all the same, which is the point.
NO_TRAY_HERE = "QObject::connect: No such signal QPlatformNativeInterface::systemTrayWindowChanged"


@pytest.mark.qt_log_ignore(NO_TRAY_HERE)
def test_with_a_tray_the_message_goes_to_the_tray_icon(
    qtbot, data_dir: Path, immediate_pool, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(
        QSystemTrayIcon,
        "showMessage",
        lambda _self, title, text, *_rest: shown.append((title, text)),
    )
    window = build(data_dir, pool=immediate_pool)
    qtbot.addWidget(window)
    try:
        seed(window, app("Hooli", applied_on=TODAY - timedelta(days=9)))
        notifier = _notifier(window)
        tray = window.findChild(QSystemTrayIcon, "tray_icon")
        assert tray is not None
        assert tray is notifier.tray
        notifier.check()
        assert shown == [
            ("Next Move: 1 thing to do", "Follow up on Hooli – Analyst: no answer for 9 days")
        ]
        assert not notifier.bar.isVisible()
        menu = tray.contextMenu()
        assert [a.text() for a in menu.actions()] == ["Show Next Move", "1 thing to do", "", "Quit"]
        assert tray.toolTip() == "Next Move — 1 thing to do"
    finally:
        window.close()
        assert window.context is not None
        window.context.database.close()


@pytest.mark.qt_log_ignore(NO_TRAY_HERE)
def test_the_tray_icon_can_be_turned_off(
    qtbot, data_dir: Path, immediate_pool, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    data_dir.mkdir(parents=True)
    (data_dir / "settings.ini").write_text("[notifications]\ntray_icon=false\n", encoding="utf-8")
    window = build(data_dir, pool=immediate_pool)
    qtbot.addWidget(window)
    try:
        assert window.findChild(QSystemTrayIcon, "tray_icon") is None
    finally:
        window.close()
        assert window.context is not None
        window.context.database.close()
