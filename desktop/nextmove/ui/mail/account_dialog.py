"""Add or change a mail account: provider presets, the password into the OS keyring, and a
"Test connection" that signs in on a worker thread while the window stays responsive."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.accounts import AccountData, AccountRow, validate_account
from nextmove.domain.providers import PROVIDERS, guess_provider, provider
from nextmove.mail.transport import ServerSettings, check_login
from nextmove.ui.mail.form import FieldErrors
from nextmove.ui.mail.worker import describe

if TYPE_CHECKING:
    from nextmove.ui.mail.controller import MailController

NEW_ACCOUNT = 0
W = TypeVar("W", bound=QWidget)


class AccountDialog(QDialog):
    # An account was saved (its id) or removed (its id).
    accountSaved = Signal(int)
    accountRemoved = Signal(int)
    # "Test connection" finished: (worked, message shown).
    connectionTested = Signal(bool, str)

    def __init__(self, controller: MailController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("account_dialog")
        self.setAccessibleName(self.tr("Mail accounts"))
        self.setWindowTitle(self.tr("Mail Accounts"))
        self._controller = controller
        self._outbox = controller.outbox
        self._errors = FieldErrors()
        self._busy = False

        self.account_picker = self._named(QComboBox(), "account_picker", self.tr("Account"))
        self.remove_button = self._named(
            QPushButton(self.tr("Remove Account…")), "button_remove_account",
            self.tr("Remove account"),
        )  # fmt: skip
        self.provider_combo = self._named(QComboBox(), "provider_combo", self.tr("Provider"))
        for item in PROVIDERS:
            self.provider_combo.addItem(self.tr(item.name), item.key)
        self.provider_advice = self._named(QLabel(), "provider_advice", self.tr("Advice"))
        self.provider_advice.setWordWrap(True)
        self.provider_advice.setTextFormat(Qt.TextFormat.PlainText)
        self.provider_advice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.provider_advice.setStyleSheet(
            "background: palette(alternate-base); padding: 8px; border-radius: 4px;"
        )
        self.display_name = self._named(QLineEdit(), "account_name", self.tr("Account name"))
        self.display_name.setPlaceholderText(self.tr("Work, Personal…"))
        self.sender_name = self._named(QLineEdit(), "sender_name", self.tr("Your name"))
        self.sender_name.setPlaceholderText(self.tr("Shown to the people you write to"))
        self.from_address = self._named(QLineEdit(), "from_address", self.tr("Email address"))
        self.from_address.setPlaceholderText("you@example.com")
        self.host = self._named(QLineEdit(), "smtp_host", self.tr("Outgoing server"))
        self.port = self._named(QSpinBox(), "smtp_port", self.tr("Port"))
        self.port.setRange(1, 65535)
        self.security = self._named(QComboBox(), "smtp_security", self.tr("Security"))
        self.security.addItem(self.tr("TLS (from the start, usually port 465)"), "tls")
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.username = self._named(QLineEdit(), "smtp_username", self.tr("User name"))
        self.password = self._named(QLineEdit(), "smtp_password", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = self._named(QLineEdit(), "ca_file", self.tr("Certificate file"))
        self.ca_file.setPlaceholderText(self.tr("Only for a server with its own certificate"))
        self.choose_ca = self._named(
            QPushButton(self.tr("Choose…")), "button_choose_ca",
            self.tr("Choose certificate file"),
        )  # fmt: skip
        self.auto_send = self._named(
            QCheckBox(self.tr("Send waiting emails by themselves when the server can be reached")),
            "auto_send",
            self.tr("Send automatically"),
        )
        self.keyring_notice = self._named(QLabel(), "keyring_notice", self.tr("Keyring notice"))
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.session_only = self._named(
            QCheckBox(self.tr("Remember the password for this session only")),
            "session_only",
            self.tr("Remember for this session only"),
        )
        self.test_button = self._named(
            QPushButton(self.tr("Test Connection")), "button_test_connection",
            self.tr("Test connection"),
        )  # fmt: skip
        self.test_progress = self._named(QProgressBar(), "test_progress", self.tr("Testing"))
        self.test_progress.setRange(0, 0)
        self.test_progress.setMaximumWidth(120)
        self.test_progress.hide()
        self.test_status = self._named(QLabel(), "test_status", self.tr("Connection status"))
        self.test_status.setWordWrap(True)
        self.test_status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = self._named(
            QPushButton(self.tr("Save")), "button_save_account", self.tr("Save account")
        )
        self.save_button.setDefault(True)
        self.close_button = self._named(QPushButton(self.tr("Close")), "button_close", "")
        self._layout()
        self._connect()
        self._reload_accounts(select=None)

    def _named(self, widget: W, name: str, accessible: str) -> W:
        widget.setObjectName(name)
        if accessible:
            widget.setAccessibleName(accessible)
        return widget

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Account:")))
        top.addWidget(self.account_picker, 1)
        top.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow(self.tr("Provider:"), self.provider_combo)
        form.addRow("", self.provider_advice)
        wrap = self._errors.wrap
        form.addRow(self.tr("Account name:"), wrap("display_name", self.display_name))
        form.addRow(self.tr("Your name:"), wrap("sender_name", self.sender_name))
        form.addRow(self.tr("Email address:"), wrap("from_address", self.from_address))
        form.addRow(self.tr("Outgoing server:"), wrap("host", self.host))
        server_row = QHBoxLayout()
        server_row.addWidget(self.port)
        server_row.addWidget(self.security, 1)
        server_box = QWidget()
        server_box.setLayout(server_row)
        server_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Port and security:"), wrap("port", server_box))
        form.addRow(self.tr("User name:"), wrap("username", self.username))
        form.addRow(self.tr("Password:"), wrap("password", self.password))
        form.addRow("", self.keyring_notice)
        form.addRow("", self.session_only)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.choose_ca)
        ca_box = QWidget()
        ca_box.setLayout(ca_row)
        form.addRow(self.tr("Certificate:"), wrap("ca_file", ca_box))
        form.addRow("", self.auto_send)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_progress)
        test_row.addWidget(self.test_status, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(640, 580)

    def _connect(self) -> None:
        self.account_picker.currentIndexChanged.connect(self._on_account_picker_changed)
        self.provider_combo.currentIndexChanged.connect(self._on_provider_combo_changed)
        self.from_address.editingFinished.connect(self._on_from_address_editingFinished)
        self.choose_ca.clicked.connect(self._on_choose_ca_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.close_button.clicked.connect(self.close)

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

    def current_account_id(self) -> int:
        value = self.account_picker.currentData()
        return int(value) if value is not None else NEW_ACCOUNT

    def _on_account_picker_changed(self) -> None:
        account_id = self.current_account_id()
        self._errors.clear()
        self.test_status.clear()
        self.password.clear()
        self.remove_button.setEnabled(account_id != NEW_ACCOUNT)
        if account_id == NEW_ACCOUNT:
            self._fill(None)
        else:
            self._fill(self._outbox.accounts.get(account_id))
        self._update_keyring_notice()

    def _fill(self, account: AccountRow | None) -> None:
        if account is None:
            self.provider_combo.setCurrentIndex(0)
            self._on_provider_combo_changed()
            for field in (self.display_name, self.sender_name, self.from_address, self.username):
                field.clear()
            self.ca_file.clear()
            self.auto_send.setChecked(False)
            self.password.setPlaceholderText("")
            return
        self.provider_combo.blockSignals(True)
        self.provider_combo.setCurrentIndex(
            self.provider_combo.findData(guess_provider(account.host).key)
        )
        self.provider_combo.blockSignals(False)
        self.provider_advice.setText(self.tr(guess_provider(account.host).advice))
        self.display_name.setText(account.display_name)
        self.sender_name.setText(account.sender_name)
        self.from_address.setText(account.from_address)
        self.host.setText(account.host)
        self.port.setValue(account.port)
        self.security.setCurrentIndex(self.security.findData(account.security))
        self.username.setText(account.username)
        self.ca_file.setText(account.ca_file)
        self.auto_send.setChecked(account.auto_send)
        self.password.setPlaceholderText(self.tr("Saved — type a new one to change it"))

    def _update_keyring_notice(self) -> None:
        problem = self._controller.keyring_problem
        self.keyring_notice.setText(problem or "")
        self.keyring_notice.setVisible(problem is not None)
        self.session_only.setVisible(problem is not None)
        self.session_only.setChecked(problem is not None)

    def _on_provider_combo_changed(self) -> None:
        preset = provider(str(self.provider_combo.currentData()))
        self.provider_advice.setText(self.tr(preset.advice))
        if preset.key != "other" or not self.host.text():
            self.host.setText(preset.host)
            self.port.setValue(preset.port)
            self.security.setCurrentIndex(self.security.findData(preset.security))

    def _on_from_address_editingFinished(self) -> None:
        # Most providers sign in with the full address: save typing it twice.
        if not self.username.text().strip():
            self.username.setText(self.from_address.text().strip())

    def _on_choose_ca_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the server's certificate"))
        dialog.setObjectName("ca_file_chooser")
        dialog.setNameFilter(self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.ca_file.setText)
        dialog.open()

    # --- reading the form ------------------------------------------------------------------

    def form_data(self) -> AccountData:
        return AccountData(
            display_name=self.display_name.text(),
            from_address=self.from_address.text(),
            host=self.host.text(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            username=self.username.text(),
            sender_name=self.sender_name.text(),
            ca_file=self.ca_file.text().strip(),
            auto_send=self.auto_send.isChecked(),
        )

    def _check(self, data: AccountData, *, need_password: bool) -> bool:
        from pathlib import Path

        errors = validate_account(data)
        if data.ca_file and not Path(data.ca_file).is_file():
            errors["ca_file"] = self.tr("This certificate file does not exist.")
        if need_password and not self.password.text():
            errors["password"] = self.tr("Enter the password (or app password).")
        self._errors.show({k: self.tr(v) for k, v in errors.items()})
        return not errors

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.test_progress.setVisible(busy)
        for widget in (self.test_button, self.save_button, self.remove_button):
            widget.setEnabled(not busy)
        if not busy:
            self.remove_button.setEnabled(self.current_account_id() != NEW_ACCOUNT)
        if text:
            self.test_status.setText(text)

    # --- test, save, remove ----------------------------------------------------------------

    def _on_test_button_clicked(self) -> None:
        account_id = self.current_account_id()
        data = self.form_data()
        if not self._check(data, need_password=account_id == NEW_ACCOUNT):
            return
        settings = ServerSettings(data.host.strip(), data.port, data.security,
                                  data.username.strip(), data.ca_file)  # fmt: skip
        typed = self.password.text() or None
        outbox = self._outbox
        timeout = outbox.timeout

        def work(_progress: object) -> None:
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
        self._set_busy(False)
        message = describe(error)
        self.test_status.setText(message)
        self.connectionTested.emit(False, message)

    def _on_save_button_clicked(self) -> None:
        account_id = self.current_account_id()
        data = self.form_data()
        if not self._check(data, need_password=account_id == NEW_ACCOUNT):
            return
        problem = self._controller.keyring_problem
        session_only = problem is not None and self.session_only.isChecked()
        if problem is not None and not session_only and self.password.text():
            self._errors.show({"password": problem})
            return
        password = self.password.text() or None
        outbox = self._outbox

        def work(_progress: object) -> int:
            if account_id == NEW_ACCOUNT:
                new_id = outbox.accounts.add(data)
                try:
                    assert password is not None
                    outbox.credentials.save(new_id, password, session_only=session_only)
                except BaseException:
                    outbox.accounts.remove(new_id)
                    raise
                return new_id
            outbox.accounts.update(account_id, data)
            if password is not None:
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
        self.test_status.setText(
            self.tr("Saved. The password is kept {where}.").format(where=where)
        )
        self._controller.accountsChanged.emit()
        self._controller.outboxChanged.emit()
        self.accountSaved.emit(result)

    def _on_save_failed(self, error: Exception) -> None:
        from nextmove.storage.accounts import DuplicateAccountError

        self._set_busy(False)
        if isinstance(error, DuplicateAccountError):
            self._errors.show({"display_name": str(error)})
            self.test_status.clear()
            return
        self._errors.show({"password": describe(error)})
        self.test_status.clear()

    def _on_remove_button_clicked(self) -> None:
        account_id = self.current_account_id()
        if account_id == NEW_ACCOUNT:
            return
        name = self.display_name.text()
        if not self._controller.ask(
            self,
            self.tr("Remove account"),
            self.tr("Remove “{name}” and forget its password? Emails already sent stay in "
                    "the outbox's history.").format(name=name),
        ):  # fmt: skip
            return
        outbox = self._outbox

        def work(_progress: object) -> int:
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
