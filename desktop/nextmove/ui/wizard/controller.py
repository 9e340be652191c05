"""Wires the wizard feature into the main window: actions, the rejection notice, the goals
panel, and the dialogs that open from them."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from nextmove.storage.applications import ApplicationNotFoundError
from nextmove.storage.reflection_finish import COMPLETED
from nextmove.storage.reflections import (
    DRAFT,
    FinishResult,
    ReflectionNotFoundError,
)
from nextmove.ui.mail.worker import JobRunner
from nextmove.ui.tracker.commands import describe
from nextmove.ui.wizard.finish_command import FinishReflection
from nextmove.ui.wizard.goals_dock import DOCK_WIDTH, GoalsDock, GoalsRead
from nextmove.ui.wizard.insights_dialog import InsightsDialog
from nextmove.ui.wizard.reflections_dialog import ReflectionsDialog
from nextmove.ui.wizard.rejection_notice import RejectionNotice
from nextmove.ui.wizard.report_view import ReportView
from nextmove.ui.wizard.state import WizardState
from nextmove.ui.wizard.template_editor import TemplateEditor
from nextmove.ui.wizard.wizard import RejectionWizard
from nextmove.ui.your_details import remember_name, stored_name, stored_signature

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host


log = logging.getLogger(__name__)

# Below this screen width the goals panel starts closed: three panes would squeeze the table.
ROOMY_SCREEN = 1600


class WizardController(QObject):
    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("wizard_controller")
        self.window = window
        self.context = context
        self.service = context.services.reflections
        self.templates = context.services.templates
        self.goals = context.services.goals
        self.applications = context.services.applications
        self.wizard: RejectionWizard | None = None

        self.notice = RejectionNotice()
        window.add_message_bar(self.notice)
        # Filled from the worker pool (_fill_goals_panel): its first read would otherwise hold
        # the window while the app starts.
        self.dock = GoalsDock(self.goals, context.today, window.widget(), fill=False)
        self.dock.hide()
        context.events.goalsChanged.connect(self.dock.refresh)
        window.widget().addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.widget().resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        toggle = self.dock.toggleViewAction()
        toggle.setObjectName("action_show_goals")
        toggle.setText(self.tr("&Goals and Reminders"))
        toggle.setShortcut("Ctrl+Shift+G")
        window.menu("view").addAction(toggle)
        self._jobs = JobRunner(context.pool, self)
        self._fill_goals_panel()
        self.dock.resumeRequested.connect(self._on_reflections_triggered)
        self.dock.applicationRequested.connect(window.select_application)

        menu = window.menu("reflect")
        self.action_reflections = self._action(
            "action_reflections", self.tr("&Reflections…"), "Ctrl+Shift+R"
        )
        self.action_insights = self._action("action_insights", self.tr("&Insights…"), "")
        self.action_templates = self._action(
            "action_edit_templates", self.tr("Email &Templates…"), ""
        )
        menu.addAction(self.action_reflections)
        menu.addAction(self.action_insights)
        menu.addSeparator()
        menu.addAction(self.action_templates)

        reject = window.action("action_reject_wizard")
        reject.setEnabled(True)
        reject.triggered.connect(self._on_reject_triggered)
        self.action_reflections.triggered.connect(self._on_reflections_triggered)
        self.action_insights.triggered.connect(self._on_insights_triggered)
        self.action_templates.triggered.connect(self._on_templates_triggered)
        self.notice.handleRequested.connect(self.open_for)
        window.applicationStatusChanged.connect(self._on_window_applicationStatusChanged)
        # Every application re-read (an import, a restore) may bring other goals and drafts.
        window.model.rowsReplaced.connect(self._on_model_modelReset)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self._on_application_aboutToQuit)

    def _fill_goals_panel(self) -> None:
        """The Goals panel's first read, on the worker pool: it reads every open
        application's next action and compiles its queries on first use (30–50 ms)."""
        dock, reflections = self.dock, self.service
        shown = dock.shown_reads
        self._jobs.start(
            lambda _progress: (dock.read(), reflections.unfinished_count()),
            lambda found: self._on_goals_panel_read(found, shown),
            self._on_goals_panel_failed,
        )

    def _on_goals_panel_read(self, found: tuple[GoalsRead, int], shown: int) -> None:
        read, unfinished = found
        if self.dock.shown_reads == shown:  # else a newer read is on show already
            self.dock.show_read(read)
        self.dock.set_unfinished(unfinished)
        # A third pane only where the screen has room for it (View › Goals and Reminders
        # opens it anywhere).
        if self.dock.has_items() and self._roomy() and not self.dock.isVisible():
            self.dock.reveal_as_read()

    def _on_goals_panel_failed(self, error: Exception) -> None:
        log.error("reading the Goals panel failed", exc_info=error)

    def _roomy(self) -> bool:
        """The screen is wide enough for table, side panel and goals side by side."""
        screen = self.window.widget().screen()
        return screen is not None and screen.availableGeometry().width() >= ROOMY_SCREEN

    def _action(self, name: str, text: str, shortcut: str) -> QAction:
        action = QAction(text, self.window.widget())
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(shortcut)
        return action

    # ----- the wizard --------------------------------------------------------------------

    def open_for(self, application_id: int) -> RejectionWizard | None:
        """Open (or resume) the wizard for an application, non-modal to the rest of the app."""
        if self.wizard is not None:
            if self.wizard.state.draft.application.id == application_id:
                self.wizard.raise_()
                self.wizard.activateWindow()
                return self.wizard
            self.wizard.close()
        try:
            draft = self.service.start(application_id, self.context.today())
        except ReflectionNotFoundError:
            self.window.statusBar().showMessage(self.tr("That application no longer exists."))
            return None
        settings = self.context.settings
        if not draft.answers.your_name.strip():
            draft.answers.your_name = stored_name(settings)  # Your details, from preferences
        state = WizardState(
            draft,
            self.service,
            self.templates,
            self.context.today(),
            signature=stored_signature(settings),
        )
        wizard = RejectionWizard(state, self.window.widget())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.draftSaved.connect(self._on_wizard_draftSaved)
        wizard.reflectionFinished.connect(self._on_wizard_reflectionFinished)
        wizard.finished.connect(self._on_wizard_finished)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _on_reject_triggered(self) -> None:
        application_id = self.window.selected_application_id()
        if application_id is None:
            self.window.statusBar().showMessage(
                self.tr("Select an application first, or resume one from Reflect ▸ Reflections."),
                5000,
            )
            return
        finished = self.service.latest(application_id, COMPLETED)
        if finished is not None and self.service.latest(application_id, DRAFT) is None:
            # Already worked through: reread it rather than start over.
            self.show_report(finished)
            return
        self.open_for(application_id)

    def _remember_name(self) -> None:
        """A name typed on page 1 signs Compose's emails too, once none is stored."""
        if self.wizard is not None:
            remember_name(self.context.settings, self.wizard.state.answers.your_name)

    def _on_wizard_draftSaved(self, step: int) -> None:
        del step
        self._remember_name()

    def _on_wizard_reflectionFinished(self, reflection_id: int, application_id: int) -> None:
        del reflection_id
        self._remember_name()
        if self.wizard is not None and self.wizard.finish_result is not None:
            self._push_finish(self.wizard.finish_result)
        self.window.refresh_application(application_id)
        # The next actions set on the last page show in their rows at once.
        wizard = self.wizard
        if wizard is not None:
            for item in wizard.state.answers.next_actions:
                if item.application_id != application_id:
                    self.window.refresh_application(item.application_id)
        self._refresh_dock()
        if self._roomy():
            self.dock.show()  # the new goals and reminders are worth a look
        self.window.statusBar().showMessage(
            self.tr("Reflection saved. Any emails you queued are waiting in the outbox."), 8000
        )

    def _push_finish(self, result: FinishResult) -> None:
        """Finish becomes one undo step: Ctrl+Z takes back its "rejected" and its emails."""
        try:
            name = describe(self.applications.get(result.application_id))
        except ApplicationNotFoundError:
            return
        command = FinishReflection(
            self.applications,
            self.context.services.outbox.messages,
            result,
            name,
            self._on_finish_command_changed,
        )
        self.window.undo_stack.push(command)

    def _on_finish_command_changed(self, application_id: int, outcome: str) -> None:
        self.window.refresh_application(application_id)
        if outcome:  # Edit › Undo then says it again after the step's own name
            self.window.statusBar().showMessage(outcome, 8000)
        self._refresh_dock()
        self.context.events.outboxChanged.emit()  # the outbox window and the status bar count

    def _on_application_aboutToQuit(self) -> None:
        """Quitting with the wizard open keeps the page on screen too."""
        if self.wizard is not None:
            self.wizard.save_draft()

    def _on_wizard_finished(self, result: int) -> None:
        self.wizard = None
        self._refresh_dock()
        if result != QDialog.DialogCode.Accepted:
            # Closing is not losing: say where the half-done reflection waits.
            self.window.statusBar().showMessage(
                self.tr("Draft saved — resume it from Reflect ▸ Reflections…"), 8000
            )

    def _on_model_modelReset(self) -> None:
        self._refresh_dock()

    def _refresh_dock(self) -> None:
        self.dock.refresh()
        self.dock.set_unfinished(self.service.unfinished_count())

    def _on_window_applicationStatusChanged(self, application_id: int, status: str) -> None:
        if status != "rejected" or self.service.has_completed(application_id):
            return
        try:
            data = self.applications.get(application_id)
        except ApplicationNotFoundError:
            return
        self.notice.offer(
            application_id,
            self.tr("{role} at {company}").format(role=data.role, company=data.company),
        )

    # ----- the other windows -------------------------------------------------------------

    def _on_reflections_triggered(self) -> None:
        dialog = ReflectionsDialog(self.service, self.window.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resumeRequested.connect(self.open_for)
        dialog.viewRequested.connect(self.show_report)
        dialog.show()

    def show_report(self, reflection_id: int) -> ReportView:
        view = ReportView(
            self.service,
            reflection_id,
            self.window.widget(),
            today=self.context.today(),
            settings=self.context.settings,
        )
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        return view

    def _on_insights_triggered(self) -> None:
        from nextmove.domain.cv_insights import response_rate_by_cv
        from nextmove.storage.cv_insights import cv_sent_facts

        rates = response_rate_by_cv(cv_sent_facts(self.context.database))
        dialog = InsightsDialog(
            self.service,
            self.window.widget(),
            today=self.context.today,
            pool=self.context.pool,
            cv_rates=rates,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _on_templates_triggered(self) -> None:
        dialog = TemplateEditor(self.templates, self.window.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
