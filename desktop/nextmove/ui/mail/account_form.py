"""The fields of one mail account, with provider presets and an error under each field."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from nextmove.domain.accounts import AccountData, AccountRow, validate_account
from nextmove.domain.providers import PROVIDERS, guess_provider, provider
from nextmove.ui.labels import tr_label
from nextmove.ui.mail.form import FieldErrors, named
from nextmove.ui.mail.oauth_fields import OAuthFields


class AccountForm(QWidget):
    """Reads and fills the fields; the dialog around it decides what to do with them."""

    def __init__(
        self, parent: QWidget | None = None, *, oauth_settings: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("account_form")
        self.errors = FieldErrors()
        self.provider_combo = named(QComboBox(), "provider_combo", self.tr("Provider"))
        for item in PROVIDERS:
            self.provider_combo.addItem(tr_label(item.name), item.key)
        self.provider_advice = named(QLabel(), "provider_advice", self.tr("Advice"))
        self.provider_advice.setWordWrap(True)
        self.provider_advice.setTextFormat(Qt.TextFormat.PlainText)
        self.provider_advice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.provider_advice.setStyleSheet(
            "background: palette(alternate-base); padding: 8px; border-radius: 4px;"
        )
        self.display_name = named(QLineEdit(), "account_name", self.tr("Account name"))
        self.display_name.setPlaceholderText(self.tr("Work, Personal…"))
        self.sender_name = named(QLineEdit(), "sender_name", self.tr("Your name"))
        self.sender_name.setPlaceholderText(self.tr("Shown to the people you write to"))
        self.from_address = named(QLineEdit(), "from_address", self.tr("Email address"))
        self.from_address.setPlaceholderText("you@example.com")
        self.host = named(QLineEdit(), "smtp_host", self.tr("Outgoing server"))
        self.port = named(QSpinBox(), "smtp_port", self.tr("Port"))
        self.port.setRange(1, 65535)
        self.security = named(QComboBox(), "smtp_security", self.tr("Security"))
        self.security.addItem(self.tr("TLS (from the start, usually port 465)"), "tls")
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.username = named(QLineEdit(), "smtp_username", self.tr("User name"))
        self.password = named(QLineEdit(), "smtp_password", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = named(QLineEdit(), "ca_file", self.tr("Certificate file"))
        self.ca_file.setPlaceholderText(self.tr("Only for a server with its own certificate"))
        self.choose_ca = named(
            QPushButton(self.tr("Choose…")), "button_choose_ca",
            self.tr("Choose certificate file"),
        )  # fmt: skip
        self.auto_send = named(
            QCheckBox(self.tr("Send waiting emails by themselves when the server can be reached")),
            "auto_send",
            self.tr("Send automatically"),
        )
        self.keyring_notice = named(QLabel(), "keyring_notice", self.tr("Keyring notice"))
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.session_only = named(
            QCheckBox(self.tr("Remember the password for this session only")),
            "session_only",
            self.tr("Remember for this session only"),
        )
        self.oauth = OAuthFields(self.errors, oauth_settings)
        self._preset_host = ""  # the host the last preset filled in
        self._layout()
        self.oauth.authKindChanged.connect(self._on_oauth_authKindChanged)
        self.provider_combo.currentIndexChanged.connect(self._on_provider_combo_changed)
        self.from_address.editingFinished.connect(self._on_from_address_editingFinished)
        self.choose_ca.clicked.connect(self._on_choose_ca_clicked)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Provider:"), self.provider_combo)
        form.addRow("", self.provider_advice)
        wrap = self.errors.wrap
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
        form.addRow(self.tr("Sign in with:"), wrap("auth_kind", self.oauth.auth_kind))
        form.addRow("", self.oauth)
        self._password_row = wrap("password", self.password)
        form.addRow(self.tr("Password:"), self._password_row)
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
        self.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self._form = form

    def fill(self, account: AccountRow | None) -> None:
        if account is None:
            self.provider_combo.setCurrentIndex(0)
            self._on_provider_combo_changed()
            for field in (self.display_name, self.sender_name, self.from_address, self.username):
                field.clear()
            self.ca_file.clear()
            self.auto_send.setChecked(False)
            self.password.setPlaceholderText("")
            return
        self.oauth.fill(account, guess_provider(account.host).key)
        self.provider_combo.blockSignals(True)
        self.provider_combo.setCurrentIndex(
            self.provider_combo.findData(guess_provider(account.host).key)
        )
        self.provider_combo.blockSignals(False)
        self._preset_host = guess_provider(account.host).host
        self.provider_advice.setText(tr_label(guess_provider(account.host).advice))
        self.display_name.setText(account.display_name)
        self.sender_name.setText(account.sender_name)
        self.from_address.setText(account.from_address)
        self.host.setText(account.host)
        self.port.setValue(account.port)
        self.security.setCurrentIndex(self.security.findData(account.security))
        self.username.setText(account.username)
        self.ca_file.setText(account.ca_file)
        self.auto_send.setChecked(account.auto_send)
        self.show_password_saved(None)

    def show_password_saved(self, saved: bool | None) -> None:
        """Say whether a password is stored for this account (None: not known yet)."""
        if saved is None:
            text = self.tr("Checking…")
        elif saved:
            text = self.tr("Saved — type a new one to change it")
        else:
            text = self.tr("Not saved — enter it to send from this account")
        self.password.setPlaceholderText(text)

    def show_keyring_problem(self, problem: str | None) -> None:
        """Offer “this session only” when the keyring cannot keep the password."""
        self.keyring_notice.setText(problem or "")
        self.keyring_notice.setVisible(problem is not None)
        self.session_only.setVisible(problem is not None)
        self.session_only.setChecked(problem is not None)

    def _on_oauth_authKindChanged(self, kind: str) -> None:
        self._form.setRowVisible(self._password_row, kind != "oauth")

    def is_oauth(self) -> bool:
        return self.oauth.is_oauth()

    def _on_provider_combo_changed(self) -> None:
        preset = provider(str(self.provider_combo.currentData()))
        self.provider_advice.setText(tr_label(preset.advice))
        self.oauth.set_provider(preset.key)
        typed = self.host.text().strip()
        # "Other" keeps a server the person typed, never one a previous preset filled in.
        if preset.key != "other" or not typed or typed == self._preset_host:
            self.host.setText(preset.host)
            self.port.setValue(preset.port)
            self.security.setCurrentIndex(self.security.findData(preset.security))
        self._preset_host = preset.host

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
            **self.oauth.values(),
        )

    def check(self, data: AccountData, *, need_password: bool) -> bool:
        errors = validate_account(data)
        if data.ca_file and not Path(data.ca_file).is_file():
            errors["ca_file"] = self.tr("This certificate file does not exist.")
        if need_password and not self.is_oauth() and not self.password.text():
            errors["password"] = self.tr("Enter the password (or app password).")
        self.errors.show({k: self.tr(v) for k, v in errors.items()})
        return not errors
