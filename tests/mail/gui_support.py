"""Steps the mail GUI tests share: reach the controller, fill the account form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from nextmove.domain.accounts import AccountData
from nextmove.ui.mail.account_dialog import AccountDialog
from nextmove.ui.mail.controller import MailController
from nextmove.ui.main_window import MainWindow
from tests.smtp_server import PASSWORD, USERNAME, SmtpServer


def mail_controller(window: MainWindow) -> MailController:
    """The window's mail controller (its keyring is the one the window was built with: see
    the `keyring` fixture), with a short network timeout and every question answered yes."""
    controller = window.findChild(QObject, "mail_controller")
    assert isinstance(controller, MailController)
    controller.outbox.timeout = 3.0
    controller.ask = lambda *_args: True
    return controller


def secret_service() -> object | None:
    """The real Secret Service keyring when the test command provides one, else None."""
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        if backend.priority < 1:
            return None
        backend.get_password("nextmove", "probe")
    except Exception:
        return None
    return backend


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert isinstance(action, QAction), name
    action.trigger()


def fill_account(
    dialog: AccountDialog, server: SmtpServer, cert: Path | None, password: str = PASSWORD
) -> None:
    dialog.form.provider_combo.setCurrentIndex(dialog.form.provider_combo.findData("other"))
    dialog.form.display_name.setText("Work")
    dialog.form.sender_name.setText("Sam Rivera")
    dialog.form.from_address.setText("sam@example.com")
    dialog.form.host.setText(server.host)
    dialog.form.port.setValue(server.port)
    mode = "tls" if server.mode == "tls" else "starttls"
    dialog.form.security.setCurrentIndex(dialog.form.security.findData(mode))
    dialog.form.username.setText(USERNAME)
    dialog.form.password.setText(password)
    dialog.form.ca_file.setText(str(cert) if cert else "")


def add_account(controller: MailController, server: SmtpServer, cert: Path) -> int:
    account_id = controller.outbox.accounts.add(
        AccountData("Work", "sam@example.com", server.host, server.port, "starttls", USERNAME,
                    sender_name="Sam Rivera", ca_file=str(cert))
    )  # fmt: skip
    controller.outbox.credentials.save(account_id, PASSWORD)
    return account_id
