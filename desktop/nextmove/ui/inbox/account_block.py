"""The Mail Accounts dialog's "Reading replies" block: watch the inbox, and its IMAP server."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from nextmove.domain.inbox.settings import DEFAULT_PORTS, InboxSettings, imap_for, validate_inbox
from nextmove.mail.imap import (
    Authenticator,
    Failure,
    ImapError,
    ImapReader,
    ImapSettings,
    password_login,
)
from nextmove.mail.inbox_scan import NOT_SIGNED_IN, oauth_authenticator
from nextmove.ui import palette
from nextmove.ui.mail.worker import JobRunner

if TYPE_CHECKING:
    from nextmove.mail.outbox import Outbox

# Gives the password to try, on the worker thread: the one typed, else the stored one.
Password = Callable[[], str | None]
# An OAuth account's sign-in (a fresh access token), also on the worker thread.
OAuthSignIn = Callable[[], Authenticator]


class InboxAccountBlock(QGroupBox):
    # "Test Reading" was clicked: the dialog supplies the account and password to try.
    testRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_account_block")
        self.setTitle(self.tr("Reading replies"))
        self.setAccessibleName(self.tr("Reading replies"))
        self.watch = QCheckBox(self.tr("&Watch the inbox for replies"))
        self.watch.setObjectName("watch_inbox")
        self.watch.setAccessibleName(self.tr("Watch the inbox for replies"))
        self.host = QLineEdit()
        self.host.setObjectName("imap_host")
        self.host.setAccessibleName(self.tr("Incoming (IMAP) server"))
        self.host.setPlaceholderText("imap.example.com")
        self.port = QSpinBox()
        self.port.setObjectName("imap_port")
        self.port.setAccessibleName(self.tr("IMAP port"))
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.security = QComboBox()
        self.security.setObjectName("imap_security")
        self.security.setAccessibleName(self.tr("IMAP security"))
        self.security.addItem(self.tr("TLS (port 993)"), "tls")
        self.security.addItem(self.tr("STARTTLS (port 143)"), "starttls")
        self.note = QLabel(
            self.tr(
                "Read-only, with the same password or sign-in as sending: new mail in INBOX is "
                "read to spot replies about your applications; nothing is marked read, moved, "
                "deleted or sent."
            )
        )
        self.note.setObjectName("inbox_account_note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel()
        self.error.setObjectName("inbox_account_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        palette.text_colour(self.error, "error")
        self.error.hide()
        self.test_button = QPushButton(self.tr("Test &Reading"))
        self.test_button.setObjectName("inbox_test_reading")
        self.test_button.setAccessibleName(self.tr("Test reading the inbox"))
        self.test_status = QLabel()
        self.test_status.setObjectName("inbox_test_status")
        self.test_status.setAccessibleName(self.tr("Reading test result"))
        self.test_status.setWordWrap(True)
        self.test_status.setTextFormat(Qt.TextFormat.PlainText)
        self._preset_host = ""
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        server.addWidget(QLabel(self.tr("Port:")))
        server.addWidget(self.port)
        server.addWidget(self.security)
        form = QFormLayout(self)
        form.addRow(self.watch)
        server_label = QLabel(self.tr("&Incoming server:"))
        server_label.setBuddy(self.host)
        form.addRow(server_label, server)
        form.addRow(self.note)
        form.addRow(self.error)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_status, 1)
        form.addRow(test_row)
        self.test_button.clicked.connect(self.testRequested)
        self.watch.toggled.connect(self._on_watch_toggled)
        self.security.currentIndexChanged.connect(self._on_security_changed)
        self._on_watch_toggled(False)

    def fill(self, settings: InboxSettings, smtp_host: str = "") -> None:
        self.error.hide()
        self.test_status.clear()
        self.watch.setChecked(settings.watch)
        host, port, security = (settings.host, settings.port, settings.security)
        if not host:
            host, port, security = imap_for(smtp_host) if smtp_host else ("", 993, "tls")
            self._preset_host = host
        self.host.setText(host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(self.security.findData(security), 0))
        self.security.blockSignals(False)
        self.port.setValue(port)
        self._on_watch_toggled(self.watch.isChecked())

    def preset(self, smtp_host: str, provider: str = "") -> None:
        """A provider preset was chosen: fill its IMAP server unless one was typed."""
        typed = self.host.text().strip()
        if typed and typed != self._preset_host:
            return
        host, port, security = imap_for(smtp_host, provider)
        self._preset_host = host
        self.host.setText(host)
        self.security.setCurrentIndex(max(self.security.findData(security), 0))
        self.port.setValue(port)

    def settings(self) -> InboxSettings:
        return InboxSettings(
            self.watch.isChecked(),
            self.host.text().strip(),
            self.port.value(),
            str(self.security.currentData()),
        )

    def check(self) -> bool:
        errors = validate_inbox(self.settings())
        if errors:
            self.error.setText(" ".join(self.tr(e) for e in errors.values()))
            self.error.show()
            return False
        self.error.hide()
        return True

    def test(
        self,
        jobs: JobRunner,
        username: str,
        ca_file: str,
        password: Password,
        *,
        oauth: OAuthSignIn | None = None,
    ) -> None:
        """Sign in and open INBOX read-only on the worker pool, then say how it went.

        An OAuth account passes `oauth` (its sign-in with the sending token manager) and is
        never asked for a password: what the keyring holds for it is a refresh token."""
        if not self.check():
            return
        settings = self.settings()
        server = ImapSettings(settings.host, settings.port, settings.security, username, ca_file)

        def work(_progress: object) -> int:
            if oauth is not None:
                sign_in = oauth()
            else:
                secret = password()
                if not secret:
                    raise ImapError(Failure.CREDENTIAL, "Enter the password first.")
                sign_in = password_login(username, secret)
            with ImapReader(server, sign_in, timeout=20) as reader:
                return len(reader.uids())

        self.test_button.setEnabled(False)
        self.test_status.setText(self.tr("Reading {host}…").format(host=settings.host))
        jobs.start(work, self._on_test_done, self._on_test_failed)

    def _on_test_done(self, count: object) -> None:
        self.test_button.setEnabled(True)
        self.test_status.setText(
            "✔ "
            + self.tr("Read the inbox ({count} messages); nothing was changed.").format(
                count=f"{int(str(count)):,}"
            )
        )

    def _on_test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        message = error.message if isinstance(error, ImapError) else type(error).__name__
        self.test_status.setText(message)

    def _on_watch_toggled(self, on: bool) -> None:
        self.test_button.setEnabled(on)
        for widget in (self.host, self.port, self.security):
            widget.setEnabled(on)

    def _on_security_changed(self) -> None:
        self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])


def oauth_reading(outbox: Outbox, account_id: int) -> OAuthSignIn:
    """How "Test Reading" signs an OAuth account in: with its saved sign-in, through the
    outbox's token manager (never the keyring entry as a password: it is a refresh token)."""
    accounts, tokens = outbox.accounts, outbox.tokens

    def sign_in() -> Authenticator:
        if account_id < 1:  # not saved yet, so not signed in either
            raise ImapError(Failure.CREDENTIAL, NOT_SIGNED_IN)
        return oauth_authenticator(accounts.get(account_id), tokens)

    return sign_in
