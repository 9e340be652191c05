"""Wires the inbox into the main window: the watcher (at start, every 15 minutes, and on
Mail › Check for Replies), the Inbox panel, and what its buttons do.

Scans run on the worker pool and only ever read the server. Nothing in the tracker changes
until the person clicks; every accepted suggestion is one step on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from nextmove.domain.inbox import Kind
from nextmove.domain.inbox.settings import DEFAULT_INTERVAL_MINUTES
from nextmove.domain.status import EventKind
from nextmove.mail.imap import ImapError
from nextmove.mail.inbox_scan import InboxScanner, ScanResult
from nextmove.storage.inbox import (
    ACCEPTED,
    IGNORED,
    FindingRow,
)
from nextmove.storage.reflection_finish import COMPLETED
from nextmove.storage.reflections import DRAFT
from nextmove.ui.inbox.choose_dialog import Choose, choose_application
from nextmove.ui.inbox.commands import RecordFeedback, SetFindingApplication, SetFindingState
from nextmove.ui.inbox.panel import PANEL_WIDTH, InboxPanel
from nextmove.ui.mail.worker import JobRunner

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

INTERVAL_SETTING = "inbox/interval_minutes"
START_DELAY_MS = 4000
# The newest findings shown; more would only slow the window down, and each answer shows the next.
PANEL_LIMIT = 200  # after the window and the outbox have settled
_TIMELINE_KIND = {
    Kind.REJECTION: EventKind.NOTE,
    Kind.INTERVIEW: EventKind.INTERVIEW,
    Kind.OFFER: EventKind.OFFER,
    Kind.ASSESSMENT: EventKind.ASSESSMENT,
    Kind.ACKNOWLEDGEMENT: EventKind.NOTE,
    Kind.FEEDBACK: EventKind.NOTE,
    Kind.OTHER: EventKind.NOTE,
}
# What a check brings back: each account's result, the problems, and the panel's new rows
# (read on the worker too, so the window only fills the list).
ScanOutcome = tuple[list[ScanResult], list[tuple[int, str]], list[FindingRow]]


class InboxController(QObject):
    # A check finished: (number of new findings, problems in words).
    checkFinished = Signal(int, list)
    findingsChanged = Signal()

    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("inbox_controller")
        self.window = window
        self.context = context
        self.inbox = context.services.inbox
        self.scanner = InboxScanner(
            context.database,
            context.services.credentials,
            # The outbox's token manager: one access token, refreshed in one place, and a
            # revoked grant shows for both.
            tokens=context.services.outbox.tokens,
        )
        self.jobs = JobRunner(context.pool, self)
        self.choose: Choose = choose_application
        self.checking = False

        self.panel = InboxPanel(window.widget())
        self.panel.setMinimumWidth(280)
        self.panel.hide()  # shown when there is something in it, or from View › Inbox
        window.widget().addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        toggle = self.panel.toggleViewAction()
        toggle.setObjectName("action_show_inbox")
        toggle.setText(self.tr("&Inbox"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+I"))
        window.menu("view").addAction(toggle)
        self.action_check = QAction(self.tr("Check for &Replies"), window.widget())
        self.action_check.setObjectName("action_check_replies")
        self.action_check.setShortcut(QKeySequence("F5"))
        tip = self.tr("Read new mail in the watched inboxes now (nothing is changed there)")
        self.action_check.setStatusTip(tip)
        self.action_check.setToolTip(tip)
        menu = window.menu("mail")
        menu.addSeparator()
        menu.addAction(self.action_check)

        self.timer = QTimer(self)
        self.timer.setObjectName("inbox_watch_timer")
        self.timer.setInterval(self.interval_minutes() * 60_000)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        self.action_check.triggered.connect(self._on_check_triggered)
        self.panel.checkRequested.connect(self._on_check_triggered)
        self.panel.actionRequested.connect(self._on_panel_actionRequested)
        self.panel.visibilityChanged.connect(self._on_panel_visibilityChanged)
        self.refresh()
        if self.panel.list.count():
            self.panel.show()
        QTimer.singleShot(START_DELAY_MS, self, self._on_timer_timeout)

    def _on_panel_visibilityChanged(self, visible: bool) -> None:
        # Its own comfortable width when it appears; the dock area keeps no other's width.
        if visible:
            self.window.widget().resizeDocks([self.panel], [PANEL_WIDTH], Qt.Orientation.Horizontal)

    def interval_minutes(self) -> int:
        value = self.context.settings.value(INTERVAL_SETTING, DEFAULT_INTERVAL_MINUTES)
        try:
            minutes = int(str(value))
        except ValueError:
            return DEFAULT_INTERVAL_MINUTES
        return minutes if minutes >= 1 else DEFAULT_INTERVAL_MINUTES

    # -- checking ------------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        self.check(manual=False)

    def _on_check_triggered(self) -> None:
        self.check(manual=True)

    def check(self, *, manual: bool) -> bool:
        """Scan every watched inbox on the worker pool; False when nothing was started."""
        if self.checking:
            if manual:
                self._say(self.tr("Already checking for replies…"))
            return False
        accounts = self.inbox.watched_accounts()
        if not accounts:
            if manual:
                self._say(
                    self.tr(
                        "No account watches its inbox yet: turn on “Watch the inbox for "
                        "replies” in Mail › Mail Accounts…"
                    )
                )
            return False
        scanner = self.scanner
        inbox = self.inbox

        def work(progress: Callable[[int, str], None]) -> ScanOutcome:
            results: list[ScanResult] = []
            problems: list[tuple[int, str]] = []
            for account_id in accounts:
                try:
                    results.append(
                        scanner.scan(account_id, progress=lambda n, total: progress(n, str(total)))
                    )
                except ImapError as error:
                    problems.append((account_id, error.message))
            return results, problems, inbox.findings(limit=PANEL_LIMIT)

        self.checking = True
        self.action_check.setEnabled(False)
        self.panel.check_button.setEnabled(False)
        self.panel.set_status(self.tr("Checking for replies…"))
        self.jobs.start(work, self._on_scan_done, self._on_scan_failed, self._on_scan_progress)
        return True

    def _on_scan_progress(self, read: int, total: str) -> None:
        self.panel.set_status(
            self.tr("Reading new mail: {read} of {total}…").format(
                read=f"{read:,}", total=f"{int(total):,}"
            )
        )

    def _finish(self) -> None:
        self.checking = False
        self.action_check.setEnabled(True)
        self.panel.check_button.setEnabled(True)

    def _on_scan_done(self, outcome: object) -> None:
        self._finish()
        assert isinstance(outcome, tuple)
        results, problems, rows = outcome
        found = sum(result.worth_a_look for result in results)
        self.panel.show_findings(rows)
        self.findingsChanged.emit()
        when = QTime.currentTime().toString("HH:mm")
        if problems:
            names = {a.id: a.display_name for a in self.scanner.accounts.all()}
            text = "  ".join(f"{names.get(a, a)}: {message}" for a, message in problems)
            self.panel.set_status(text)
            self._say(text)
            # An account may now need signing in again: the status bar says so.
            self.context.events.outboxChanged.emit()
        elif found:
            self.panel.set_status(
                self.tr("Checked at {when}: {count} new.").format(when=when, count=found)
            )
            self._say(
                self.tr(
                    "{count} new replies about your applications — see the Inbox panel."
                ).format(count=found)
                if found != 1
                else self.tr("A new reply about one of your applications — see the Inbox panel.")
            )
            self.panel.show()
        else:
            self.panel.set_status(self.tr("Checked at {when}: nothing new.").format(when=when))
        self.checkFinished.emit(found, [message for _a, message in problems])

    def _on_scan_failed(self, error: Exception) -> None:
        self._finish()
        text = self.tr("Checking for replies failed ({what}); nothing was changed.").format(
            what=type(error).__name__
        )
        self.panel.set_status(text)
        self.checkFinished.emit(0, [text])

    def refresh(self) -> None:
        self.panel.show_findings(self.inbox.findings(limit=PANEL_LIMIT))
        self.findingsChanged.emit()

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # -- the panel's buttons ---------------------------------------------------------------

    def _on_panel_actionRequested(self, what: str, finding_id: int) -> None:
        try:
            row = self.inbox.get(finding_id)
        except LookupError:
            self.refresh()
            return
        handlers = {
            "ignore": self.ignore,
            "reassign": self.reassign,
            "reject": self.mark_rejected,
            "timeline": self.add_to_timeline,
            "wizard": self.open_wizard,
        }
        handlers[what](row)

    def _accept(self, row: FindingRow, text: str, change: Callable[[], object]) -> None:
        """One undo step: the tracker change and the finding leaving the list."""
        stack = self.window.undo_stack
        stack.beginMacro(text)
        change()
        stack.push(SetFindingState(self.inbox, row.id, ACCEPTED, self.refresh, text))
        stack.endMacro()

    def _on(self, row: FindingRow) -> date:
        received: datetime | None = row.received_at
        return received.date() if received is not None else self.context.today()

    def ignore(self, row: FindingRow) -> None:
        text = self.tr("Ignore the email “{subject}”").format(subject=row.subject)
        self.window.undo_stack.push(
            SetFindingState(self.inbox, row.id, IGNORED, self.refresh, text)
        )

    def reassign(self, row: FindingRow) -> None:
        choices = [(t.application_id, f"{t.company} — {t.role}") for t in self.inbox.tracked()]
        chosen = self.choose(self.window.widget(), row.subject, choices, row.application_id)
        if chosen is None or chosen == row.application_id:
            return
        self.window.undo_stack.push(SetFindingApplication(self.inbox, row.id, chosen, self.refresh))
        self.panel.select(row.id)

    def mark_rejected(self, row: FindingRow) -> None:
        if row.application_id is None:
            return
        app_id = row.application_id
        text = self.tr("Mark {company} — {role} rejected").format(
            company=row.company, role=row.role
        )
        self._accept(
            row,
            text,
            lambda: self.window.add_timeline_entry(
                app_id, EventKind.REJECTED, self._on(row), row.evidence
            ),
        )

    def add_to_timeline(self, row: FindingRow) -> None:
        if row.application_id is None:
            return
        app_id = row.application_id
        kind = _TIMELINE_KIND[row.kind]
        notes = self._note(row)
        text = self.tr("Add the email “{subject}” to the timeline").format(subject=row.subject)
        if row.kind is Kind.FEEDBACK:
            self._accept_feedback(row, notes)
            return
        self._accept(
            row, text, lambda: self.window.add_timeline_entry(app_id, kind, self._on(row), notes)
        )

    def _note(self, row: FindingRow) -> str:
        sender = row.from_name or row.from_address
        head = {
            Kind.ACKNOWLEDGEMENT: self.tr("Application acknowledged by email"),
            Kind.REJECTION: self.tr("Rejection email"),
            Kind.FEEDBACK: self.tr("Feedback by email"),
        }.get(row.kind, self.tr("Email"))
        quote = f": “{row.evidence}”" if row.evidence else ""
        return self.tr("{head} from {sender}{quote}").format(head=head, sender=sender, quote=quote)

    def _accept_feedback(self, row: FindingRow, notes: str) -> None:
        """A reply to a feedback request fills the reflection's "feedback received"."""
        assert row.application_id is not None
        app_id = row.application_id
        service = self.context.services.reflections
        reflection = service.latest(app_id, COMPLETED) or service.latest(app_id, DRAFT)
        text = self.tr("Record the feedback from {sender}").format(
            sender=row.from_name or row.from_address
        )
        stack = self.window.undo_stack
        stack.beginMacro(text)
        if reflection is not None:
            snapshot = service.feedback_snapshot(reflection)
            stack.push(RecordFeedback(service, snapshot, row.evidence, self._on(row)))
        self.window.add_timeline_entry(app_id, EventKind.NOTE, self._on(row), notes)
        stack.push(SetFindingState(self.inbox, row.id, ACCEPTED, self.refresh, text))
        stack.endMacro()
        if reflection is None:
            self._say(
                self.tr("Added to the timeline. There is no reflection on this rejection yet: "
                        "the wizard will offer the feedback when you start it.")
            )  # fmt: skip

    def open_wizard(self, row: FindingRow) -> QWidget | None:
        """The rejection wizard, its first page filled from the email."""
        if row.application_id is None:
            return None
        wizards = self.context.features.wizard
        if wizards is None:
            return None
        service = self.context.services.reflections
        fresh = service.latest(row.application_id, DRAFT) is None
        draft = service.start(row.application_id, self.context.today())
        answers = draft.answers
        if fresh or answers.rejected_on is None:
            answers.rejected_on = self._on(row)
        if fresh or not answers.how_heard:
            answers.how_heard = "Email"
        if fresh or not answers.reason.strip():
            answers.reason = row.evidence
        if fresh or not answers.contact_name.strip():
            answers.contact_name = row.from_name or row.from_address
            answers.contact_email = row.from_address
            known = [c for c in draft.contacts if c.email.lower() == row.from_address.lower()]
            answers.contact_id = known[0].id if known else None
        service.save_draft(draft.reflection_id, draft.step, answers)
        text = self.tr("Open the wizard for {company} — {role}").format(
            company=row.company, role=row.role
        )
        self.window.undo_stack.push(
            SetFindingState(self.inbox, row.id, ACCEPTED, self.refresh, text)
        )
        return wizards.open_for(row.application_id)
