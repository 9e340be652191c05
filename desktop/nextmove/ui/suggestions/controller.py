"""Plugs follow-up suggestions into the main window: the "Suggested" list at the top of the
Goals panel, refreshed when the tracker changes, on the hour and when the day turns, and every
answer (Do it, Snooze, Dismiss) as one undo step.

The rules are `domain.suggestions`; the day is the context's clock (the one `today()`); the
rules' settings are read from the settings file each time (`domain.suggestions.RULE_KEYS`), and
a change in Preferences refreshes the list at once.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QVBoxLayout

from nextmove.domain.suggestions import (
    EMAIL_PURPOSE,
    RULE_KEYS,
    Kind,
    Rules,
    State,
    Suggestion,
    rules_from,
    suggest,
)
from nextmove.domain.templates import first_name, render
from nextmove.storage.outbox import OutgoingDraft
from nextmove.ui.mail.worker import JobRunner
from nextmove.ui.suggestions.commands import AnswerSuggestion
from nextmove.ui.suggestions.panel import SuggestionsPanel
from nextmove.ui.wizard.controller import ROOMY_SCREEN
from nextmove.ui.your_details import details

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

HOUR_MS = 60 * 60 * 1000
MESSAGE_MS = 6000

log = logging.getLogger(__name__)


class SuggestionsController(QObject):
    # The suggestions shown changed (the notifications follow this).
    suggestionsChanged = Signal()
    # A refresh has finished (`shown` is up to date), changed or not.
    refreshed = Signal()

    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("suggestions_controller")
        self._window = window
        self._context = context
        self.store = context.services.suggestions
        self._outbox = context.services.outbox.messages
        self._templates = context.services.templates
        self._goals = context.services.goals
        self.panel = SuggestionsPanel()
        self.shown: list[Suggestion] = []
        self._jobs = JobRunner(context.pool, self)
        # Counts refreshes: a background result older than the list shown is dropped.
        self._generation = 0
        self._again = False  # a refresh was asked for while one ran
        self._place_panel()
        # Many edits arrive at once (an import, a reload): refresh once they have settled.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(150)
        self._later.timeout.connect(self.refresh_in_background)
        self._hourly = QTimer(self)
        self._hourly.setInterval(HOUR_MS)
        self._hourly.timeout.connect(self.refresh_in_background)
        self._hourly.start()
        model = window.model
        self._total = model.total_count()
        # Edits, undo and redo change the facts; a search or a filter does not.
        # Through a lambda: connected directly, indexChanged(int) would pick QTimer.start(int)
        # and make the undo stack's index the delay.
        for signal in (model.dataChanged, window.undo_stack.indexChanged):
            signal.connect(lambda *_args: self._later.start())
        model.countsChanged.connect(self._on_model_countsChanged)
        self.panel.doRequested.connect(self.do_it)
        self.panel.snoozeRequested.connect(self.snooze)
        self.panel.dismissRequested.connect(self.dismiss)
        self.panel.applicationRequested.connect(window.select_application)
        context.events.settingChanged.connect(self._on_setting_changed)
        # The first refresh comes with the notifications' check at start, after the first
        # frame, not here while the window is being put together.

    def _place_panel(self) -> None:
        wizard = self._context.features.wizard
        dock: QDockWidget | None = wizard.dock if wizard is not None else None
        body = dock.widget() if dock is not None else None
        layout = body.layout() if body is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.panel, 1)
        else:  # no Goals panel: a panel of its own
            dock = QDockWidget(self.tr("Suggested"), self._window.widget())
            dock.setObjectName("suggestions_dock")
            dock.setWidget(self.panel)
            self._window.widget().addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self._dock = dock

    def _on_model_countsChanged(self) -> None:
        total = self._window.model.total_count()
        if total != self._total:
            self._total = total
            self._later.start()

    def reveal(self, key: str) -> None:
        """Show the panel on one suggestion (a notification was clicked)."""
        if self._dock is not None and not self._dock.isVisible():
            self._dock.show()
        self.panel.select(key)

    def _on_setting_changed(self, key: str) -> None:
        if key in RULE_KEYS.values():
            self.refresh()

    def rules(self) -> Rules:
        settings = self._context.settings
        return rules_from(
            {key: settings.value(key) for key in RULE_KEYS.values() if settings.contains(key)}
        )

    def refresh(self) -> None:
        """Work the suggestions out now (after a person's answer or a changed rule: the list
        must follow at once), then `refreshed`."""
        self._generation += 1
        today = self._context.today()
        rules = self.rules()
        found = suggest(self.store.facts(rules, today), self.store.states(), rules, today)
        self._show(found, today)

    def refresh_in_background(self) -> None:
        """Work the suggestions out on the worker pool (at start, hourly, after edits): the
        rules read every open application, 30–55 ms at 100,000, which the window would
        otherwise wait for. The list follows, then `refreshed`; one asked for while another
        runs starts when that one is done, and a result older than the list is dropped."""
        if self._jobs.busy:
            self._again = True
            return
        self._generation += 1
        generation = self._generation
        today = self._context.today()
        rules = self.rules()
        store = self.store
        self._jobs.start(
            lambda _progress: suggest(store.facts(rules, today), store.states(), rules, today),
            lambda found: self._on_job_finished(found, generation, today),
            self._on_job_failed,
        )

    def _on_job_finished(self, found: list[Suggestion], generation: int, today: date) -> None:
        current = generation == self._generation  # nothing newer was shown or asked for since
        self._next_job()
        if current:
            self._show(found, today)

    def _on_job_failed(self, error: Exception) -> None:
        log.error("working out the suggestions failed", exc_info=error)
        self._next_job()

    def _next_job(self) -> None:
        if self._again:
            self._again = False
            self.refresh_in_background()

    def _show(self, found: list[Suggestion], today: date) -> None:
        changed = [s.key for s in found] != [s.key for s in self.shown]
        self.shown = found
        self.panel.set_suggestions(found, today)
        if found and self._dock is not None and not self._dock.isVisible() and changed:
            # Beside the table only on a wide screen; on a small one the Goals panel would
            # squeeze the table, and the notification bar already says what is due.
            screen = self._window.widget().screen()
            if screen is not None and screen.availableGeometry().width() >= ROOMY_SCREEN:
                self._dock.show()
        if changed:
            self.suggestionsChanged.emit()
        self.refreshed.emit()

    # -- answers -----------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)

    def _push(self, command: AnswerSuggestion) -> None:
        self._window.undo_stack.push(command)

    def snooze(self, key: str, days: int) -> None:
        suggestion = self.panel.suggestion(key)
        if suggestion is None:
            return
        until = self._context.today() + timedelta(days=days)
        text = (
            self.tr("Snooze “{what}” for a day")
            if days == 1
            else self.tr("Snooze “{what}” for a week")
        ).format(what=self.panel.describe(suggestion))
        self._push(AnswerSuggestion(self.store, key, State("snoozed", until), text, self.refresh))
        self._say(self.tr("Snoozed — it comes back on {day:%d %b}").format(day=until))

    def dismiss(self, key: str) -> None:
        suggestion = self.panel.suggestion(key)
        if suggestion is None:
            return
        text = self.tr("Dismiss “{what}”").format(what=self.panel.describe(suggestion))
        self._push(AnswerSuggestion(self.store, key, State("dismissed"), text, self.refresh))
        self._say(self.tr("Dismissed — Undo with Ctrl+Z"))

    def do_it(self, key: str) -> None:
        suggestion = self.panel.suggestion(key)
        if suggestion is None:
            return
        what = self.panel.describe(suggestion)
        done = State("done")
        if suggestion.kind is Kind.GHOSTED:
            self._mark_ghosted(suggestion, what)
        elif suggestion.kind is Kind.LEARNING_GOAL:
            goal_id = suggestion.goal_id
            assert goal_id is not None

            def set_done(flag: bool) -> None:
                self._goals.set_done(goal_id, flag, self._context.today())

            text = self.tr("Mark “{skill}” done").format(skill=suggestion.skill)
            self._push(
                AnswerSuggestion(self.store, key, done, text, self._refresh_all, goal=set_done)
            )
            self._say(self.tr("Learning goal done — well done"))
        else:
            draft = self._draft(suggestion)
            text = self.tr("Queue the email for “{what}”").format(what=what)
            command = AnswerSuggestion(
                self.store, key, done, text, self._refresh_all, email=(self._outbox, draft)
            )
            self._push(command)
            if draft.to_address:
                self._say(
                    self.tr("Queued for {to} — it waits in the outbox").format(to=draft.to_address)
                )
            else:
                self._say(self.tr("No email address known yet: the draft waits in the outbox"))
                self._open_in_compose(command.message_id)

    def _mark_ghosted(self, suggestion: Suggestion, what: str) -> None:
        application_id = suggestion.application_id
        assert application_id is not None
        stack = self._window.undo_stack
        stack.beginMacro(what)
        try:
            # The tracker's own status change: the same writer, timeline entry and undo.
            self._window.model.request_status(application_id, "ghosted")
            # Refreshed once the whole step is done or undone (the status changes after).
            done = State("done")
            self._push(AnswerSuggestion(self.store, suggestion.key, done, what, self._later.start))
        finally:
            stack.endMacro()
        self._say(self.tr("Marked as ghosted — Undo with Ctrl+Z"))

    def _draft(self, suggestion: Suggestion) -> OutgoingDraft:
        template = self._templates.get(EMAIL_PURPOSE[suggestion.kind])
        names = [name for name, _ in suggestion.recipients]
        values = {
            "company": suggestion.company,
            "role": suggestion.role,
            "contact_name": ", ".join(names),
            "first_name": first_name(names[0]) if len(names) == 1 else self.tr("all"),
            **details(self._context.settings),
        }
        if not names:
            values["first_name"] = self.tr("there")
        return OutgoingDraft(
            EMAIL_PURPOSE[suggestion.kind],
            ", ".join(email for _, email in suggestion.recipients),
            render(template.subject, values),
            render(template.body, values),
            suggestion.application_id,
            suggestion.contact_id,
        )

    def _open_in_compose(self, message_id: int) -> None:
        if message_id:
            self._context.events.composeRequested.emit(message_id)

    def _refresh_all(self) -> None:
        """After an email or a goal changed: the panel, the Goals panel and the outbox count."""
        self.refresh()
        self._context.events.outboxChanged.emit()
        refresh = getattr(self._dock, "refresh", None)
        if callable(refresh):
            refresh()


def install(window: Host, context: AppContext) -> SuggestionsController:
    from nextmove.ui import notifications

    controller = SuggestionsController(window, context)
    notifications.install(window, context, controller)
    return controller
