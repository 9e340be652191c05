"""Add or change a mail account: provider presets, the password into the OS keyring, and a
"Test connection" that signs in on a worker thread while the window stays responsive."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.inbox.settings import InboxSettings
from nextmove.mail.transport import ServerSettings, check_login
from nextmove.ui.inbox.account_block import InboxAccountBlock, oauth_reading
from nextmove.ui.mail.account_form import AccountForm
from nextmove.ui.mail.form import named
from nextmove.ui.mail.signin_flow import SignInFlow
from nextmove.ui.mail.worker import describe

if TYPE_CHECKING:
    from nextmove.ui.mail.controller import MailController

NEW_ACCOUNT = 0


class AccountDialog(QDialog):
    # An account was saved (its id) or removed (its id).
    accountSaved = Signal(int)
    accountRemoved = Signal(int)
    # "Test connection" finished: (worked, message shown).
    connectionTested = Signal(bool, str)
    # Whether a password is stored for the shown account: (account id, saved).
    passwordChecked = Signal(int, bool)

    def __init__(self, controller: MailController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_dialog")
        self.setAccessibleName(self.tr("Mail accounts"))
        self.setWindowTitle(self.tr("Mail Accounts"))
        self._controller = controller
        self._outbox = controller.outbox
        self._inbox = controller.context.services.inbox
        self._busy = False
        self._sign_in_after_save = False
        self._password_saved: dict[int, bool] = {}

        self.account_picker = named(QComboBox(), "account_picker", self.tr("Account"))
        self.remove_button = named(
            QPushButton(self.tr("Remove Account…")), "button_remove_account",
            self.tr("Remove account"),
        )  # fmt: skip
        self.form = AccountForm(oauth_settings=controller.oauth_settings)
        # Reading replies (IMAP): a block of its own, saved with the account.
        self.inbox_block = InboxAccountBlock()
        self.test_button = named(
            QPushButton(self.tr("Test Connection")), "button_test_connection",
            self.tr("Test connection"),
        )  # fmt: skip
        self.sign_in_button = named(
            QPushButton(self.tr("Sign In…")), "button_sign_in", self.tr("Sign in")
        )
        self.cancel_sign_in_button = named(
            QPushButton(self.tr("Cancel")), "button_cancel_sign_in", self.tr("Cancel signing in")
        )
        self.cancel_sign_in_button.hide()
        self.signin = SignInFlow(controller.outbox, controller.jobs, self)
        self.test_progress = named(QProgressBar(), "test_progress", self.tr("Testing"))
        self.test_progress.setRange(0, 0)
        self.test_progress.setMaximumWidth(120)
        self.test_progress.hide()
        self.test_status = named(QLabel(), "test_status", self.tr("Connection status"))
        self.test_status.setWordWrap(True)
        self.test_status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = named(
            QPushButton(self.tr("Save")), "button_save_account", self.tr("Save account")
        )
        self.save_button.setDefault(True)
        self.close_button = named(QPushButton(self.tr("Close")), "button_close", "")
        self._layout()
        self._connect()
        self._reload_accounts(select=None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Account:")))
        top.addWidget(self.account_picker, 1)
        top.addWidget(self.remove_button)
        test_row = QHBoxLayout()
        test_row.addWidget(self.sign_in_button)
        test_row.addWidget(self.cancel_sign_in_button)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_progress)
        test_row.addWidget(self.test_status, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addLayout(test_row)
        layout.addWidget(self.inbox_block)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(660, 700)

    def _connect(self) -> None:
        self.account_picker.currentIndexChanged.connect(self._on_account_picker_changed)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.close_button.clicked.connect(self.close)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.cancel_sign_in_button.clicked.connect(self.signin.cancel)
        self.signin.finished.connect(self._on_signin_finished)
        self.signin.browserFailed.connect(self._on_signin_browserFailed)
        self.form.oauth.authKindChanged.connect(self._on_form_authKindChanged)
        self.form.provider_combo.currentIndexChanged.connect(self._on_form_authKindChanged)
        self.form.provider_combo.currentIndexChanged.connect(self._on_provider_changed)
        self.inbox_block.testRequested.connect(self._on_inbox_test_requested)

    # --- loading ---------------------------------------------------------------------------

    def _reload_accounts(self, select: int | None) -> None:
        accounts = self._outbox.accounts.all()
        self.account_picker.blockSignals(True)
        self.account_picker.clear()
        for account in accounts:
            label = f"{account.display_name} — {account.from_address}"
            self.account_picker.addItem(label, account.id)
        self.account_picker.addItem(self.tr("Add a new account…"), NEW_ACCOUNT)
        index = self.account_picker.findData(select) if select is not None else 0
        self.account_picker.setCurrentIndex(max(index, 0))
        self.account_picker.blockSignals(False)
        self._on_account_picker_changed()

    def showEvent(self, event: QShowEvent) -> None:
        # Reopened later: accounts may have changed from the command line meanwhile.
        if not self._busy and not event.spontaneous():
            self._reload_accounts(select=self.current_account_id() or None)
        super().showEvent(event)

    def current_account_id(self) -> int:
        value = self.account_picker.currentData()
        return int(value) if value is not None else NEW_ACCOUNT

    def _on_account_picker_changed(self) -> None:
        account_id = self.current_account_id()
        self.form.errors.clear()
        self.test_status.clear()
        self.form.password.clear()
        self.remove_button.setEnabled(account_id != NEW_ACCOUNT)
        if account_id == NEW_ACCOUNT:
            self.form.fill(None)
            self.inbox_block.fill(InboxSettings(), self.form.host.text())
        else:
            self.form.fill(self._outbox.accounts.get(account_id))
            self._check_password_saved(account_id)
            self.inbox_block.fill(self._inbox.settings(account_id), self.form.host.text())
        self.form.show_keyring_problem(self._controller.keyring_problem)
        self._on_form_authKindChanged()
        if account_id != NEW_ACCOUNT and self._outbox.accounts.get(account_id).signin_needed:
            self.test_status.setText(
                self.tr("The provider no longer accepts this account's sign-in: sign in again. "
                        "Its emails wait in the outbox until you do.")
            )  # fmt: skip

    def _on_form_authKindChanged(self, *_args: object) -> None:
        self.sign_in_button.setText(self.form.oauth.sign_in_label())
        self.sign_in_button.setVisible(self.form.is_oauth())

    def _on_provider_changed(self) -> None:
        provider_key = str(self.form.provider_combo.currentData())
        self.inbox_block.preset(
            self.form.host.text(), "" if provider_key == "other" else provider_key
        )

    def _on_inbox_test_requested(self) -> None:
        account_id, typed = self.current_account_id(), self.form.password.text() or None
        credentials = self._outbox.credentials
        self.inbox_block.test(
            self._controller.jobs,
            self.form.username.text().strip(),
            self.form.ca_file.text().strip(),
            lambda: typed if typed is not None else credentials.get(account_id),
            oauth=oauth_reading(self._outbox, account_id) if self.form.is_oauth() else None,
        )

    def _check_password_saved(self, account_id: int) -> None:
        """Ask the store (off the GUI thread) whether a password is really there: one kept
        for a session only is gone after a restart."""
        credentials = self._outbox.credentials
        self._password_saved.pop(account_id, None)

        def work(_progress: object) -> tuple[int, bool]:
            return account_id, credentials.get(account_id) is not None

        self._controller.jobs.start(work, self._on_password_checked, lambda _error: None)

    def _on_password_checked(self, result: object) -> None:
        assert isinstance(result, tuple)
        account_id, saved = result
        self._password_saved[account_id] = bool(saved)
        if account_id == self.current_account_id():
            self.form.show_password_saved(bool(saved))
            self.passwordChecked.emit(account_id, bool(saved))

    def _needs_password(self, account_id: int) -> bool:
        return account_id == NEW_ACCOUNT or self._password_saved.get(account_id) is False

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.test_progress.setVisible(busy)
        for widget in (self.test_button, self.save_button, self.remove_button,
                       self.sign_in_button, self.account_picker, self.form):  # fmt: skip
            widget.setEnabled(not busy)
        if not busy:
            self.remove_button.setEnabled(self.current_account_id() != NEW_ACCOUNT)
        if text:
            self.test_status.setText(text)

    # --- test, save, remove ----------------------------------------------------------------

    def _on_test_button_clicked(self) -> None:
        account_id = self.current_account_id()
        data = self.form.form_data()
        if not self.form.check(data, need_password=self._needs_password(account_id)):
            return
        settings = ServerSettings(data.host.strip(), data.port, data.security,
                                  data.username.strip(), data.ca_file)  # fmt: skip
        typed = self.form.password.text() or None
        outbox = self._outbox
        timeout = outbox.timeout
        if data.is_oauth and account_id == NEW_ACCOUNT:
            self.test_status.setText(self.tr("Sign in first: then the test can sign in too."))
            return
        oauth = data.is_oauth

        def work(_progress: object) -> None:
            if oauth:  # the saved account's sign-in, renewed if needed
                outbox.check_account(account_id)
                return
            password = typed if typed is not None else outbox.credentials.get(account_id)
            if password is None:
                from nextmove.domain.smtp_errors import Kind, plain
                from nextmove.mail.transport import SendError

                raise SendError(plain(Kind.NO_PASSWORD))
            check_login(settings, password, timeout=timeout)

        self._set_busy(True, self.tr("Connecting to {host}…").format(host=settings.host))
        self._controller.jobs.start(work, self._on_test_done, self._on_test_failed)

    def _on_test_done(self, _result: object) -> None:
        self._set_busy(False)
        message = self.tr("Signed in. This account is ready to send.")
        self.test_status.setText("✔ " + message)
        if self.current_account_id() != NEW_ACCOUNT:
            self._outbox.unblock(self.current_account_id())
        self.connectionTested.emit(True, message)

    def _on_test_failed(self, error: Exception) -> None:
        from nextmove.mail.transport import SendError

        self._set_busy(False)
        message = describe(error)
        self.test_status.setText(message)
        if isinstance(error, SendError) and error.problem.sign_in_with:
            # The provider refused a password: the way out is the button right here.
            self.form.oauth.auth_kind.setCurrentIndex(self.form.oauth.auth_kind.findData("oauth"))
        self.connectionTested.emit(False, message)

    def _on_save_button_clicked(self) -> None:
        account_id = self.current_account_id()
        data = self.form.form_data()
        if not self.form.check(data, need_password=self._needs_password(account_id)):
            return
        if not self.inbox_block.check():
            return
        reading = self.inbox_block.settings()
        inbox = self._inbox
        problem = self._controller.keyring_problem
        session_only = problem is not None and self.form.session_only.isChecked()
        if problem is not None and not session_only and self.form.password.text():
            self.form.errors.show({"password": problem})
            return
        password = self.form.password.text() or None
        outbox = self._outbox

        def work(_progress: object) -> int:
            if account_id == NEW_ACCOUNT:
                new_id = outbox.accounts.add(data)
                if data.is_oauth:
                    inbox.save_settings(new_id, reading)
                    return new_id
                try:
                    assert password is not None
                    outbox.credentials.save(new_id, password, session_only=session_only)
                except BaseException:
                    outbox.accounts.remove(new_id)
                    raise
                inbox.save_settings(new_id, reading)
                return new_id
            outbox.accounts.update(account_id, data)
            inbox.save_settings(account_id, reading)
            if password is not None and not data.is_oauth:
                outbox.credentials.save(account_id, password, session_only=session_only)
            return account_id

        self._set_busy(True, self.tr("Saving…"))
        self._controller.jobs.start(work, self._on_save_done, self._on_save_failed)

    def _on_save_done(self, result: object) -> None:
        assert isinstance(result, int)
        self._set_busy(False)
        self._outbox.unblock(result)
        self._reload_accounts(select=result)
        where = (
            self.tr("for this session only")
            if self._outbox.credentials.is_session_only(result)
            else self.tr("in your system keyring")
        )
        if self.form.is_oauth():
            text = self.tr("Saved. Now click “{button}” to sign in.").format(
                button=self.form.oauth.sign_in_label()
            )
        else:
            text = self.tr("Saved. The password is kept {where}.").format(where=where)
        self.test_status.setText(text)
        self._controller.accountsChanged.emit()
        self._controller.outboxChanged.emit()
        self.accountSaved.emit(result)
        if self._sign_in_after_save:
            self._sign_in_after_save = False
            self._start_sign_in(result)

    def _on_save_failed(self, error: Exception) -> None:
        from nextmove.storage.accounts import DuplicateAccountError

        self._sign_in_after_save = False
        self._set_busy(False)
        if isinstance(error, DuplicateAccountError):
            self.form.errors.show({"display_name": str(error)})
            self.test_status.clear()
            return
        self.form.errors.show({"password": describe(error)})
        self.test_status.clear()

    def _on_remove_button_clicked(self) -> None:
        account_id = self.current_account_id()
        if account_id == NEW_ACCOUNT:
            return
        name = self.form.display_name.text()
        if not self._controller.ask(
            self,
            self.tr("Remove account"),
            self.tr("Remove “{name}” and forget its password? Emails already sent stay in "
                    "the outbox's history.").format(name=name),
        ):  # fmt: skip
            return
        outbox = self._outbox

        def work(_progress: object) -> int:
            account = outbox.accounts.get(account_id)
            if account.is_oauth:  # revoked at the provider where it can be
                outbox.tokens.sign_out(account)
            outbox.accounts.remove(account_id)
            outbox.credentials.delete(account_id)
            return account_id

        self._set_busy(True, self.tr("Removing…"))
        self._controller.jobs.start(work, self._on_remove_done, self._on_save_failed)

    def _on_remove_done(self, result: object) -> None:
        assert isinstance(result, int)
        self._set_busy(False)
        self._reload_accounts(select=None)
        self.test_status.setText(self.tr("Account removed."))
        self._controller.accountsChanged.emit()
        self.accountRemoved.emit(result)

    # --- signing in through the provider ----------------------------------------------------

    def _on_sign_in_button_clicked(self) -> None:
        """Save the account as shown, then sign in: one click does both."""
        from nextmove.domain.oauth import NO_CLIENT_ID

        data = self.form.form_data()
        valid = self.form.check(data, need_password=False)
        if valid and not self.form.oauth.client_id.text().strip():
            self.form.errors.show({"oauth_client_id": self.tr(NO_CLIENT_ID)})
            valid = False
        if not valid:
            names = ("oauth_client_id", "oauth_auth_url", "oauth_token_url", "oauth_revoke_url",
                     "oauth_scopes")  # fmt: skip
            if any(self.form.errors.text(name) for name in names):
                self.form.oauth.show_advanced(True)
            return
        self._sign_in_after_save = True
        self._on_save_button_clicked()
        if not self._busy and not self.signin.running:
            self._sign_in_after_save = False  # refused before saving (shown by the form)

    def _start_sign_in(self, account_id: int) -> None:
        account = self._outbox.accounts.get(account_id)
        session_only = self._controller.keyring_problem is not None
        self._set_busy(True, self.tr(
            "Waiting for you to sign in in your browser (up to 5 minutes)…"))  # fmt: skip
        self.cancel_sign_in_button.show()
        self.cancel_sign_in_button.setEnabled(True)
        self.signin.start(account, session_only=session_only)

    def _on_signin_browserFailed(self, url: str) -> None:
        self.test_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = self.tr("No browser could be opened. Open this address to sign in:")
        self.test_status.setText(f"{intro}\n{url}")

    def _on_signin_finished(self, ok: bool, text: str) -> None:
        self.cancel_sign_in_button.hide()
        self._set_busy(False)
        self.test_status.setText(("✔ " if ok else "") + text)
        self._controller.accountsChanged.emit()
        self._controller.outboxChanged.emit()
        self._controller.refresh_status()
