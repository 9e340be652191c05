"""Compose starts from the template the application's moment calls for, and every email is
signed from Your details (the name and signature kept once in preferences)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nextmove.domain.accounts import AccountData
from nextmove.domain.application import ApplicationData
from nextmove.domain.contact import ContactData
from nextmove.domain.preferences import KEYS
from nextmove.domain.status import Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.contacts import ContactRepository
from nextmove.storage.outbox import OutgoingDraft
from nextmove.storage.preferences import load_preferences
from nextmove.ui.mail.compose_dialog import ComposeDialog
from nextmove.ui.main_window import MainWindow
from nextmove.ui.wizard.controller import WizardController
from tests.gui.wizard_helpers import add_interviewed_application, click_next, fill_page
from tests.mail.gui_support import mail_controller, trigger
from tests.smtp_server import PASSWORD, USERNAME, SmtpServer

INTERVIEW_SUBJECT = "Thank you for the conversation about the Engineering Manager role"


def _application(window: MainWindow, status: Status, role: str = "Engineering Manager") -> int:
    assert window.context is not None
    database = window.context.database
    app_id = ApplicationRepository(database).add(
        ApplicationData("Acme Robotics", role, status=status, applied_on=date(2026, 10, 1)),
        today=date(2026, 11, 20),
    )
    ContactRepository(database).add(ContactData("Alex Morgan", "alex@acme.example"), link_to=app_id)
    window.reload()
    window.select_application(app_id)
    return app_id


def _compose(window: MainWindow) -> ComposeDialog:
    trigger(window, "action_compose_email")
    [dialog] = [d for d in window.findChildren(ComposeDialog) if d.isVisible()]
    return dialog


def _nameless_account(window: MainWindow, server: SmtpServer, cert: Path) -> int:
    """An account saved without a sender name: only Your details can sign."""
    controller = mail_controller(window)
    account = controller.outbox.accounts.add(
        AccountData("Work", "sam@example.com", server.host, server.port, "starttls", USERNAME,
                    ca_file=str(cert))
    )  # fmt: skip
    controller.outbox.credentials.save(account, PASSWORD)
    return account


@pytest.mark.parametrize(
    ("status", "purpose", "subject"),
    [
        (Status.APPLIED, "follow_up", "Following up on my application for Engineering Manager"),
        (Status.GHOSTED, "follow_up", "Following up on my application for Engineering Manager"),
        (Status.SCREENING, "interview_thanks", INTERVIEW_SUBJECT),
        (Status.INTERVIEWING, "interview_thanks", INTERVIEW_SUBJECT),
        (Status.OFFER, "offer_thanks", "Thank you for the offer, Alex"),
        (Status.REJECTED, "feedback_request", "Feedback on my application to Acme Robotics"),
        (Status.WITHDRAWN, "keep_in_touch", "Keeping in touch"),
        (Status.WISHLIST, "", ""),
        (Status.ACCEPTED, "", ""),
    ],
)
def test_compose_starts_from_the_template_the_status_calls_for(
    window: MainWindow, status: Status, purpose: str, subject: str
) -> None:
    mail_controller(window)
    _application(window, status)
    dialog = _compose(window)
    assert dialog.template.currentData() == purpose
    assert dialog.subject.text() == subject
    if status is Status.REJECTED:
        assert "still very interested" not in dialog.body.toPlainText()


def test_after_a_rejection_a_feedback_request_already_written_is_not_offered_again(
    window: MainWindow,
) -> None:
    controller = mail_controller(window)
    app_id = _application(window, Status.REJECTED)
    controller.outbox.messages.queue(
        OutgoingDraft("feedback_request", "alex@acme.example", "Feedback?", "Hi", app_id)
    )
    dialog = _compose(window)
    assert dialog.template.currentData() == "thank_you"
    assert "still very interested" not in dialog.body.toPlainText()


def test_your_details_sign_compose_without_asking_for_the_name_again(
    window: MainWindow, server: SmtpServer, cert: Path, data_dir: Path
) -> None:
    assert window.context is not None
    settings = window.context.settings
    settings.setValue(KEYS["your_name"], "Jordan Blake")
    settings.setValue(KEYS["signature"], "Jordan Blake\nPortfolio: jordan.example")
    _nameless_account(window, server, cert)
    _application(window, Status.APPLIED)
    dialog = _compose(window)

    assert not dialog.your_name.isVisible()  # the name is known: nothing to ask
    preview = dialog.preview.toPlainText()
    assert preview.startswith("From: Jordan Blake <sam@example.com>")
    assert preview.rstrip().endswith("Best regards,\nJordan Blake\nPortfolio: jordan.example")
    assert dialog.preview_label.text().startswith("Preview — exactly what will be sent")
    dialog.send_button.click()
    [received] = server.received
    content = received.message.get_content().replace("\r\n", "\n")
    assert content.rstrip().endswith("Jordan Blake\nPortfolio: jordan.example")
    assert "{" not in content


def test_a_name_typed_in_the_wizard_signs_compose_minutes_later(
    window: MainWindow, server: SmtpServer, cert: Path, data_dir: Path
) -> None:
    assert window.context is not None
    _nameless_account(window, server, cert)
    app_id = add_interviewed_application(window.context.database)
    wizard = window.findChild(WizardController, "wizard_controller").open_for(app_id)  # type: ignore[union-attr]
    assert wizard is not None
    fill_page(wizard)  # page 1: "Your name" is Alex Kim
    click_next(wizard)
    wizard.close()
    window.context.settings.sync()
    assert load_preferences(data_dir).your_name == "Alex Kim"  # the command line reads it too

    ContactRepository(window.context.database).add(
        ContactData("Sam Rivera", "sam@acme.example"), link_to=app_id
    )
    window.reload()
    window.select_application(app_id)
    dialog = _compose(window)
    assert not dialog.your_name.isVisible()
    assert "{your_name}" not in dialog.preview.toPlainText()
    assert dialog.preview.toPlainText().rstrip().endswith("Alex Kim")
    dialog.send_button.click()
    [received] = server.received
    assert received.message["From"] == "Alex Kim <sam@example.com>"


def test_the_wizard_starts_with_your_details_and_never_overwrites_them(
    window: MainWindow, data_dir: Path
) -> None:
    assert window.context is not None
    settings = window.context.settings
    settings.setValue(KEYS["your_name"], "Jordan Blake")
    settings.setValue(KEYS["signature"], "jordan.example")
    app_id = add_interviewed_application(window.context.database)
    wizard = window.findChild(WizardController, "wizard_controller").open_for(app_id)  # type: ignore[union-attr]
    assert wizard is not None
    page = wizard.currentPage()
    assert page.your_name.text() == "Jordan Blake"  # type: ignore[attr-defined]
    assert wizard.state.rendered("thank_you").body.rstrip().endswith("Jordan Blake\njordan.example")
    page.your_name.setText("J. Blake")  # type: ignore[attr-defined]
    click_next(wizard)
    assert settings.value(KEYS["your_name"]) == "Jordan Blake"  # the stored one stays
    wizard.close()
