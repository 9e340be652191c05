"""The Goals panel's "Suggested" section: what to do next, each with Do it, Snooze and Dismiss."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.suggestions import Kind, Suggestion

KEY_ROLE = Qt.ItemDataRole.UserRole
APPLICATION_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionsPanel(QWidget):
    # The person chose an answer for the suggestion with this trigger key.
    doRequested = Signal(str)
    snoozeRequested = Signal(str, int)  # key, days
    dismissRequested = Signal(str)
    # A suggestion about an application was activated: show that application.
    applicationRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions_panel")
        self.setAccessibleName(self.tr("Suggested"))
        self._suggestions: dict[str, Suggestion] = {}
        self._today = date.min
        title = QLabel(self.tr("Suggested"))
        title.setObjectName("suggestions_title")
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.list = QListWidget()
        self.list.setObjectName("suggestions_list")
        self.list.setAccessibleName(self.tr("Suggested next steps"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(120)
        self.do_button = QPushButton(self.tr("Do it"))
        self.do_button.setObjectName("suggestion_do_it")
        self.snooze_button = QToolButton()
        self.snooze_button.setObjectName("suggestion_snooze")
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setAccessibleName(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_day = QAction(self.tr("For 1 day"), menu)
        self.snooze_day.setObjectName("suggestion_snooze_day")
        self.snooze_week = QAction(self.tr("For 1 week"), menu)
        self.snooze_week.setObjectName("suggestion_snooze_week")
        menu.addAction(self.snooze_day)
        menu.addAction(self.snooze_week)
        self.snooze_button.setMenu(menu)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setObjectName("suggestion_dismiss")
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.do_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._on_list_currentItemChanged)
        self.list.itemActivated.connect(self._on_list_itemActivated)
        self.do_button.clicked.connect(lambda: self._emit(self.doRequested.emit))
        self.dismiss_button.clicked.connect(lambda: self._emit(self.dismissRequested.emit))
        self.snooze_day.triggered.connect(lambda: self._emit(self.snoozeRequested.emit, 1))
        self.snooze_week.triggered.connect(lambda: self._emit(self.snoozeRequested.emit, 7))
        self._update_buttons()

    def keys(self) -> list[str]:
        return [str(self.list.item(i).data(KEY_ROLE)) for i in range(self.list.count())]

    def suggestion(self, key: str) -> Suggestion | None:
        return self._suggestions.get(key)

    def select(self, key: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE) == key:
                self.list.setCurrentRow(i)
                return

    def current_key(self) -> str:
        item = self.list.currentItem()
        return "" if item is None or item.data(KEY_ROLE) is None else str(item.data(KEY_ROLE))

    def set_suggestions(self, suggestions: list[Suggestion], today: date) -> None:
        """Show these, keeping the current one selected when it is still there."""
        current = self.current_key()
        self._today = today
        self._suggestions = {s.key: s for s in suggestions}
        self.list.clear()
        for suggestion in suggestions:
            item = QListWidgetItem(self.describe(suggestion))
            item.setData(KEY_ROLE, suggestion.key)
            if suggestion.application_id is not None:
                item.setData(APPLICATION_ROLE, suggestion.application_id)
            item.setToolTip(self.action_text(suggestion))
            self.list.addItem(item)
        if not suggestions:
            placeholder = QListWidgetItem(self.tr("Nothing to suggest right now."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        else:
            self.select(current) if current in self._suggestions else self.list.setCurrentRow(0)
        self._update_buttons()

    def describe(self, s: Suggestion) -> str:
        where = f"{s.company} – {s.role}" if s.role else s.company
        days = (self._today - s.due_on).days
        silent = (self._today - s.quiet_since).days if s.quiet_since else 0
        if s.kind is Kind.FOLLOW_UP:
            return self.tr("Follow up on {where}: no answer for {days} days").format(
                where=where, days=silent
            )
        if s.kind is Kind.THANK_YOU:
            return self.tr("Thank {company} for the interview").format(company=s.company)
        if s.kind is Kind.GHOSTED:
            return self.tr("No news from {where} for {days} days: mark as ghosted?").format(
                where=where, days=silent
            )
        if s.kind is Kind.KEEP_IN_TOUCH:
            who = s.recipients[0][0] if s.recipients else self.tr("your contact")
            at = f" ({s.company})" if s.company else ""
            return self.tr("Say hello to {who}{at}").format(who=who, at=at)
        text = self.tr("Learning goal due: {skill}").format(skill=s.skill)
        return text if days <= 0 else f"{text} ({self._overdue(days)})"

    def _overdue(self, days: int) -> str:
        return self.tr("%n days late", None, days)

    def action_text(self, s: Suggestion) -> str:
        """What Do it will do, in words (the button's tooltip and the item's)."""
        if s.kind in (Kind.FOLLOW_UP, Kind.THANK_YOU, Kind.KEEP_IN_TOUCH):
            if not s.recipients:
                return self.tr("Open a drafted email (no address known yet)")
            return self.tr("Queue a drafted email to {who}").format(
                who=", ".join(name or email for name, email in s.recipients)
            )
        if s.kind is Kind.GHOSTED:
            return self.tr("Mark the application as ghosted")
        return self.tr("Mark the learning goal as done")

    def _update_buttons(self) -> None:
        suggestion = self._suggestions.get(self.current_key())
        for widget in (self.do_button, self.snooze_button, self.dismiss_button):
            widget.setEnabled(suggestion is not None)
        self.do_button.setToolTip(self.action_text(suggestion) if suggestion else "")

    def _emit(self, signal: object, *extra: object) -> None:
        key = self.current_key()
        if key:
            signal(key, *extra)  # type: ignore[operator]

    def _on_list_currentItemChanged(self, *_items: object) -> None:
        self._update_buttons()

    def _on_list_itemActivated(self, item: QListWidgetItem) -> None:
        application_id = item.data(APPLICATION_ROLE)
        if application_id is not None:
            self.applicationRequested.emit(int(application_id))
