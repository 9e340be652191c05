"""The wizard's "thank the panel" and "experts" steps can write one email to several people."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from nextmove.storage.models.mail import OutboxMessage
from nextmove.ui.main_window import MainWindow
from nextmove.ui.wizard.controller import WizardController
from tests.gui.wizard_helpers import add_interviewed_application, click_next, drive_to, fill_page


def test_one_thank_you_to_the_panel_and_one_email_to_all_the_experts(
    window: MainWindow, qtbot: Any
) -> None:
    database = window.context.database  # type: ignore[union-attr]
    app_id = add_interviewed_application(database)
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    wizard = controller.open_for(app_id)
    assert wizard is not None
    drive_to(wizard, 5)
    assert wizard.currentId() == 6
    page: Any = wizard.currentPage()
    page.thank_you.enabled_box.setChecked(True)
    also = wizard.findChild(object, "thank_you_also")
    also.setText("ana@acme.example; ben@")
    click_next(wizard)
    assert wizard.currentId() == 6  # each address is checked
    also.setText("ana@acme.example, ben@acme.example")
    assert page.thank_you.to_label.text() == (
        "sam@acme.example, ana@acme.example, ben@acme.example"
    )
    click_next(wizard)
    fill_page(wizard)
    click_next(wizard)
    assert wizard.currentId() == 8
    fill_page(wizard)  # Morgan Lee
    page = wizard.currentPage()
    page.add_new.click()
    wizard.findChild(object, "expert_name_1").setText("Riley Chen")
    wizard.findChild(object, "expert_email_1").setText("riley@advisers.example")
    wizard.findChild(object, "experts_one_message").setChecked(True)
    click_next(wizard)
    assert wizard.currentId() == 9
    with qtbot.waitSignal(wizard.reflectionFinished, timeout=2000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    with database.sessions() as session:
        messages = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
        by_purpose = {m.purpose: m for m in messages}
        experts = [m for m in messages if m.purpose == "experts"]
        assert len(experts) == 1
        assert experts[0].to_address == "morgan@mentors.example, riley@advisers.example"
        assert experts[0].body.startswith("Hi Morgan and Riley,")
        thanks = by_purpose["thank_you"]
        assert thanks.to_address == "sam@acme.example, ana@acme.example, ben@acme.example"
