"""The Mail Accounts dialog's "Reading replies" block: off by default, presets fill the IMAP
server, and the settings are saved with the account."""

from __future__ import annotations

from pathlib import Path

from nextmove.domain.inbox.settings import InboxSettings
from nextmove.storage.inbox import InboxRepository
from nextmove.ui.mail.account_dialog import AccountDialog
from nextmove.ui.main_window import MainWindow
from tests.imap_server import PASSWORD, Dovecot
from tests.inbox_support import corpus_messages
from tests.mail.gui_support import fill_account, mail_controller, trigger
from tests.smtp_server import SmtpServer


def _open(window: MainWindow) -> AccountDialog:
    trigger(window, "action_mail_accounts")
    dialog = window.findChild(AccountDialog, "account_dialog")
    assert dialog is not None
    return dialog


def test_presets_fill_the_imap_server_and_watching_is_off_by_default(window: MainWindow) -> None:
    dialog = _open(window)
    block = dialog.inbox_block
    assert not block.watch.isChecked()
    assert not block.host.isEnabled()
    dialog.form.provider_combo.setCurrentIndex(dialog.form.provider_combo.findData("gmail"))
    assert (block.host.text(), block.port.value()) == ("imap.gmail.com", 993)
    dialog.form.provider_combo.setCurrentIndex(dialog.form.provider_combo.findData("fastmail"))
    assert block.host.text() == "imap.fastmail.com"
    block.watch.setChecked(True)
    block.host.setText("imap.mine.example")
    dialog.form.provider_combo.setCurrentIndex(dialog.form.provider_combo.findData("icloud"))
    assert block.host.text() == "imap.mine.example"  # a typed server is kept
    block.security.setCurrentIndex(block.security.findData("starttls"))
    assert block.port.value() == 143


def test_the_reading_settings_are_saved_with_the_account(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    dialog = _open(window)
    fill_account(dialog, server, cert)
    dialog.inbox_block.watch.setChecked(True)
    dialog.inbox_block.host.setText("")
    dialog.save_button.click()
    assert "incoming (IMAP) server" in dialog.inbox_block.error.text()
    assert controller.outbox.accounts.all() == []

    dialog.inbox_block.host.setText("127.0.0.1")
    dialog.inbox_block.port.setValue(1993)
    dialog.save_button.click()
    [account] = controller.outbox.accounts.all()
    assert window.context is not None
    saved = InboxRepository(window.context.database).settings(account.id)
    assert saved == InboxSettings(True, "127.0.0.1", 1993, "tls")
    assert dialog.inbox_block.watch.isChecked()  # shown again as saved


def test_test_reading_opens_the_real_inbox_without_changing_it(
    window: MainWindow, server: SmtpServer, cert: Path, dovecot: Dovecot
) -> None:
    mail_controller(window)
    user = dovecot.add_user()
    dovecot.deliver(user, corpus_messages()[:2])
    before = dovecot.flags(user)
    dialog = _open(window)
    fill_account(dialog, server, None, password=PASSWORD)
    dialog.form.username.setText(user)
    block = dialog.inbox_block
    block.watch.setChecked(True)
    block.host.setText("127.0.0.1")
    block.port.setValue(dovecot.imaps_port)

    block.test_button.click()  # the system's certificates do not trust the test server
    assert "certificate could not be verified" in block.test_status.text()

    dialog.form.ca_file.setText(str(dovecot.cert))
    block.test_button.click()
    assert block.test_status.text() == "✔ Read the inbox (2 messages); nothing was changed."
    assert dovecot.flags(user) == before
