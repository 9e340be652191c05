"""Sign in with Microsoft / Google / a provider set up by hand, from the Mail Accounts window,
against a real OAuth2 provider (Authlib) and an SMTP server that checks XOAUTH2 tokens."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThreadPool, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from nextmove.storage.outbox import OutgoingDraft
from nextmove.ui.mail.account_dialog import AccountDialog
from nextmove.ui.main_window import MainWindow
from tests.mail.conftest import MemoryKeyring
from tests.mail.gui_support import fill_account, mail_controller, trigger
from tests.oauth_server import CLIENT_ID, SCOPES, Provider, follow, leak_forms
from tests.smtp_server import SmtpServer


@pytest.fixture
def provider() -> Iterator[Provider]:
    with Provider() as server:
        yield server


@pytest.fixture
def oauth_server(cert: Path, provider: Provider) -> Iterator[SmtpServer]:
    with SmtpServer(cert, cert.with_name("key.pem"), oauth=provider) as smtp:
        yield smtp


def _open(window: MainWindow) -> AccountDialog:
    trigger(window, "action_mail_accounts")
    dialog = window.findChild(AccountDialog, "account_dialog")
    assert dialog is not None
    return dialog


def _browser(url: str) -> None:
    status, page = follow(url)
    assert status == 200, page


def _fill_by_hand(
    dialog: AccountDialog, server: SmtpServer, cert: Path, provider: Provider
) -> None:
    fill_account(dialog, server, cert, password="")
    oauth = dialog.form.oauth
    oauth.auth_kind.setCurrentIndex(oauth.auth_kind.findData("oauth"))
    assert oauth.advanced.isVisibleTo(dialog)  # by hand: the addresses must be seen
    oauth.client_id.setText(CLIENT_ID)
    oauth.auth_url.setText(provider.auth_url)
    oauth.token_url.setText(provider.token_url)
    oauth.revoke_url.setText(provider.revoke_url)
    oauth.scopes.setText(SCOPES)


def test_presets_offer_sign_in_with_microsoft_by_default_and_google_beside_the_app_password(
    window: MainWindow,
) -> None:
    mail_controller(window)
    dialog = _open(window)
    combo = dialog.form.provider_combo
    combo.setCurrentIndex(combo.findData("outlook"))
    assert dialog.form.oauth.auth_kind.currentData() == "oauth"
    assert dialog.sign_in_button.isVisibleTo(dialog)
    assert dialog.sign_in_button.text() == "Sign in with Microsoft"
    assert not dialog.form.password.isVisibleTo(dialog)
    assert dialog.form.oauth.scopes.text().endswith("offline_access")

    combo.setCurrentIndex(combo.findData("gmail"))
    kinds = dialog.form.oauth.auth_kind
    assert kinds.currentData() == "password"
    assert not dialog.sign_in_button.isVisibleTo(dialog)
    assert dialog.form.password.isVisibleTo(dialog)
    kinds.setCurrentIndex(kinds.findData("oauth"))
    assert dialog.sign_in_button.text() == "Sign in with Google"
    assert dialog.form.oauth.scopes.text() == "https://mail.google.com/"

    # No client id is built in here: signing in asks for one under Advanced, saves nothing.
    dialog.form.display_name.setText("Gmail")
    dialog.form.sender_name.setText("Sam Rivera")
    dialog.form.from_address.setText("sam@gmail.com")
    dialog.form.username.setText("sam@gmail.com")
    dialog.sign_in_button.click()
    assert "client id" in dialog.form.errors.text("oauth_client_id")
    assert dialog.form.oauth.advanced.isVisibleTo(dialog)
    assert dialog.form.oauth.client_id.objectName() == "oauth_client_id"


def test_sign_in_by_hand_keeps_the_refresh_token_in_the_keyring_and_the_account_sends(
    window: MainWindow,
    oauth_server: SmtpServer,
    cert: Path,
    provider: Provider,
    data_dir: Path,
    caplog: pytest.LogCaptureFixture,
    keyring: MemoryKeyring,
) -> None:
    caplog.set_level(logging.DEBUG)
    controller = mail_controller(window)
    dialog = _open(window)
    _fill_by_hand(dialog, oauth_server, cert, provider)
    dialog.signin.open_browser = _browser

    dialog.sign_in_button.click()

    assert dialog.test_status.text().startswith("✔ Signed in")
    [account] = controller.outbox.accounts.all()
    assert account.is_oauth
    assert account.oauth_client_id == CLIENT_ID
    assert list(keyring.store.values()) == provider.live_refresh_tokens()
    dialog.test_button.click()
    assert "ready to send" in dialog.test_status.text()

    controller.outbox.queue(OutgoingDraft("follow_up", "alex@example.org", "Hi", "Hello"))
    controller.send_now(None)
    assert len(oauth_server.received) == 1
    assert all(a.over_tls and a.accepted for a in oauth_server.xoauth2)

    # No token in the database, the settings, a backup, the status bar or any log line.
    from nextmove.storage.backups import backup_to

    backup_to(data_dir / "nextmove.sqlite3", data_dir / "backups" / "check.sqlite3")
    window.close()
    forms = leak_forms(provider.issued_secrets())
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "settings.ini" for p in files)
    for path in files:
        content = path.read_bytes()
        assert not [f for f in forms if f.encode() in content], path.name
    shown = dialog.test_status.text() + window.statusBar().currentMessage()
    # The app's own log lines (the test servers' debug logs are theirs, not the app's).
    ours = [r for r in caplog.records if r.name.startswith("nextmove")]
    logged = "\n".join(r.getMessage() for r in ours)
    assert not [f for f in forms if f in shown or f in logged]


def test_the_wait_runs_on_a_worker_and_cancel_stops_it(
    qtbot,
    window: MainWindow,
    oauth_server: SmtpServer,
    cert: Path,
    provider: Provider,
    keyring: MemoryKeyring,
) -> None:  # type: ignore[no-untyped-def]
    controller = mail_controller(window)
    pool = QThreadPool()
    controller.jobs.pool = pool
    dialog = _open(window)
    _fill_by_hand(dialog, oauth_server, cert, provider)
    opened: list[str] = []
    dialog.signin.open_browser = opened.append  # the person never comes back

    started = time.monotonic()
    dialog.sign_in_button.click()
    assert time.monotonic() - started < 1.0  # the window did not wait
    qtbot.waitUntil(lambda: bool(opened) and dialog.cancel_sign_in_button.isVisible())
    assert not dialog.save_button.isEnabled()
    assert "Waiting for you to sign in" in dialog.test_status.text()

    dialog.cancel_sign_in_button.click()
    qtbot.waitUntil(lambda: "cancelled" in dialog.test_status.text(), timeout=5000)
    assert not dialog.cancel_sign_in_button.isVisible()
    assert dialog.save_button.isEnabled()
    assert keyring.store == {}
    assert provider.token_requests == []
    pool.waitForDone(5000)


def test_a_revoked_grant_is_said_in_the_status_bar_and_the_outbox_and_nothing_is_lost(
    window: MainWindow,
    oauth_server: SmtpServer,
    cert: Path,
    provider: Provider,
    keyring: MemoryKeyring,
) -> None:
    controller = mail_controller(window)
    dialog = _open(window)
    _fill_by_hand(dialog, oauth_server, cert, provider)
    dialog.signin.open_browser = _browser
    dialog.sign_in_button.click()
    provider.revoke_all()
    controller.outbox.tokens.clock = lambda: time.monotonic() + 3600
    message = controller.outbox.queue(OutgoingDraft("follow_up", "alex@example.org", "Hi", "Hello"))

    controller.send_now(None)

    assert "Sign in again" in window.statusBar().currentMessage()
    controller.refresh_status()
    assert "sign in again" in controller.status_label.text().lower()
    row = controller.outbox.messages.get(message)
    assert row is not None
    assert row.state == "queued"
    assert row.last_error.startswith("Sign in again")
    assert oauth_server.received == []
    trigger(window, "action_outbox")
    outbox_view = controller.dialog("outbox")
    model = outbox_view.model
    shown = model.row_at(model.row_of(message))
    assert model.state_text(shown) == "Needs attention"
    assert model.problem_text(shown).startswith("Sign in again")
    outbox_view.table.selectRow(model.row_of(message))
    assert "Sign in again in Mail › Mail Accounts" in outbox_view.detail.text()

    controller.outbox.tokens.clock = time.monotonic
    dialog._reload_accounts(select=row.account_id)
    assert "sign in again" in dialog.test_status.text()
    dialog.sign_in_button.click()
    assert dialog.test_status.text().startswith("✔ Signed in")
    controller.send_now(None)
    assert len(oauth_server.received) == 1
    assert "sign in again" not in controller.status_label.text().lower()

    # Removing the account revokes the grant at the provider and empties the keyring.
    dialog._reload_accounts(select=row.account_id)
    dialog.remove_button.click()
    assert provider.revocations == 1
    assert provider.live_refresh_tokens() == []
    assert controller.outbox.accounts.all() == []


def test_a_password_refused_with_5_7_30_says_what_to_do_and_offers_sign_in_with_microsoft(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    mail_controller(window)
    dialog = _open(window)
    combo = dialog.form.provider_combo
    combo.setCurrentIndex(combo.findData("outlook"))
    kinds = dialog.form.oauth.auth_kind
    kinds.setCurrentIndex(kinds.findData("password"))
    dialog.form.display_name.setText("Work")
    dialog.form.sender_name.setText("Sam Rivera")
    dialog.form.from_address.setText("sam@example.com")
    dialog.form.host.setText(server.host)
    dialog.form.port.setValue(server.port)
    dialog.form.username.setText("sam@example.com")
    dialog.form.password.setText("secret")
    dialog.form.ca_file.setText(str(cert))
    server.behaviour.auth_reply = "550 5.7.30 Basic authentication is not supported"

    dialog.test_button.click()

    assert dialog.test_status.text().startswith(
        "Microsoft no longer accepts a password here: choose Sign in with Microsoft"
    )
    assert kinds.currentData() == "oauth"
    assert dialog.sign_in_button.isVisibleTo(dialog)
    assert dialog.sign_in_button.text() == "Sign in with Microsoft"


class _DesktopBrowser(QObject):
    """Stands in for the desktop's browser: Qt hands it what it would hand the system."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())
        _browser(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def test_the_window_opens_the_address_through_the_desktop(
    window: MainWindow,
    oauth_server: SmtpServer,
    cert: Path,
    provider: Provider,
    keyring: MemoryKeyring,
) -> None:
    mail_controller(window)
    dialog = _open(window)
    _fill_by_hand(dialog, oauth_server, cert, provider)
    desktop = _DesktopBrowser()
    QDesktopServices.setUrlHandler("http", desktop, "open")
    try:
        dialog.sign_in_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("http")
    assert [url.split("?")[0] for url in desktop.opened] == [provider.auth_url]
    assert dialog.test_status.text().startswith("✔ Signed in")
    assert list(keyring.store.values()) == provider.live_refresh_tokens()


def test_a_sign_in_nobody_finishes_times_out_and_says_so(
    window: MainWindow,
    oauth_server: SmtpServer,
    cert: Path,
    provider: Provider,
    keyring: MemoryKeyring,
) -> None:
    mail_controller(window)
    dialog = _open(window)
    _fill_by_hand(dialog, oauth_server, cert, provider)
    dialog.signin.open_browser = lambda url: None  # the person walked away
    dialog.signin.timeout = 0.3

    dialog.sign_in_button.click()

    assert dialog.test_status.text().startswith("No sign-in arrived within 5 minutes")
    assert dialog.sign_in_button.isEnabled()
    assert keyring.store == {}


def test_the_providers_client_id_setting_fills_the_presets(
    qtbot, data_dir: Path, immediate_pool: QThreadPool, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from nextmove.app import build

    monkeypatch.delenv("NEXTMOVE_MICROSOFT_CLIENT_ID", raising=False)
    monkeypatch.setenv("NEXTMOVE_GOOGLE_CLIENT_ID", "google-from-env")
    data_dir.mkdir(parents=True)
    (data_dir / "settings.ini").write_text("[oauth]\nmicrosoft_client_id=ms-from-settings\n")
    window = build(data_dir, pool=immediate_pool)
    qtbot.addWidget(window)
    try:
        mail_controller(window)
        dialog = _open(window)
        combo = dialog.form.provider_combo
        combo.setCurrentIndex(combo.findData("outlook"))
        assert dialog.form.oauth.client_id.text() == "ms-from-settings"
        assert not dialog.form.oauth.advanced.isVisibleTo(dialog)  # nothing to fill in
        combo.setCurrentIndex(combo.findData("gmail"))
        assert dialog.form.oauth.client_id.text() == "google-from-env"
    finally:
        window.close()
        if window.context is not None:
            window.context.database.close()
