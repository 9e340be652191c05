"""The window's watcher reads an OAuth account's inbox with the outbox's own sign-in (a real
Authlib provider, a real Dovecot checking each token with it); a revoked grant is one line in
the Inbox panel and marks the account "Sign in again" exactly as sending does."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from nextmove.domain.accounts import AccountData
from nextmove.domain.inbox.settings import InboxSettings
from nextmove.storage.accounts import AccountRepository
from nextmove.storage.inbox import InboxRepository
from nextmove.ui.inbox.controller import InboxController
from nextmove.ui.mail.controller import MailController
from nextmove.ui.main_window import MainWindow
from tests.imap_server import Dovecot
from tests.inbox_support import add_corpus_applications, corpus_path
from tests.mail.conftest import MemoryKeyring
from tests.oauth_server import CLIENT_ID, SCOPES, Provider, follow, leak_forms


def test_the_watcher_reads_with_the_sending_sign_in_and_says_sign_in_again_in_one_line(
    window: MainWindow,
    imap_oauth_provider: Provider,
    oauth_dovecot: Dovecot,
    caplog: pytest.LogCaptureFixture,
    keyring: MemoryKeyring,
) -> None:
    caplog.set_level(logging.DEBUG, logger="nextmove")
    provider, server = imap_oauth_provider, oauth_dovecot
    assert window.context is not None
    database = window.context.database
    add_corpus_applications(database)
    window.reload()
    mail = window.findChild(QObject, "mail_controller")
    inbox = window.findChild(QObject, "inbox_controller")
    assert isinstance(mail, MailController)
    assert isinstance(inbox, InboxController)
    assert inbox.scanner.tokens is mail.outbox.tokens  # one token manager for both
    assert inbox.scanner.credentials is mail.outbox.credentials  # one keyring for both
    user = server.add_user()
    provider.subject = user
    account_id = AccountRepository(database).add(
        AccountData(
            display_name="Work",
            from_address="sam@example.com",
            host="127.0.0.1",
            port=587,
            security="starttls",
            username=user,
            sender_name="Sam Rivera",
            ca_file=str(server.cert),
            auth_kind="oauth",
            oauth_auth_url=provider.auth_url,
            oauth_token_url=provider.token_url,
            oauth_scopes=SCOPES,
            oauth_client_id=CLIENT_ID,
        )
    )
    InboxRepository(database).save_settings(
        account_id, InboxSettings(True, "127.0.0.1", server.imaps_port, "tls")
    )

    def browser(url: str) -> None:
        assert follow(url)[0] == 200

    mail.outbox.tokens.sign_in(AccountRepository(database).get(account_id), browser, timeout=20)
    server.deliver(user, [corpus_path("001-rejection.eml").read_bytes()])
    check = window.findChild(QAction, "action_check_replies")
    assert isinstance(check, QAction)

    check.trigger()

    assert inbox.panel.list.count() == 1
    assert "Acme" in inbox.panel.list.item(0).text()
    assert mail.outbox.tokens.refreshes == 0  # the access token from signing in, as sending

    provider.revoke_all()  # the person withdrew the app's access at the provider
    server.deliver(user, [corpus_path("039-interview.eml").read_bytes()])
    check.trigger()

    status = inbox.panel.status.text()
    assert status.startswith("Work: Sign in again")
    assert "\n" not in status
    assert window.statusBar().currentMessage() == status
    assert AccountRepository(database).get(account_id).signin_needed
    assert mail.status_label.text().startswith("Sign in again to send from “Work”")
    assert inbox.panel.list.count() == 1  # what was found stays
    window.resize(1280, 800)
    inbox.panel.show()
    folder = Path(os.environ.get("NEXTMOVE_SCREENSHOTS", "artifacts/screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / "inbox_oauth_sign_in_again.png"))
    secrets = leak_forms(provider.issued_secrets(), user)
    shown = status + caplog.text
    assert not any(secret in shown for secret in secrets)

    mail.outbox.tokens.sign_in(AccountRepository(database).get(account_id), browser, timeout=20)
    check.trigger()
    assert inbox.panel.list.count() == 2  # the interview invitation that waited
    assert not inbox.panel.status.text().startswith("Work:")


def test_test_reading_in_mail_accounts_uses_the_sign_in_never_the_refresh_token(
    window: MainWindow, imap_oauth_provider: Provider, oauth_dovecot: Dovecot
) -> None:
    from nextmove.ui.mail.account_dialog import AccountDialog
    from tests.mail.gui_support import trigger

    provider, server = imap_oauth_provider, oauth_dovecot
    assert window.context is not None
    database = window.context.database
    mail = window.findChild(QObject, "mail_controller")
    assert isinstance(mail, MailController)
    user = server.add_user()
    provider.subject = user
    server.deliver(user, [corpus_path("001-rejection.eml").read_bytes()])
    account_id = AccountRepository(database).add(
        AccountData(
            display_name="Work",
            from_address="sam@example.com",
            host="127.0.0.1",
            port=587,
            security="starttls",
            username=user,
            sender_name="Sam Rivera",
            ca_file=str(server.cert),
            auth_kind="oauth",
            oauth_auth_url=provider.auth_url,
            oauth_token_url=provider.token_url,
            oauth_scopes=SCOPES,
            oauth_client_id=CLIENT_ID,
        )
    )
    InboxRepository(database).save_settings(
        account_id, InboxSettings(True, "127.0.0.1", server.imaps_port, "tls")
    )
    mail.outbox.tokens.sign_in(
        AccountRepository(database).get(account_id),
        lambda url: follow(url),
        timeout=20,
    )
    mail.accountsChanged.emit()
    trigger(window, "action_mail_accounts")
    dialog = window.findChild(AccountDialog, "account_dialog")
    assert dialog is not None
    dialog.account_picker.setCurrentIndex(dialog.account_picker.findData(account_id))
    assert dialog.form.is_oauth()

    dialog.inbox_block.test_button.click()

    assert dialog.inbox_block.test_status.text().startswith("✔"), (
        dialog.inbox_block.test_status.text()
    )
    logins = [line for line in server.log().splitlines() if f"Login: user=<{user}>" in line]
    assert len(logins) == 1
    assert "method=XOAUTH2" in logins[0]
