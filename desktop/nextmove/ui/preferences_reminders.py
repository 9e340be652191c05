"""Preferences › Suggestions, Tray and Calendar: the follow-up rules, the tray icon, and the
calendar file kept up to date in a folder.

Each change is written to settings.ini at once and announced with `changed(key)`; the
suggestions list, the tray and the calendar file follow without a restart (they listen to
`AppContext.events.settingChanged`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.suggestions import RULE_KEYS, Rules, rules_from

TRAY_KEY = "notifications/tray_icon"
KEEP_RUNNING_KEY = "notifications/keep_running"
# The folder the calendar file is kept up to date in ("" or missing: off).
CALENDAR_FOLDER_KEY = "calendar/auto_folder"
CALENDAR_FILE_NAME = "next-move.ics"
MAX_DAYS = 365

FolderChooser = Callable[[Path], Path | None]


def flag(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() not in ("false", "0", "no", "off")


def calendar_folder(settings: QSettings) -> Path | None:
    text = str(settings.value(CALENDAR_FOLDER_KEY, "") or "").strip()
    return Path(text) if text else None


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


class RemindersPreferences(QTabWidget):
    # A key of settings.ini was just written.
    changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pref_reminders")
        self._settings = settings
        # Seam: tests answer the folder dialog.
        self.choose_folder: FolderChooser = self._choose_folder
        self.addTab(self._suggestions_page(), self.tr("Suggestions"))
        self.addTab(self._tray_page(), self.tr("Tray"))
        self.addTab(self._calendar_page(), self.tr("Calendar"))

    def _write(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()
        self.changed.emit(key)

    # -- suggestions -----------------------------------------------------------------------------

    def _days(self, name: str, value: int, accessible: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(f"pref_suggest_{name}_days")
        box.setAccessibleName(accessible)
        box.setRange(1, MAX_DAYS)
        box.setSuffix(self.tr(" days"))
        box.setValue(value)
        key = RULE_KEYS[f"{name}_days"]
        box.valueChanged.connect(lambda days: self._write(key, days))
        return box

    def _switch(self, name: str, text: str, on: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(f"pref_suggest_{name}")
        box.setChecked(on)
        key = RULE_KEYS[name]
        box.toggled.connect(lambda checked: self._write(key, checked))
        return box

    def _suggestions_page(self) -> QWidget:
        stored = {
            k: self._settings.value(k) for k in RULE_KEYS.values() if self._settings.contains(k)
        }
        rules = rules_from(stored)
        # The days as stored even while the rule is off (0 in `rules` then).
        days = rules_from(
            {
                k: v
                for k, v in stored.items()
                if k not in (RULE_KEYS["follow_up"], RULE_KEYS["ghosted"])
            }
        )
        default = Rules()
        self.follow_up = self._switch(
            "follow_up", self.tr("Suggest a follow-up after"), rules.follow_up_days > 0
        )
        self.follow_up_days = self._days(
            "follow_up",
            days.follow_up_days or default.follow_up_days,
            self.tr("Days with no answer before a follow-up"),
        )
        self.ghosted = self._switch(
            "ghosted", self.tr("Suggest marking as ghosted after"), rules.ghosted_days > 0
        )
        self.ghosted_days = self._days(
            "ghosted",
            days.ghosted_days or default.ghosted_days,
            self.tr("Days with no activity before marking as ghosted"),
        )
        self.thank_you = self._switch(
            "thank_you",
            self.tr("A thank-you after an interview (the same or next day)"),
            rules.thank_you,
        )
        self.keep_in_touch = self._switch(
            "keep_in_touch",
            self.tr("A hello when a keep-in-touch date comes"),
            rules.keep_in_touch,
        )
        self.learning_goals = self._switch(
            "learning_goals", self.tr("A learning goal that is due"), rules.learning_goals
        )
        for name, switch, box in (
            ("follow_up", self.follow_up, self.follow_up_days),
            ("ghosted", self.ghosted, self.ghosted_days),
        ):
            box.setEnabled(switch.isChecked())
            switch.toggled.connect(box.setEnabled)
            # On again: the days shown apply (an older file may hold 0 days for "off").
            key = RULE_KEYS[f"{name}_days"]
            switch.toggled.connect(
                lambda on, key=key, box=box: self._write(key, box.value()) if on else None
            )
        page = QWidget()
        layout = QVBoxLayout(page)
        for switch, box, after in (
            (self.follow_up, self.follow_up_days, self.tr("with no answer")),
            (self.ghosted, self.ghosted_days, self.tr("with no activity")),
        ):
            row = QHBoxLayout()
            row.addWidget(switch)
            row.addWidget(box)
            row.addWidget(QLabel(after), 1)
            layout.addLayout(row)
        for switch in (self.thank_you, self.keep_in_touch, self.learning_goals):
            layout.addWidget(switch)
        layout.addWidget(_note(self.tr("Shown under Suggested in the Goals and Reminders panel.")))
        layout.addStretch(1)
        return page

    # -- tray ------------------------------------------------------------------------------------

    def _tray_page(self) -> QWidget:
        has_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray_icon = QCheckBox(self.tr("Show the icon in the system tray"))
        self.tray_icon.setObjectName("pref_tray_icon")
        self.tray_icon.setChecked(flag(self._settings, TRAY_KEY, True))
        self.keep_running = QCheckBox(self.tr("Keep running in the tray when the window closes"))
        self.keep_running.setObjectName("pref_keep_running")
        self.keep_running.setChecked(flag(self._settings, KEEP_RUNNING_KEY, False))
        self.tray_icon.setEnabled(has_tray)
        self.keep_running.setEnabled(has_tray and self.tray_icon.isChecked())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.tray_icon)
        layout.addWidget(self.keep_running)
        layout.addWidget(
            _note(
                self.tr(
                    "The tray icon tells you when something is due; while the window is "
                    "closed, Show Next Move brings it back and Quit ends the app."
                )
                if has_tray
                else self.tr("This desktop has no system tray: what is due shows in the window.")
            )
        )
        layout.addStretch(1)
        self.tray_icon.toggled.connect(self._on_tray_icon_toggled)
        self.keep_running.toggled.connect(lambda on: self._write(KEEP_RUNNING_KEY, on))
        return page

    def _on_tray_icon_toggled(self, checked: bool) -> None:
        self.keep_running.setEnabled(checked)
        self._write(TRAY_KEY, checked)

    # -- calendar --------------------------------------------------------------------------------

    def _calendar_page(self) -> QWidget:
        folder = calendar_folder(self._settings)
        self.calendar_auto = QCheckBox(self.tr("Keep a calendar file up to date in this folder:"))
        self.calendar_auto.setObjectName("pref_calendar_auto")
        self.calendar_auto.setChecked(folder is not None)
        self.calendar_folder = QLineEdit(str(folder) if folder else "")
        self.calendar_folder.setObjectName("pref_calendar_folder")
        self.calendar_folder.setAccessibleName(self.tr("Calendar folder"))
        self.calendar_folder.setReadOnly(True)
        self.calendar_choose = QPushButton(self.tr("C&hoose…"))
        self.calendar_choose.setObjectName("pref_calendar_choose")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.calendar_auto)
        row = QFormLayout()
        line = QHBoxLayout()
        line.addWidget(self.calendar_folder, 1)
        line.addWidget(self.calendar_choose)
        row.addRow(line)
        layout.addLayout(row)
        layout.addWidget(
            _note(
                self.tr(
                    "{name} there is rewritten after every change, for a calendar app that "
                    "subscribes to it."
                ).format(name=CALENDAR_FILE_NAME)
            )
        )
        layout.addStretch(1)
        self.calendar_auto.toggled.connect(self._on_calendar_auto_toggled)
        self.calendar_choose.clicked.connect(self._on_calendar_choose_clicked)
        return page

    def _choose_folder(self, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Keep the calendar file in"), str(start)
        )
        return Path(name) if name else None

    def _on_calendar_choose_clicked(self) -> bool:
        start = calendar_folder(self._settings) or Path.home()
        chosen = self.choose_folder(start)
        if chosen is None:
            return False
        self.calendar_folder.setText(str(chosen))
        self._write(CALENDAR_FOLDER_KEY, str(chosen))
        self.calendar_auto.blockSignals(True)
        self.calendar_auto.setChecked(True)
        self.calendar_auto.blockSignals(False)
        return True

    def _on_calendar_auto_toggled(self, checked: bool) -> None:
        if not checked:
            self.calendar_folder.clear()
            self._write(CALENDAR_FOLDER_KEY, "")
        elif not self._on_calendar_choose_clicked():  # cancelled: stays off
            self.calendar_auto.blockSignals(True)
            self.calendar_auto.setChecked(False)
            self.calendar_auto.blockSignals(False)
