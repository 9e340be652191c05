"""Compose an email for an application and send it through a real SMTP server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nextmove.domain.application import ApplicationData
from nextmove.domain.contact import ContactData
from nextmove.domain.status import EventKind, Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.contacts import ContactRepository
from nextmove.ui.mail.compose_dialog import ComposeDialog
from nextmove.ui.main_window import MainWindow
from tests.mail.gui_support import add_account, mail_controller, trigger
from tests.smtp_server import SmtpServer

SENTINEL = "Gx4-unique-sentinel-Pw-77"


def _application(window: MainWindow) -> int:
    assert window.context is not None
    database = window.context.database
    app_id = ApplicationRepository(database).add(
        ApplicationData("Acme Robotics", "Data Analyst", status=Status.REJECTED),
        today=date(2026, 11, 20),
    )
    ContactRepository(database).add(ContactData("Alex Morgan", "alex@acme.example"), link_to=app_id)
    window.reload()
    window.select_application(app_id)
    assert window.selected_application_id() == app_id
    return app_id


def _open(window: MainWindow) -> ComposeDialog:
    trigger(window, "action_compose_email")
    dialog = window.findChild(ComposeDialog, "compose_dialog")
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_compose_for_an_application_sends_and_lands_on_its_timeline(
    window: MainWindow, server: SmtpServer, cert: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = mail_controller(window)
    add_account(controller, server, cert)
    app_id = _application(window)
    dialog = _open(window)

    assert dialog.to.text() == "alex@acme.example"
    # A rejected application starts from the feedback request, not "still very interested".
    assert dialog.subject.text() == "Feedback on my application to Acme Robotics"
    assert dialog.body.toPlainText().startswith("Hi Alex,")
    assert "Acme Robotics" in dialog.body.toPlainText()
    assert "Sam Rivera" in dialog.body.toPlainText()
    preview = dialog.preview.toPlainText()
    assert preview.startswith("From: Sam Rivera <sam@example.com>\nTo: alex@acme.example\n")

    dialog.template.setCurrentIndex(dialog.template.findData("keep_in_touch"))
    dialog.template.activated.emit(dialog.template.currentIndex())
    assert dialog.subject.text() == "Keeping in touch"
    dialog.body.undo()  # the template replaced the text; Undo brings the previous one back
    assert dialog.body.toPlainText().startswith("Hi Alex,\n\nThank you for letting me know")
    dialog.body.setPlainText("Hi {first_name}, thank you for everything at {company}.")
    assert "Hi Alex, thank you for everything at Acme Robotics." in dialog.preview.toPlainText()

    with qtbot.waitSignal(controller.batchFinished, timeout=10000):
        dialog.send_button.click()
    [received] = server.received
    assert received.recipients == ["alex@acme.example"]
    assert received.message["Subject"] == "Keeping in touch"
    content = received.message.get_content()
    assert "Hi Alex, thank you for everything at Acme Robotics." in content
    [row] = controller.outbox.messages.rows()
    assert (row.state, row.application_id, row.purpose) == ("sent", app_id, "keep_in_touch")
    assert window.context is not None
    events = ApplicationRepository(window.context.database).events(app_id)
    assert events[-1].kind is EventKind.EMAIL_SENT
    assert "1 email sent" in window.statusBar().currentMessage()
    assert not dialog.isVisible()


def test_a_line_break_in_a_header_is_refused_next_to_the_field(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    add_account(controller, server, cert)
    dialog = _open(window)
    dialog.to.setText("alex@acme.example")
    dialog.subject.setText("Hello\u2028Bcc: eve@example.net")
    dialog.body.setPlainText("Hi")
    dialog.send_button.click()
    assert "single line" in dialog.errors.text("subject")
    assert dialog.isVisible()
    dialog.subject.setText("Hello")
    # Several recipients are allowed now (issue 12), but each one is checked by itself.
    dialog.to.setText("alex@acme.example, eve@")
    dialog.send_button.click()
    assert "“eve@”" in dialog.errors.text("to")
    assert controller.outbox.messages.rows() == []
    assert server.connections == 0


def test_send_later_waits_and_the_status_bar_counts_it(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    dialog = _open(window)  # no account yet: it can still wait in the outbox
    dialog.to.setText("alex@acme.example")
    dialog.subject.setText("Thanks")
    dialog.body.setPlainText("Thank you!")
    dialog.send_button.click()
    assert "Add a mail account first" in dialog.errors.text("account")
    dialog.later_button.click()
    assert controller.status_label.text() == "1 email waiting in the outbox"
    assert server.received == []
    trigger(window, "action_send_queued")  # not "Nothing was waiting" next to "1 waiting"
    assert "add a mail account first" in window.statusBar().currentMessage()
    add_account(controller, server, cert)
    trigger(window, "action_send_queued")
    assert len(server.received) == 1
    assert controller.status_label.isHidden()


# The real OS keyring when the test command provides one (python3 dev.py test).
@pytest.mark.parametrize("keyring", ["secret_service"], indirect=True)
def test_the_password_never_reaches_the_data_folder_settings_or_output(
    window: MainWindow, data_dir: Path, server: SmtpServer, cert: Path, capfd, caplog
) -> None:  # type: ignore[no-untyped-def]
    import base64
    import urllib.parse

    from tests.mail.gui_support import fill_account

    controller = mail_controller(window)
    server.behaviour.password = SENTINEL
    trigger(window, "action_mail_accounts")
    accounts = controller.dialog("accounts")
    fill_account(accounts, server, cert, password=SENTINEL)
    accounts.test_button.click()
    accounts.save_button.click()
    assert "system keyring" in accounts.test_status.text()
    _application(window)
    compose = _open(window)
    compose.send_button.click()
    assert len(server.received) == 1
    [account] = controller.outbox.accounts.all()
    assert controller.outbox.credentials.get(account.id) == SENTINEL
    window.close()  # settings are written on close
    assert window.context is not None
    window.context.settings.sync()

    forms = [
        SENTINEL,
        base64.b64encode(SENTINEL.encode()).decode(),
        urllib.parse.quote(SENTINEL),
    ]
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "settings.ini" for p in files)
    captured = capfd.readouterr()
    for form in forms:
        for path in files:
            assert form.encode() not in path.read_bytes(), path.name
        assert form not in captured.out + captured.err
        assert form not in caplog.text
    controller.outbox.credentials.delete(account.id)


def test_each_application_gets_its_own_compose_window(window: MainWindow) -> None:
    mail_controller(window)
    first = _application(window)
    _open(window)
    assert window.context is not None
    database = window.context.database
    second = ApplicationRepository(database).add(
        ApplicationData("Globex", "Engineer", status=Status.APPLIED), today=date(2026, 11, 20)
    )
    ContactRepository(database).add(ContactData("Jo Park", "jo@globex.example"), link_to=second)
    window.reload()
    window.select_application(second)
    trigger(window, "action_compose_email")
    dialogs = [d for d in window.findChildren(ComposeDialog) if d.isVisible()]
    assert sorted(d.to.text() for d in dialogs) == ["alex@acme.example", "jo@globex.example"]
    window.select_application(first)
    trigger(window, "action_compose_email")  # brings back the first one, not a third
    assert len([d for d in window.findChildren(ComposeDialog) if d.isVisible()]) == 2


def test_a_placeholder_with_nothing_to_fill_it_stops_the_send(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    controller = mail_controller(window)
    add_account(controller, server, cert)
    dialog = _open(window)  # no application selected: no contact, company or role
    dialog.template.setCurrentIndex(dialog.template.findData("follow_up"))
    dialog.template.activated.emit(dialog.template.currentIndex())
    assert dialog.body.toPlainText().startswith("Hi {first_name},")
    dialog.to.setText("alex@acme.example")
    dialog.send_button.click()
    assert "{role}" in dialog.errors.text("subject")
    assert "{first_name}, {role}, {company}" in dialog.errors.text("body")
    assert controller.outbox.messages.rows() == []
    dialog.subject.setText("Following up")
    dialog.body.setPlainText("Hi Alex, any news? {braces} of my own stay. Sam")
    dialog.send_button.click()
    assert len(server.received) == 1


def test_an_account_without_a_name_asks_for_it_before_anything_leaves(
    window: MainWindow, server: SmtpServer, cert: Path
) -> None:
    from nextmove.domain.accounts import AccountData
    from tests.smtp_server import PASSWORD, USERNAME

    controller = mail_controller(window)
    account = controller.outbox.accounts.add(  # saved before a name was required
        AccountData("Work", "sam@example.com", server.host, server.port, "starttls", USERNAME,
                    ca_file=str(cert))
    )  # fmt: skip
    controller.outbox.credentials.save(account, PASSWORD)
    _application(window)
    dialog = _open(window)
    assert dialog.your_name.isVisible()
    assert "{your_name} must be filled in" in dialog.preview_label.text()

    dialog.send_button.click()
    assert "Add your name" in dialog.errors.text("your_name")
    assert "{your_name}" in dialog.errors.text("body")
    assert controller.outbox.messages.rows() == []

    dialog.your_name.setText("Sam Rivera")
    preview = dialog.preview.toPlainText()
    assert preview.startswith("From: Sam Rivera <sam@example.com>")
    assert "{your_name}" not in preview
    assert dialog.preview_label.text().startswith("Preview — exactly what will be sent")
    assert preview.rstrip().endswith("Sam Rivera")
    dialog.send_button.click()
    [received] = server.received
    assert received.message["From"] == "Sam Rivera <sam@example.com>"
    assert "{your_name}" not in received.message.get_content()
    assert "Sam Rivera" in received.message.get_content()
    assert controller.outbox.accounts.get(account).sender_name == "Sam Rivera"
    trigger(window, "action_compose_email")
    [again] = [d for d in window.findChildren(ComposeDialog) if d.isVisible()]
    assert not again.your_name.isVisible()  # asked once, kept with the account


def test_changing_the_template_never_throws_away_what_was_typed(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    mail_controller(window)
    _application(window)
    dialog = _open(window)
    start = dialog.template.currentIndex()
    dialog.body.setPlainText("Dear Alex, my own words.")
    asked: list[str] = []
    answer = [False]

    def ask(_title: str, text: str) -> bool:
        asked.append(text)
        return answer[0]

    dialog.ask = ask  # type: ignore[method-assign]
    dialog.setFocus()
    wheel = QWheelEvent(
        QPointF(5, 5), QPointF(dialog.template.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(dialog.template, wheel)  # scrolling past the unfocused combo
    assert dialog.template.currentIndex() == start
    assert dialog.body.toPlainText() == "Dear Alex, my own words."

    qtbot.keyClick(dialog.template, Qt.Key.Key_Down)  # a step through the list asks first
    assert len(asked) == 1
    assert dialog.template.currentIndex() == start  # "No": nothing changed
    assert dialog.body.toPlainText() == "Dear Alex, my own words."

    answer[0] = True
    qtbot.keyClick(dialog.template, Qt.Key.Key_Down)
    assert dialog.body.toPlainText() != "Dear Alex, my own words."
    assert len(asked) == 2
    qtbot.keyClick(dialog.template, Qt.Key.Key_Up)  # the template's own text: no question
    assert len(asked) == 2
    assert dialog.body.toPlainText().startswith("Hi Alex,")


def test_closing_with_a_written_email_asks_first_and_after_sending_does_not(
    window: MainWindow,
) -> None:
    mail_controller(window)
    _application(window)
    dialog = _open(window)
    asked: list[str] = []
    answer = [False]

    def ask(title: str, _text: str) -> bool:
        asked.append(title)
        return answer[0]

    dialog.ask = ask  # type: ignore[method-assign]
    dialog.body.setPlainText("Dear Alex, three careful paragraphs.")
    dialog.reject()  # what Escape and the close button do
    assert dialog.isVisible()
    assert asked == ["Discard this email?"]
    assert dialog.body.toPlainText() == "Dear Alex, three careful paragraphs."

    answer[0] = True
    dialog.reject()
    assert not dialog.isVisible()

    trigger(window, "action_compose_email")
    [untouched] = [d for d in window.findChildren(ComposeDialog) if d.isVisible()]
    untouched.ask = lambda *_args: pytest.fail("nothing was written: no question")  # type: ignore[method-assign]
    untouched.reject()
    assert not untouched.isVisible()


def test_changing_the_template_asks_before_replacing_a_typed_subject(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    mail_controller(window)
    _application(window)
    dialog = _open(window)
    asked: list[str] = []
    dialog.ask = lambda title, _text: asked.append(title) or False  # type: ignore[method-assign]
    dialog.subject.setText("My own careful subject line")
    start = dialog.template.currentIndex()
    dialog.template.setFocus()
    qtbot.keyClick(dialog.template, Qt.Key.Key_Down)
    assert asked == ["Replace your message?"]
    assert dialog.template.currentIndex() == start
    assert dialog.subject.text() == "My own careful subject line"
