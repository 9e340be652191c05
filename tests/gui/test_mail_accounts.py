"""The account dialog as a person uses it, against a real SMTP server with STARTTLS + AUTH."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QThreadPool, QTimer

from nextmove.ui.mail.account_dialog import AccountDialog
from nextmove.ui.main_window import MainWindow
from tests.mail.gui_support import fill_account, mail_controller, trigger
from tests.smtp_server import SilentServer, SmtpServer


def _open(window: MainWindow) -> AccountDialog:
    trigger(window, "action_mail_accounts")
    dialog = window.findChild(AccountDialog, "account_dialog")
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_presets_fill_the_server_and_say_what_the_provider_needs(window: MainWindow) -> None:
    mail_controller(window)
    dialog = _open(window)
    dialog.form.provider_combo.setCurrentIndex(dialog.form.provider_combo.findData("outlook"))
    assert dialog.form.host.text() == "smtp.office365.com"
    assert dialog.form.port.value() == 587
    assert dialog.form.security.currentData() == "starttls"
    assert "no longer accept a password" in dialog.form.provider_advice.text()
    dialog.form.provider_combo.setCurrentIndex(dialog.form.provider_combo.findData("gmail"))
    assert (dialog.form.host.text(), dialog.form.port.value()) == ("smtp.gmail.com", 465)
    assert "app password" in dialog.form.provider_advice.text()
    dialog.form.provider_combo.setCurrentIndex(dialog.form.provider_combo.findData("icloud"))
    assert "app-specific password" in dialog.form.provider_advice.text()

    # "Other" never keeps a server a preset filled in, but keeps one the person typed.
    combo = dialog.form.provider_combo
    combo.setCurrentIndex(combo.findData("proton"))
    assert (dialog.form.host.text(), dialog.form.port.value()) == ("127.0.0.1", 1025)
    combo.setCurrentIndex(combo.findData("other"))
    assert (dialog.form.host.text(), dialog.form.port.value()) == ("", 587)
    assert dialog.form.security.currentData() == "starttls"
    dialog.form.host.setText("mail.example.org")
    dialog.form.port.setValue(2525)
    combo.setCurrentIndex(combo.findData("proton"))
    combo.setCurrentIndex(combo.findData("other"))
    assert dialog.form.host.text() == ""
    dialog.form.host.setText("mail.example.org")
    dialog.form.port.setValue(2525)
    combo.setCurrentIndex(combo.findData("gmail"))
    dialog.form.host.setText("relay.example.org")  # typed over the preset
    combo.setCurrentIndex(combo.findData("other"))
    assert dialog.form.host.text() == "relay.example.org"


def test_bad_input_is_explained_next_to_each_field_and_nothing_is_saved(
    window: MainWindow,
) -> None:
    controller = mail_controller(window)
    dialog = _open(window)
    dialog.form.from_address.setText("sam at example")
    dialog.save_button.click()
    assert "email address" in dialog.form.errors.text("from_address")
    assert dialog.form.errors.text("display_name")
    assert "your name" in dialog.form.errors.text("sender_name")
    assert dialog.form.errors.text("password")
    assert controller.outbox.accounts.all() == []


def test_test_connection_then_save_puts_the_password_in_the_keyring_only(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    dialog = _open(window)
    fill_account(dialog, server, cert, password="wrong")
    dialog.test_button.click()
    assert "refused the user name or password" in dialog.test_status.text()

    dialog.form.password.setText("correct horse battery staple")
    dialog.test_button.click()
    assert "Signed in" in dialog.test_status.text()
    assert server.received == []

    dialog.save_button.click()
    [account] = controller.outbox.accounts.all()
    assert (account.display_name, account.ca_file) == ("Work", str(cert))
    assert controller.outbox.credentials.get(account.id) == "correct horse battery staple"
    assert "system keyring" in dialog.test_status.text()
    assert dialog.current_account_id() == account.id
    assert dialog.form.password.text() == ""  # never shown again

    # Editing without typing a password keeps the stored one.
    dialog.form.display_name.setText("Work mail")
    dialog.save_button.click()
    assert controller.outbox.accounts.get(account.id).display_name == "Work mail"
    assert controller.outbox.credentials.get(account.id) == "correct horse battery staple"

    dialog.remove_button.click()
    assert controller.outbox.accounts.all() == []
    assert controller.outbox.credentials.get(account.id) is None


@pytest.mark.parametrize("keyring", ["failing"], indirect=True)
def test_without_a_secure_keyring_the_password_is_kept_for_this_session_only(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    dialog = _open(window)
    assert dialog.form.keyring_notice.isVisible()
    assert "this session only" in dialog.form.keyring_notice.text()
    fill_account(dialog, server, cert)
    dialog.form.session_only.setChecked(False)
    dialog.save_button.click()
    assert controller.outbox.accounts.all() == []  # refused: nothing half-saved
    assert "keyring" in dialog.form.errors.text("password")

    dialog.form.session_only.setChecked(True)
    dialog.save_button.click()
    [account] = controller.outbox.accounts.all()
    assert controller.outbox.credentials.is_session_only(account.id)
    assert "this session only" in dialog.test_status.text()
    dialog.test_button.click()
    assert "Signed in" in dialog.test_status.text()
    assert dialog.form.password.placeholderText().startswith("Saved")

    # Next start: the session's memory is gone, and the dialog says so instead of "Saved".
    from nextmove.mail.credentials import CredentialStore

    controller.outbox.credentials = CredentialStore(fail.Keyring())
    dialog.close()
    dialog = _open(window)
    assert dialog.current_account_id() == account.id
    assert dialog.form.password.placeholderText().startswith("Not saved")
    dialog.save_button.click()
    assert "Enter the password" in dialog.form.errors.text("password")


def test_a_silent_server_times_out_while_the_window_stays_responsive(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = mail_controller(window)
    pool = QThreadPool()
    controller.jobs.pool = pool
    controller.outbox.timeout = 1.5
    dialog = _open(window)
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    with SilentServer() as silent:
        dialog.form.provider_combo.setCurrentIndex(dialog.form.provider_combo.findData("other"))
        dialog.form.display_name.setText("Dead")
        dialog.form.sender_name.setText("Sam Rivera")
        dialog.form.from_address.setText("sam@example.com")
        dialog.form.host.setText(silent.host)
        dialog.form.port.setValue(silent.port)
        dialog.form.username.setText("sam")
        dialog.form.password.setText("x")
        heartbeat.start()
        with qtbot.waitSignal(dialog.connectionTested, timeout=15000) as outcome:
            dialog.test_button.click()
            assert dialog.test_progress.isVisible()
            assert not dialog.test_button.isEnabled()
            assert "Connecting" in dialog.test_status.text()
        heartbeat.stop()
    pool.waitForDone()
    assert outcome.args[0] is False
    # A test is not retried: say what happened, not that it will be tried again.
    assert "did not answer within 1.5 seconds" in outcome.args[1]
    assert "tried again" not in outcome.args[1]
    assert len(ticks) >= 30  # the event loop kept running through the 1.5 s wait
    assert dialog.test_button.isEnabled()
    assert not dialog.test_progress.isVisible()
