"""Mail in the main window: the Mail menu, the outbox count in the status bar, sending in the
background, and the dialogs (accounts, compose, outbox) opened from there."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

from nextmove.domain.outbox_state import OutboxState
from nextmove.mail.outbox import Outbox
from nextmove.mail.outbox_results import BatchResult
from nextmove.ui.ask import Confirm, ask_yes_no
from nextmove.ui.mail.worker import JobRunner, describe

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host

AUTO_SEND_INTERVAL_MS = 60_000
# The wizard and the command line fill the outbox too: the count is re-read this often.
STATUS_INTERVAL_MS = 3_000
# A status-bar message of a lower rank never replaces a higher one still on show.
INFO, NOTICE, ERROR = 0, 1, 2


class MailController(QObject):
    # The outbox changed (queued, sent, failed, edited, deleted).
    outboxChanged = Signal()
    # Accounts were added, edited or removed.
    accountsChanged = Signal()
    # A batch finished: its result (a BatchResult).
    batchFinished = Signal(object)
    # One message changed state while a batch runs: (message id, state).
    messageProgress = Signal(int, str)

    def __init__(self, window: Host, context: AppContext) -> None:
        super().__init__(window.widget())
        self.setObjectName("mail_controller")
        self.window = window
        self.context = context
        self.outbox: Outbox = context.services.outbox
        self.oauth_settings = context.services.oauth_settings
        self.jobs = JobRunner(context.pool, self)
        self.ask: Confirm = ask_yes_no
        # Why the keyring cannot be used (None when it can); learnt off the GUI thread.
        self.keyring_problem: str | None = None
        self._sending = False
        self._automatic = False
        self._dialogs: dict[str, QWidget] = {}
        # The message on show in the status bar, its rank and when it may be replaced.
        self._said = ("", INFO, 0.0)

        # Looks like status text; a click opens the Outbox.
        self.status_label = QToolButton()
        self.status_label.setObjectName("outbox_status")
        self.status_label.setAccessibleName(self.tr("Outbox status"))
        self.status_label.setToolTip(self.tr("Open the Outbox"))
        self.status_label.setAutoRaise(True)
        self.status_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.status_label.clicked.connect(self.open_outbox)
        window.statusBar().addPermanentWidget(self.status_label)

        self.actions = self._create_actions()
        self.auto_timer = QTimer(self)
        self.auto_timer.setObjectName("outbox_auto_timer")
        self.auto_timer.setInterval(AUTO_SEND_INTERVAL_MS)
        self.auto_timer.timeout.connect(self._on_auto_timer_timeout)
        self.auto_timer.start()
        self.status_timer = QTimer(self)
        self.status_timer.setObjectName("outbox_status_timer")
        self.status_timer.setInterval(STATUS_INTERVAL_MS)
        self.status_timer.timeout.connect(self._on_status_timer_timeout)
        self.status_timer.start()
        self.outboxChanged.connect(self.refresh_status)
        context.events.outboxChanged.connect(self.outboxChanged)
        context.events.composeRequested.connect(
            lambda message_id: self.open_compose(message_id=message_id)
        )
        # The wizard's Finish and the tracker's edits queue emails and then change rows: count
        # again once the window's data has changed (once per turn of the event loop).
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(0)
        self._recount.timeout.connect(self._on_status_timer_timeout)
        window.ensure_tracker()
        window.applicationStatusChanged.connect(self._on_window_dataChanged)
        for changed in (window.model.rowsReplaced, window.model.dataChanged,
                        window.model.rowsInserted, window.model.rowsRemoved):  # fmt: skip
            changed.connect(self._on_window_dataChanged)
        # Coming back to the window (after the wizard, or from a terminal): count again.
        window.widget().installEventFilter(self)
        # After the window is up: loading Qt's network backend takes ~10 ms.
        QTimer.singleShot(0, self, self._watch_network)
        self.refresh_status()
        self.jobs.start(
            lambda _progress: self.outbox.credentials.problem(),
            self._on_keyring_checked,
            lambda _error: None,
        )
        # Give waiting messages their chance soon after start, if their account allows it.
        QTimer.singleShot(2000, self, self._on_auto_timer_timeout)

    def _create_actions(self) -> dict[str, QAction]:
        specs = (
            ("action_compose_email", self.tr("&Compose Email…"), "Ctrl+Shift+M",
             self.tr("Write an email about the selected application")),
            ("action_outbox", self.tr("&Outbox"), "Ctrl+Shift+O",
             self.tr("See the emails waiting, sent and failed")),
            ("action_send_queued", self.tr("&Send Waiting Emails"), "",
             self.tr("Send every email waiting in the outbox now")),
            ("action_mail_accounts", self.tr("Mail &Accounts…"), "",
             self.tr("Add or change the account your emails are sent from")),
        )  # fmt: skip
        menu = self.window.menu("mail")
        actions: dict[str, QAction] = {}
        for name, text, shortcut, tip in specs:
            action = QAction(text, self.window.widget())
            action.setObjectName(name)
            if shortcut:
                action.setShortcuts([QKeySequence(shortcut)])  # cheaper than setShortcut()
            action.setStatusTip(tip)
            action.setToolTip(tip)
            if name == "action_mail_accounts":
                menu.addSeparator()
            menu.addAction(action)
            actions[name] = action
        actions["action_compose_email"].triggered.connect(self.open_compose)
        actions["action_outbox"].triggered.connect(self.open_outbox)
        actions["action_send_queued"].triggered.connect(lambda: self.send_now(None))
        actions["action_mail_accounts"].triggered.connect(self.open_accounts)
        return actions

    # --- dialogs ---------------------------------------------------------------------------

    def _show(self, key: str, factory: Callable[[], QWidget], *, keep: bool = False) -> QWidget:
        """Show the window for `key`; a closed one is rebuilt fresh unless `keep` (the
        accounts and outbox windows are kept: a job they started may still report back)."""
        dialog = self._dialogs.get(key)
        if dialog is None or not (keep or dialog.isVisible()):
            if dialog is not None:
                dialog.deleteLater()
            dialog = factory()
            self._dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def dialog(self, key: str) -> Any:
        return self._dialogs.get(key)

    def open_accounts(self) -> None:
        from nextmove.ui.mail.account_dialog import AccountDialog

        self._show("accounts", lambda: AccountDialog(self, self.window.widget()), keep=True)

    def open_outbox(self) -> None:
        from nextmove.ui.mail.outbox_view import OutboxView

        self._show("outbox", lambda: OutboxView(self, self.window.widget()), keep=True)

    def open_compose(self, *, message_id: int | None = None) -> None:
        from nextmove.ui.mail.compose_dialog import ComposeDialog

        application_id = None if message_id else self.window.selected_application_id()
        # One compose window per application (or per outbox message being edited).
        key = f"edit-{message_id}" if message_id else f"compose-{application_id or 0}"

        def compose() -> ComposeDialog:
            dialog = ComposeDialog(
                self.context.services,
                self.context.settings,
                lambda parent, title, text: self.ask(parent, title, text),
                application_id=application_id,
                message_id=message_id,
                parent=self.window.widget(),
            )
            dialog.messageQueued.connect(self._on_compose_messageQueued)
            dialog.accountChanged.connect(self.accountsChanged)
            return dialog

        self._show(key, compose)

    def _on_compose_messageQueued(self, message_id: int, send_now: bool) -> None:
        self.outboxChanged.emit()
        if send_now:
            self.send_now({message_id})
        else:
            self.say(self.tr("Saved in the outbox."), 5000)

    # --- sending ---------------------------------------------------------------------------

    def send_now(
        self,
        message_ids: set[int] | None,
        *,
        automatic: bool = False,
        ignore_schedule: bool | None = None,
    ) -> bool:
        """Send in the background; False when a batch is already running.

        A person's request sends everything waiting at once; automatic sending respects each
        message's retry time unless the network has just come back.
        """
        skip_wait = (not automatic) if ignore_schedule is None else ignore_schedule
        if self._sending:
            if not automatic:
                self.say(self.tr("Already sending…"), 3000)
            return False
        self._sending = True
        self._automatic = automatic
        self.refresh_status()
        self.jobs.start(
            lambda progress: self.outbox.send_pending(
                message_ids=message_ids,
                automatic=automatic,
                ignore_schedule=skip_wait,
                progress=progress,
            ),
            self._on_batch_done,
            self._on_batch_failed,
            self._on_batch_progress,
        )
        return True

    def _on_batch_progress(self, message_id: int, state: str) -> None:
        self.messageProgress.emit(message_id, state)
        self.outboxChanged.emit()

    def _on_batch_done(self, result: object) -> None:
        assert isinstance(result, BatchResult)
        self._sending = False
        for application_id in sorted(result.applications):
            self.window.refresh_application(application_id)
        quiet = self._automatic and not (
            result.sent or result.failed or result.account_problems or result.retrying
        )
        if not quiet:  # an automatic round that found nothing to do says nothing
            rank = ERROR if result.failed or result.account_problems else INFO
            if rank == INFO and result.retrying:
                rank = NOTICE
            self.say(self._summary(result), 8000, rank)
        self.outboxChanged.emit()
        self.batchFinished.emit(result)

    def _on_batch_failed(self, error: Exception) -> None:
        self._sending = False
        self.say(describe(error), 8000, ERROR)
        self.outboxChanged.emit()

    def _summary(self, result: BatchResult) -> str:
        parts: list[str] = []
        if result.sent:
            n = len(result.sent)
            parts.append(self.tr("%n emails sent.", None, n))
        if result.failed:
            n = len(result.failed)
            parts.append(self.tr("%n emails could not be sent: see the Outbox.", None, n))
        if result.account_problems:
            parts.append(next(iter(result.account_problems.values())).message)
        elif result.retrying:
            reasons = [result.message_problems[i] for i in result.retrying
                       if i in result.message_problems]  # fmt: skip
            parts.append(self.tr("Not sent yet; it will be tried again later."))
            if reasons:
                parts.append(reasons[0].message)
        if (
            not parts
            and self.outbox.messages.count(OutboxState.QUEUED)
            and not self.outbox.accounts.all()
        ):
            return self.tr(
                "Nothing could be sent: add a mail account first (Mail › Mail Accounts)."
            )
        return " ".join(parts) or self.tr("Nothing was waiting to be sent.")

    def say(self, text: str, timeout_ms: int, rank: int = INFO) -> bool:
        """Show `text` in the status bar unless a more serious message is still on show
        (an error is never replaced by "Saved" a second later); False when held back."""
        bar = self.window.statusBar()
        shown, shown_rank, until = self._said
        if rank < shown_rank and time.monotonic() < until and bar.currentMessage() == shown:
            return False
        self._said = (text, rank, time.monotonic() + timeout_ms / 1000)
        bar.showMessage(text, timeout_ms)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window.widget() and event.type() == QEvent.Type.WindowActivate:
            self.refresh_status()
        return False

    def _watch_network(self) -> None:
        """Send waiting emails as soon as the computer is back online (where Qt can tell)."""
        from PySide6.QtNetwork import QNetworkInformation

        feature = QNetworkInformation.Feature.Reachability
        if not QNetworkInformation.loadBackendByFeatures(feature):
            return  # no backend here: the one-minute timer still covers it
        information = QNetworkInformation.instance()
        if information is not None:
            information.reachabilityChanged.connect(self._on_network_reachabilityChanged)

    def _on_network_reachabilityChanged(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if (
            reachability != QNetworkInformation.Reachability.Online
            or not self.window.widget().isVisible()
        ):
            return
        if self._sending or self.outbox.messages.count(OutboxState.QUEUED) == 0:
            return
        self.send_now(None, automatic=True, ignore_schedule=True)

    def _on_auto_timer_timeout(self) -> None:
        if not self.window.widget().isVisible():
            return  # closing, or closed: the data folder may be gone
        if self._sending or self.outbox.messages.count(OutboxState.QUEUED) == 0:
            return
        if not any(account.auto_send for account in self.outbox.accounts.all()):
            return  # the status bar already says how many wait
        self.send_now(None, automatic=True)

    # --- status ----------------------------------------------------------------------------

    def _on_window_dataChanged(self, *_what: object) -> None:
        self._recount.start()

    def _on_status_timer_timeout(self) -> None:
        if self.window.widget().isVisible():
            self.refresh_status()

    def refresh_status(self) -> None:
        waiting, held, unsure = self.outbox.status_counts()
        if self._sending:
            unsure = 0
        stale = [a.display_name for a in self.outbox.accounts.all() if a.signin_needed]
        if stale and not self._sending:
            text = self.tr("Sign in again to send from “{name}” (Mail › Mail Accounts)").format(
                name=stale[0]
            )
            if held:
                text += self.tr(" · {n} held in the Outbox").format(n=held)
        elif held and not self._sending and not unsure:
            text = self.tr("%n emails need your attention — see the Outbox", None, held)
            if waiting:
                text += self.tr(" · {n} waiting").format(n=waiting)
        elif self._sending:
            text = self.tr("Sending…")
        elif unsure:
            text = self.tr("%n emails may have been sent — check the Outbox", None, unsure)
        elif waiting:
            text = self.tr("%n emails waiting in the outbox", None, waiting)
        else:
            text = ""
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _on_keyring_checked(self, problem: object) -> None:
        self.keyring_problem = problem if isinstance(problem, str) else None
