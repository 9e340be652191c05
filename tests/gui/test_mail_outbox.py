"""The outbox window: states in plain words, resend after a crash, retry, edit, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from nextmove.mail.outbox import Outbox
from nextmove.storage.outbox import OutgoingDraft
from nextmove.ui.mail.compose_dialog import ComposeDialog
from nextmove.ui.mail.outbox_view import OutboxView
from nextmove.ui.main_window import MainWindow
from tests.mail.gui_support import add_account, mail_controller, trigger
from tests.smtp_server import SmtpServer


def _queue(outbox: Outbox, to: str, account_id: int | None = None) -> int:
    return outbox.queue(
        OutgoingDraft("thank_you", to, f"Thanks {to}", "Thank you.", account_id=account_id)
    )


def _open(window: MainWindow) -> OutboxView:
    trigger(window, "action_outbox")
    view = window.findChild(OutboxView, "outbox_view")
    assert view is not None
    assert view.isVisible()
    return view


def _states(view: OutboxView) -> dict[str, str]:
    model = view.model
    return {
        model.data(model.index(r, 1)): model.data(model.index(r, 0))
        for r in range(model.rowCount())
    }


def test_a_message_caught_by_a_crash_offers_resend_and_sends_once(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    account = add_account(controller, server, cert)
    stuck = _queue(controller.outbox, "stuck@example.org", account)
    controller.outbox.messages.claim(stuck, "<stuck@example.com>", account)  # a crash mid-send
    asked: list[str] = []
    controller.ask = lambda _parent, _title, text: asked.append(text) or True

    controller.status_timer.timeout.emit()
    assert controller.status_label.text() == "1 email may have been sent — check the Outbox"
    view = _open(window)
    assert _states(view) == {"stuck@example.org": "May have been sent — check your Sent folder"}
    trigger(window, "action_send_queued")
    assert server.received == []  # never re-sent by itself

    view.select(stuck)
    assert "check your Sent folder" in view.detail.text()
    assert view.resend_button.isEnabled()
    view.resend_button.click()
    assert asked
    assert "Sent folder" in asked[0]
    assert [r.message["Message-ID"] for r in server.received] == ["<stuck@example.com>"]
    assert _states(view) == {"stuck@example.org": "Sent"}
    assert not view.resend_button.isEnabled()
    assert controller.status_label.isHidden()


def test_failures_show_the_reason_and_can_be_edited_and_sent(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    account = add_account(controller, server, cert)
    server.behaviour.refuse_recipients = {"nobody@example.org": "550 5.1.1 No such user here"}
    bad = _queue(controller.outbox, "nobody@example.org", account)
    _queue(controller.outbox, "alex@example.org", account)
    view = _open(window)
    view.send_button.click()
    assert _states(view) == {"nobody@example.org": "Failed", "alex@example.org": "Sent"}
    view.select(bad)
    assert "mailbox is unavailable" in view.detail.text()
    assert "No such user here" in view.detail.text()

    view.edit_button.click()
    editor = next(d for d in window.findChildren(ComposeDialog, "compose_dialog") if d.isVisible())
    assert editor.to.text() == "nobody@example.org"
    editor.to.setText("alex.morgan@example.org")
    editor.send_button.click()
    assert sorted(r.recipients[0] for r in server.received) == [
        "alex.morgan@example.org",
        "alex@example.org",
    ]
    assert _states(view)["alex.morgan@example.org"] == "Sent"


def test_waiting_messages_wait_until_sent_and_can_be_deleted(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    first = _queue(controller.outbox, "one@example.org")
    _queue(controller.outbox, "two@example.org")
    controller.outboxChanged.emit()
    assert controller.status_label.text() == "2 emails waiting in the outbox"
    view = _open(window)
    assert set(_states(view).values()) == {"Waiting"}
    view.select(first)
    view.delete_button.click()
    assert list(_states(view)) == ["two@example.org"]
    assert controller.status_label.text() == "1 email waiting in the outbox"

    add_account(controller, server, cert)
    server.behaviour.data_replies = ["451 4.3.0 Please try again later"]
    view.send_button.click()
    assert _states(view) == {"two@example.org": "Waiting to retry"}
    assert "try again later" in window.statusBar().currentMessage()
    view.send_button.click()  # the person insists: sent now
    assert _states(view) == {"two@example.org": "Sent"}
    assert len(server.received) == 1


def test_automatic_sending_only_when_the_account_allows_it(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    account = add_account(controller, server, cert)
    _queue(controller.outbox, "alex@example.org")
    window.statusBar().clearMessage()
    controller.auto_timer.timeout.emit()
    controller.status_timer.timeout.emit()
    assert server.received == []
    assert controller.status_label.text() == "1 email waiting in the outbox"
    assert window.statusBar().currentMessage() == ""  # nothing to report, nothing said
    data = controller.outbox.accounts.get(account)
    from dataclasses import replace

    controller.outbox.accounts.update(account, replace(data, auto_send=True))
    controller.auto_timer.timeout.emit()
    assert len(server.received) == 1
    assert controller.status_label.isHidden()
    assert window.findChild(QObject, "outbox_auto_timer") is controller.auto_timer


def test_messages_queued_elsewhere_show_up_in_the_status_bar(window: MainWindow) -> None:
    from nextmove.storage.outbox import queue_in

    controller = mail_controller(window)
    assert controller.status_label.isHidden()
    assert window.context is not None
    with window.context.database.sessions.begin() as session:  # as the wizard's Finish does
        queue_in(session, OutgoingDraft("thank_you", "alex@example.org", "Thanks", "Thank you"))
    controller.status_timer.timeout.emit()
    assert controller.status_label.text() == "1 email waiting in the outbox"
    controller.status_label.click()
    view = window.findChild(OutboxView, "outbox_view")
    assert view is not None
    assert view.isVisible()
    assert list(_states(view)) == ["alex@example.org"]


def test_back_online_sends_waiting_emails_at_once_when_allowed(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    from dataclasses import replace

    from PySide6.QtNetwork import QNetworkInformation

    information = QNetworkInformation.instance()
    if information is None:
        pytest.skip("Qt has no network-information backend here")
    controller = mail_controller(window)
    account = add_account(controller, server, cert)
    data = controller.outbox.accounts.get(account)
    controller.outbox.accounts.update(account, replace(data, auto_send=True))
    server.behaviour.data_replies = ["421 4.4.2 Connection timed out"]  # as if offline
    _queue(controller.outbox, "alex@example.org")
    controller.auto_timer.timeout.emit()
    assert server.received == []
    controller.auto_timer.timeout.emit()  # not due yet: it waits for its retry time
    assert server.received == []

    information.reachabilityChanged.emit(QNetworkInformation.Reachability.Online)
    assert len(server.received) == 1


def test_a_refused_password_shows_why_and_is_not_retried_by_itself(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    from dataclasses import replace

    from nextmove.storage.outbox import queue_in

    controller = mail_controller(window)
    account = add_account(controller, server, cert)
    data = controller.outbox.accounts.get(account)
    controller.outbox.accounts.update(account, replace(data, auto_send=True))
    controller.outbox.credentials.save(account, "wrong")
    _queue(controller.outbox, "alex@example.org", account)
    view = _open(window)
    view.send_button.click()

    assert _states(view) == {"alex@example.org": "Needs attention"}
    problem = view.model.data(view.model.index(0, view.model.PROBLEM))
    assert "refused the user name or password" in problem
    view.select(view.model.row_at(0).id)
    assert "Mail Accounts" in view.detail.text()
    error = window.statusBar().currentMessage()
    assert "refused the user name or password" in error

    # A lesser message a moment later does not hide the error …
    controller.open_compose()
    compose = controller.dialog(f"compose-{window.selected_application_id() or 0}")
    assert isinstance(compose, ComposeDialog)
    compose.to.setText("kim@example.org")
    compose.subject.setText("Thanks")
    compose.body.setPlainText("Thank you.")
    compose.later_button.click()
    assert window.statusBar().currentMessage() == error
    assert (
        controller.status_label.text()
        == "1 email needs your attention — see the Outbox · 1 waiting"
    )
    assert window.context is not None
    with window.context.database.sessions.begin() as session:  # as the wizard's Finish does
        queue_in(session, OutgoingDraft("thank_you", "jo@example.org", "Thanks", "Thank you"))
    # … the count follows the outbox as soon as the window is active again …
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert controller.status_label.text().endswith(" · 2 waiting")
    # … and automatic rounds neither retry the known-bad password nor say anything.
    logins = server.auth_lines
    window.statusBar().clearMessage()
    controller.auto_timer.timeout.emit()
    assert server.auth_lines == logins
    assert server.received == []
    assert window.statusBar().currentMessage() == ""
    assert _states(view)["alex@example.org"] == "Needs attention"


def test_the_count_follows_the_wizards_finish_without_waiting_for_the_poll(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import date

    from nextmove.domain.application import ApplicationData
    from nextmove.domain.status import Status
    from nextmove.storage.applications import ApplicationRepository
    from nextmove.storage.outbox import queue_in

    controller = mail_controller(window)
    controller.status_timer.stop()  # only the window's own change may bring the count
    assert window.context is not None
    today = date(2026, 11, 26)
    app_id = ApplicationRepository(window.context.database).add(
        ApplicationData("Acme", "Engineer", Status.REJECTED, applied_on=today), today
    )
    with window.context.database.sessions.begin() as session:  # as the wizard's Finish does
        queue_in(session, OutgoingDraft("thank_you", "alex@example.org", "Thanks", "Thank you"))
    window.refresh_application(app_id)  # ...and then it shows the changed row

    qtbot.waitUntil(lambda: controller.status_label.text() == "1 email waiting in the outbox",
                    timeout=1000)  # fmt: skip


def test_without_an_account_the_outbox_says_so_and_leads_to_the_accounts(
    window: MainWindow,
) -> None:
    from nextmove.ui.mail.account_dialog import AccountDialog

    controller = mail_controller(window)
    for to in ("one@example.org", "two@example.org"):
        _queue(controller.outbox, to)
    view = _open(window)
    assert view.no_account.isVisible()
    assert view.no_account.text() == (
        "No mail account yet — add one in Mail › Mail Accounts… to send these emails."
    )
    model = view.model
    problems = {model.data(model.index(r, model.PROBLEM)) for r in range(model.rowCount())}
    assert problems == {"No mail account yet"}  # each row says why, not only the banner
    view.select(view.model.row_at(0).id)
    assert "No mail account yet" in view.detail.text()
    assert view.send_button.text() == "Add Account…"

    view.send_button.click()

    accounts = controller.dialog("accounts")
    assert isinstance(accounts, AccountDialog)
    assert accounts.isVisible()
    assert set(_states(view).values()) == {"Waiting"}  # nothing was tried


def test_the_outbox_fits_the_screen_it_opens_on(window: MainWindow) -> None:
    mail_controller(window)
    view = _open(window)
    available = window.screen().availableGeometry()
    assert view.frameGeometry().width() <= available.width()
    assert view.frameGeometry().height() <= available.height()
    assert not view.no_account.isVisible()  # nothing waits: nothing to warn about


def test_the_delete_key_deletes_the_selected_email(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    controller = mail_controller(window)
    first = _queue(controller.outbox, "one@example.org")
    _queue(controller.outbox, "two@example.org")
    controller.outboxChanged.emit()
    view = _open(window)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.select(first)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert list(_states(view)) == ["two@example.org"]
