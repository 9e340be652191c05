"""Edit › Preferences…: light or dark, the language, how dates are shown, "Your details", the
weekly goal, how many backups to keep and the language of the email templates.

Every change is written at once to the data folder's settings.ini, under the keys of
`domain.preferences.KEYS` (the command line reads the same keys), and applies without a
restart: a new date format redraws the table and every open view. The one exception is the
language of the menus and windows, which Next Move sets as it starts: the dialog says so.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.date_locale import numeric_order
from nextmove.domain.preferences import KEYS, SYSTEM_DATE_FORMAT, Preferences
from nextmove.storage.backups import DEFAULT_KEEP
from nextmove.storage.learning_goals import LearningGoalRepository
from nextmove.storage.templates import TEMPLATE_LANGUAGES
from nextmove.ui import appearance, language
from nextmove.ui.backup_actions import KEEP_SETTING, keep_count
from nextmove.ui.date_display import CHOICES, date_display
from nextmove.ui.labels import QT_TRANSLATE_NOOP
from nextmove.ui.preferences_reminders import RemindersPreferences
from nextmove.ui.template_language import KEY as TEMPLATE_LANGUAGE_KEY
from nextmove.ui.template_language import template_language

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

MAX_NAME = 120
# Said next to the numeric formats, where 04/12 could be either.
_ORDER_WORDS = {
    SYSTEM_DATE_FORMAT: QT_TRANSLATE_NOOP("PreferencesDialog", "As your system writes dates"),
    "d MMM yyyy": QT_TRANSLATE_NOOP("PreferencesDialog", "Day, abbreviated month, year"),
    "dd/MM/yyyy": QT_TRANSLATE_NOOP("PreferencesDialog", "Day/month/year"),
    "MM/dd/yyyy": QT_TRANSLATE_NOOP("PreferencesDialog", "Month/day/year"),
    "dd.MM.yyyy": QT_TRANSLATE_NOOP("PreferencesDialog", "Day.month.year"),
    "yyyy-MM-dd": QT_TRANSLATE_NOOP("PreferencesDialog", "Year-month-day (ISO 8601)"),
}

MAX_BACKUPS_KEPT = 500


def read_preferences(settings: QSettings) -> Preferences:
    """The preferences as stored through `settings` (defaults for anything missing)."""
    defaults = Preferences()

    def text(key: str, default: str) -> str:
        value = settings.value(KEYS[key], default)
        return str(value) if value is not None else default

    date_format = text("date_format", defaults.date_format).strip()
    if date_format != SYSTEM_DATE_FORMAT and numeric_order(date_format) is None:
        date_format = SYSTEM_DATE_FORMAT  # empty, or no day, month and year in it
    return Preferences(
        date_format=date_format,
        your_name=text("your_name", defaults.your_name),
        signature=text("signature", defaults.signature),
    )


class PreferencesDialog(QDialog):
    # The weekly goal changed (the goals panel shows it).
    weeklyGoalChanged = Signal(int)

    def __init__(
        self,
        settings: QSettings,
        today: date,
        parent: QWidget | None = None,
        goals: LearningGoalRepository | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self._settings = settings
        stored = read_preferences(settings)

        self.date_format = QComboBox()
        self.date_format.setObjectName("pref_date_format")
        self.date_format.setAccessibleName(self.tr("Date format"))
        display = date_display()
        self.date_format.addItem(
            self.tr("System default ({example})").format(
                example=display.example(SYSTEM_DATE_FORMAT, today)
            ),
            SYSTEM_DATE_FORMAT,
        )
        for choice in CHOICES:
            self.date_format.addItem(display.example(choice, today), choice)
        for index in range(self.date_format.count()):
            words = _ORDER_WORDS.get(str(self.date_format.itemData(index)), "")
            self.date_format.setItemData(index, self.tr(words), Qt.ItemDataRole.ToolTipRole)
        index = self.date_format.findData(stored.date_format)
        if index < 0:  # a pattern written by hand in settings.ini: keep it, shown as itself
            self.date_format.addItem(display.example(stored.date_format, today), stored.date_format)
            index = self.date_format.count() - 1
        self.date_format.setCurrentIndex(index)
        # 04/12 could be either order: the choice is also said in words.
        self.date_format_order = QLabel()
        self.date_format_order.setObjectName("pref_date_format_order")
        self.date_format_order.setEnabled(False)
        format_note = QLabel(
            self.tr("Typing a date accepts every format, as well as today, +3d or a weekday.")
        )
        format_note.setWordWrap(True)
        format_note.setEnabled(False)

        self.appearance = QComboBox()
        self.appearance.setObjectName("pref_appearance")
        self.appearance.setAccessibleName(self.tr("Appearance"))
        for text, scheme, tip in (
            (self.tr("System"), appearance.SYSTEM, self.tr("Light or dark, as your desktop is")),
            (self.tr("Light"), appearance.LIGHT, self.tr("Always light")),
            (self.tr("Dark"), appearance.DARK, self.tr("Always dark")),
        ):
            self.appearance.addItem(text, scheme)
            self.appearance.setItemData(
                self.appearance.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
            )
        self.appearance.setCurrentIndex(
            max(0, self.appearance.findData(appearance.stored_scheme(settings)))
        )

        # The language of the menus and windows, each named in its own language.
        self.language = QComboBox()
        self.language.setObjectName("pref_language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), language.SYSTEM)
        for code, name in language.LANGUAGES:
            self.language.addItem(name, code)
        stored_language = language.stored_language(settings)
        self.language.setCurrentIndex(max(0, self.language.findData(stored_language)))
        language_note = QLabel(self.tr("A new language shows the next time Next Move starts."))
        language_note.setObjectName("pref_language_note")
        language_note.setWordWrap(True)
        language_note.setEnabled(False)

        self.your_name = QLineEdit(stored.your_name)
        self.your_name.setObjectName("pref_your_name")
        self.your_name.setAccessibleName(self.tr("Your name"))
        self.your_name.setPlaceholderText(self.tr("e.g. Alex Morgan"))
        self.your_name.setMaxLength(MAX_NAME)
        self.signature = QPlainTextEdit(stored.signature)
        self.signature.setObjectName("pref_signature")
        self.signature.setAccessibleName(self.tr("Signature"))
        self.signature.setPlaceholderText(self.tr("Best regards,\nAlex Morgan\n+44 7700 900123"))
        self.signature.setTabChangesFocus(True)
        self.signature.setFixedHeight(96)

        looks = QGroupBox(self.tr("Appearance"))
        looks_form = QFormLayout(looks)
        looks_form.addRow(self.tr("&Colours:"), self.appearance)
        looks_form.addRow(self.tr("&Language:"), self.language)
        looks_form.addRow("", language_note)
        dates = QGroupBox(self.tr("Dates"))
        dates_form = QFormLayout(dates)
        dates_form.addRow(self.tr("Show &dates as:"), self.date_format)
        dates_form.addRow("", self.date_format_order)
        dates_form.addRow("", format_note)
        details = QGroupBox(self.tr("Your details"))
        details_form = QFormLayout()
        details_form.addRow(self.tr("Your &name:"), self.your_name)
        details_form.addRow(self.tr("&Signature:"), self.signature)
        details_note = QLabel(self.tr("Used to sign the emails Next Move writes for you."))
        details_note.setWordWrap(True)
        details_note.setEnabled(False)
        # Below the form, not in a row of it: a form row under a fixed-height field gets less
        # height than its wrapped text needs, and the two overlap.
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(details_form)
        details_layout.addWidget(details_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("pref_buttons")
        # Two columns: the whole dialog fits a 768-pixel-high screen in every language.
        left = QVBoxLayout()
        left.addWidget(looks)
        left.addWidget(dates)
        left.addWidget(details)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._goals_and_backups_group(goals))
        right.addWidget(self._templates_group())
        self.reminders = RemindersPreferences(settings)
        right.addWidget(self.reminders)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

        self.appearance.currentIndexChanged.connect(self._on_appearance_current_index_changed)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.date_format.currentIndexChanged.connect(self._on_date_format_current_index_changed)
        self.your_name.textChanged.connect(self._on_your_name_text_changed)
        self.signature.textChanged.connect(self._on_signature_text_changed)
        buttons.rejected.connect(self.accept)
        self._show_order()

    def showEvent(self, event: QShowEvent) -> None:
        """Never shorter than the wrapped notes need at this width (a top-level window's size
        hint leaves out height-for-width; the notes are longer in German, French, Spanish)."""
        super().showEvent(event)
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.setMinimumHeight(needed)
            self.resize(self.width(), needed)

    def _goals_and_backups_group(self, goals: LearningGoalRepository | None) -> QGroupBox:
        """The weekly goal (set at the end of a reflection, changed here) and backups kept."""
        self._goals = goals
        self.weekly_goal = QSpinBox()
        self.weekly_goal.setObjectName("pref_weekly_goal")
        self.weekly_goal.setAccessibleName(self.tr("Weekly goal"))
        self.weekly_goal.setRange(0, 50)
        self.weekly_goal.setSpecialValueText(self.tr("No goal"))
        self.weekly_goal.setSuffix(self.tr(" applications a week"))
        has_goal = goals is not None and goals.has_reflection()
        self.weekly_goal.setValue(goals.weekly_goal() if goals is not None else 0)
        self.weekly_goal.setEnabled(has_goal)
        if not has_goal:
            self.weekly_goal.setToolTip(
                self.tr("You set a weekly goal at the end of your first reflection.")
            )
        self.backups_kept = QSpinBox()
        self.backups_kept.setObjectName("pref_backups_kept")
        self.backups_kept.setAccessibleName(self.tr("Backups kept"))
        self.backups_kept.setRange(1, MAX_BACKUPS_KEPT)
        self.backups_kept.setValue(keep_count(self._settings.value(KEEP_SETTING, DEFAULT_KEEP)))
        self.backups_kept.setToolTip(
            self.tr("Daily backups beyond this many are deleted, the oldest first.")
        )
        group = QGroupBox(self.tr("Goals and backups"))
        form = QFormLayout(group)
        form.addRow(self.tr("&Weekly goal:"), self.weekly_goal)
        form.addRow(self.tr("&Backups kept:"), self.backups_kept)
        self.weekly_goal.valueChanged.connect(self._on_weekly_goal_value_changed)
        self.backups_kept.valueChanged.connect(self._on_backups_kept_value_changed)
        return group

    def _templates_group(self) -> QGroupBox:
        """The language the email templates are written in (the wizard's and Compose's)."""
        self.template_language = QComboBox()
        self.template_language.setObjectName("pref_template_language")
        self.template_language.setAccessibleName(self.tr("Template language"))
        for code, name in TEMPLATE_LANGUAGES:
            self.template_language.addItem(name, code)
        self.template_language.setCurrentIndex(
            max(0, self.template_language.findData(template_language(self._settings)))
        )
        note = QLabel(self.tr("The language of the emails Next Move drafts for you."))
        note.setWordWrap(True)
        note.setEnabled(False)
        group = QGroupBox(self.tr("Email templates"))
        form = QFormLayout(group)
        form.addRow(self.tr("&Write emails in:"), self.template_language)
        form.addRow("", note)
        self.template_language.currentIndexChanged.connect(
            self._on_template_language_current_index_changed
        )
        return group

    def _on_weekly_goal_value_changed(self, value: int) -> None:
        if self._goals is not None:
            self._goals.set_weekly_goal(value)
            self.weeklyGoalChanged.emit(value)

    def _on_backups_kept_value_changed(self, value: int) -> None:
        self._settings.setValue(KEEP_SETTING, value)
        self._settings.sync()

    def _on_template_language_current_index_changed(self, _index: int) -> None:
        self._settings.setValue(TEMPLATE_LANGUAGE_KEY, self.template_language.currentData())
        self._settings.sync()

    def _show_order(self) -> None:
        self.date_format_order.setText(
            str(
                self.date_format.itemData(
                    self.date_format.currentIndex(), Qt.ItemDataRole.ToolTipRole
                )
                or ""
            )
        )

    def _write(self, key: str, value: str) -> None:
        self._settings.setValue(KEYS[key], value)
        self._settings.sync()  # the command line reads the file

    def _on_date_format_current_index_changed(self, _index: int) -> None:
        choice = str(self.date_format.currentData() or SYSTEM_DATE_FORMAT)
        self._write("date_format", choice)
        date_display().set_format(choice)
        self._show_order()

    def _on_appearance_current_index_changed(self, _index: int) -> None:
        scheme = str(self.appearance.currentData() or appearance.SYSTEM)
        self._settings.setValue(appearance.KEY, scheme)
        self._settings.sync()
        appearance.appearance().set_scheme(scheme)

    def _on_language_current_index_changed(self, _index: int) -> None:
        self._settings.setValue(language.KEY, self.language.currentData())
        self._settings.sync()

    def _on_your_name_text_changed(self, text: str) -> None:
        self._write("your_name", text.strip())

    def _on_signature_text_changed(self) -> None:
        self._write("signature", self.signature.toPlainText().rstrip())


class PreferencesFeature(QObject):
    """The Edit › Preferences… action on the main window."""

    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("preferences_feature")
        self._window = window
        self._context = context
        self.dialog: PreferencesDialog | None = None
        action = QAction(QCoreApplication.translate("MainWindow", "&Preferences…"), window.widget())
        action.setObjectName("action_preferences")
        action.setShortcuts([QKeySequence("Ctrl+,")])
        action.setMenuRole(QAction.MenuRole.PreferencesRole)
        action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "Colours, language, date format, your details, goals and backups"
            )
        )
        menu = window.menu("edit")
        menu.addSeparator()
        menu.addAction(action)
        self.action = action
        action.triggered.connect(self._on_action_triggered)
        date_display().set_format(read_preferences(context.settings).date_format)
        appearance.apply_stored(context.settings)

    def _on_action_triggered(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = PreferencesDialog(
            self._context.settings,
            self._context.today(),
            self._window.widget(),
            self._context.services.goals,
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.weeklyGoalChanged.connect(self._on_dialog_weekly_goal_changed)
        self.dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog.reminders.changed.connect(self._context.events.settingChanged)
        self.dialog.open()

    def _on_dialog_weekly_goal_changed(self, _goal: int) -> None:
        self._context.events.goalsChanged.emit()  # the Goals panel shows the weekly goal

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None


def install(window: Host, context: AppContext) -> None:
    PreferencesFeature(window, context)
