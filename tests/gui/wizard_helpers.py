"""Driving the rejection wizard the way a person would, shared by the GUI and e2e tests."""

from __future__ import annotations

import socket
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.database import Database
from nextmove.ui.wizard.wizard import RejectionWizard

JOB_DESCRIPTION = "We need SQL, Python and a knack for telling stories with data."


def add_interviewed_application(database: Database, company: str = "Acme") -> int:
    repo = ApplicationRepository(database)
    app_id = repo.add(
        ApplicationData(
            company,
            "Data Analyst",
            status=Status.APPLIED,
            applied_on=date(2026, 10, 1),
            job_description=JOB_DESCRIPTION,
        ),
        today=date(2026, 10, 1),
    )
    repo.add_event(app_id, EventKind.SCREEN, date(2026, 10, 5))
    repo.add_event(app_id, EventKind.INTERVIEW, date(2026, 10, 12))
    return app_id


def click_next(wizard: RejectionWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    button.click()
    QApplication.processEvents()


def fill_page(wizard: RejectionWizard, qtbot: Any = None) -> None:
    """Answer the page on show with fixed, recognisable answers."""
    page: Any = wizard.currentPage()
    step = wizard.currentId()
    if step == 1:
        page.how_heard.setFocus()
        page.how_heard.setCurrentIndex(page.how_heard.findData("Email"))
        page.reason.setPlainText("They chose someone with more SQL experience.")
        page.contact_name.setText("Sam Rivera")
        page.contact_email.setText("sam@acme.example")
        page.your_name.setText("Alex Kim")
    elif step == 2:
        page.none.setChecked(True)
    elif step == 3:
        stages = page.stage_list
        wizard.findChild(object, "stage_score_0").setValue(5)
        wizard.findChild(object, "stage_score_3").setValue(1)
        wizard.findChild(object, "stage_note_3").setText("Froze on the SQL question")
        assert stages.stages()[3].score == 1
    elif step == 4:
        page.excitement.setValue(4)
        page.went_well.setPlainText("Rapport with the team")
        page.similar.setChecked(True)
    elif step == 5:
        goal = page.goal_list.goals()
        assert goal, "a learning goal is suggested from the lowest stage"
    elif step == 7:
        page.boxes["Timing"].setChecked(True)
    elif step == 8:
        page.add_new.click()
        wizard.findChild(object, "expert_name_0").setText("Morgan Lee")
        wizard.findChild(object, "expert_email_0").setText("morgan@mentors.example")
    QApplication.processEvents()


def drive_to(wizard: RejectionWizard, last_step: int) -> None:
    """Answer every page up to `last_step` and press Next after each."""
    while wizard.currentId() <= last_step and wizard.currentId() != 9:
        before = wizard.currentId()
        fill_page(wizard)
        click_next(wizard)
        assert wizard.currentId() == before + 1, f"stuck on page {before}"


def forbid_network(monkeypatch: Any) -> list[str]:
    """Make every outgoing connection fail loudly; returns the attempts seen."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args))
        raise OSError("network is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def key(widget: Any, qt_key: Qt.Key) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, qt_key)
