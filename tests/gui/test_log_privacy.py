"""What the log may hold: after sending mail (one refused, one accepted), a whole wizard and a
CSV import, with DEBUG on, the log holds the start line and the failure, and not one password,
token, message body or email address."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from nextmove import logs
from nextmove.storage.outbox import OutgoingDraft
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.csv_actions import CsvActions
from nextmove.ui.wizard.controller import WizardController
from tests.gui.wizard_helpers import add_interviewed_application, drive_to
from tests.log_capture import log_into
from tests.mail.gui_support import add_account, mail_controller, trigger
from tests.smtp_server import PASSWORD, SmtpServer

DATA = Path(__file__).parent.parent / "data"
BODY = "Thank you for the call on Tuesday, it meant a lot"
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@pytest.mark.parametrize("keyring", ["secret_service"], indirect=True)
def test_nothing_private_reaches_the_log(
    window: MainWindow, server: SmtpServer, cert: Path, tmp_path: Path, qtbot: Any
) -> None:
    with log_into(tmp_path / "log", verbose=True) as log_file:
        logs.log_start("test", tmp_path / "data")
        controller = mail_controller(window)
        account = add_account(controller, server, cert)
        controller.outbox.queue(
            OutgoingDraft("thank_you", "ann.lee@example.org", "Thanks, Ann", BODY,
                          account_id=account)
        )  # fmt: skip
        trigger(window, "action_send_queued")
        assert [r.message["To"] for r in server.received] == ["ann.lee@example.org"]

        # A refused password: the failure is logged (and only its shape).
        controller.outbox.credentials.save(account, "wrong " + PASSWORD)
        controller.outbox.queue(
            OutgoingDraft("thank_you", "bo@example.org", "Thanks, Bo", BODY, account_id=account)
        )
        trigger(window, "action_send_queued")

        database = window.context.database  # type: ignore[union-attr]
        wizard = window.findChild(WizardController, "wizard_controller").open_for(
            add_interviewed_application(database)
        )
        drive_to(wizard, 8)
        with qtbot.waitSignal(wizard.reflectionFinished, timeout=3000):
            wizard.button(QWizard.WizardButton.FinishButton).click()

        actions = window.findChild(CsvActions, "csv_actions")
        actions.choose_import_path = lambda _folder: DATA / "applications_semicolon_bom.csv"
        window.action("action_import_csv").trigger()
        actions.dialog.import_button.click()
        assert window.model.rowCount() >= 4

        logs.log.debug("sending to %s with password=%s", "ann.lee@example.org", PASSWORD)
    text = log_file.read_text(encoding="utf-8")
    assert "Next Move test starting" in text
    assert ADDRESS.findall(text) == []
    assert PASSWORD not in text
    assert "horse" not in text
    assert BODY not in text
    assert "Tuesday" not in text
    assert "Acme GmbH" not in text  # nor what was imported
