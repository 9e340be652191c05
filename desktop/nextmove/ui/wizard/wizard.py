"""The rejection wizard: nine pages, a draft saved whenever a page is left, Finish in one go.

The pages edit one `WizardAnswers`; this class decides when to save it (page change, close)
and hands it to the service on Finish. It never touches the network.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from nextmove.domain.wizard import Step
from nextmove.storage.reflections import (
    AlreadyFinishedError,
    FinishResult,
    IncompleteAnswersError,
    ReflectionNotFoundError,
)
from nextmove.ui import palette
from nextmove.ui.wizard.alt_keys import AltLetterGuard
from nextmove.ui.wizard.pages.base import AnswerPage
from nextmove.ui.wizard.pages.beyond_control import BeyondControlPage
from nextmove.ui.wizard.pages.bridges import BridgesPage
from nextmove.ui.wizard.pages.experts import ExpertsPage
from nextmove.ui.wizard.pages.feedback import FeedbackPage
from nextmove.ui.wizard.pages.next_move import NextMovePage
from nextmove.ui.wizard.pages.reflect import ReflectPage
from nextmove.ui.wizard.pages.step_back import StepBackPage
from nextmove.ui.wizard.pages.upskill import UpskillPage
from nextmove.ui.wizard.pages.what_happened import WhatHappenedPage
from nextmove.ui.wizard.screen_fit import fit_to_screen
from nextmove.ui.wizard.state import WizardState
from nextmove.ui.wizard.wizard_steps import WizardSteps

PAGES: tuple[Callable[[WizardState], AnswerPage], ...] = (
    WhatHappenedPage,
    FeedbackPage,
    ReflectPage,
    StepBackPage,
    UpskillPage,
    BridgesPage,
    BeyondControlPage,
    ExpertsPage,
    NextMovePage,
)


PREFERRED = QSize(1000, 800)
MINIMUM = QSize(560, 420)


class RejectionWizard(QWizard):
    # Finish succeeded: (reflection id, application id).
    reflectionFinished = Signal(int, int)
    # A draft was written (after leaving a page or closing): the step it will resume on.
    draftSaved = Signal(int)

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("rejection_wizard")
        self.setAccessibleName(self.tr("Handle a rejection"))
        app = state.draft.application
        self.setWindowTitle(
            self.tr("Handle rejection — {role} at {company}").format(
                role=app.role, company=app.company
            )
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Save and Close"))
        self._alt_guard = AltLetterGuard(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._finished = False
        # What Finish wrote (the controller makes it one step on the window's undo stack).
        self.finish_result: FinishResult | None = None
        self._resuming = False
        self._shown: int = -1
        self.pages: dict[Step, AnswerPage] = {}
        for page_class in PAGES:
            page = page_class(state)
            page.setAccessibleName(page.title())
            self.setPage(int(page.step), page)
            self.pages[page.step] = page
        for page in self.pages.values():
            page.load(state.answers)
            page.fill_height()
        self.steps = WizardSteps([page.title() for page in self.pages.values()])
        self.setSideWidget(self.steps)
        # Escape first says where the draft waits; a second Escape closes.
        self.close_note = QLabel()
        self.close_note.setObjectName("wizard_close_note")
        self.close_note.setTextFormat(Qt.TextFormat.PlainText)
        self.close_note.setWordWrap(True)
        self.close_note.hide()
        self.steps.add_note(self.close_note)
        self.finish_error = QLabel()
        self.finish_error.setObjectName("finish_error")
        self.finish_error.setTextFormat(Qt.TextFormat.PlainText)
        self.finish_error.setWordWrap(True)
        palette.text_colour(self.finish_error, "error")
        self.finish_error.hide()
        self.pages[Step.NEXT_MOVE].body.addWidget(self.finish_error)
        self.currentIdChanged.connect(self._on_self_currentIdChanged)
        self._resume_at(state.draft.step)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Open at a comfortable size that still fits the screen, buttons included: the pages
        scroll, so a small laptop screen gets a smaller wizard rather than hidden buttons."""
        fit_to_screen(self, PREFERRED, MINIMUM)

    @property
    def reflection_id(self) -> int:
        return self.state.draft.reflection_id

    def _resume_at(self, step: Step) -> None:
        """Walk forward to the page the draft was left on (earlier pages were all valid).

        Nothing is saved on the way: the draft already says where it stands, and saving page 1
        here would make a crash right after reopening resume on the wrong page."""
        self._resuming = True
        try:
            self.restart()
            while self.currentId() < int(step):
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self._resuming = False
        self._shown = self.currentId()

    def save_draft(self) -> None:
        """Copy the shown page into the answers and store the draft on the shown page."""
        if self._finished:
            return
        current = self.currentId()
        if current in (-1,):
            return
        self.pages[Step(current)].store(self.state.answers)
        if self.state.service.save_draft(self.reflection_id, Step(current), self.state.answers):
            self.draftSaved.emit(current)

    def _on_self_currentIdChanged(self, new_id: int) -> None:
        if new_id != -1:
            self.steps.set_current(new_id)
        if self._resuming or new_id == -1:
            self._shown = new_id
            return
        left = self._shown
        self._shown = new_id
        if left != -1 and Step(left) in self.pages:
            self.pages[Step(left)].store(self.state.answers)
        if self.state.service.save_draft(self.reflection_id, Step(new_id), self.state.answers):
            self.draftSaved.emit(new_id)

    def accept(self) -> None:
        """Finish: everything in one transaction; on a problem stay open and say what."""
        self.pages[Step.NEXT_MOVE].store(self.state.answers)
        try:
            result = self.state.service.finish(
                self.reflection_id, self.state.answers, self.state.today
            )
        except IncompleteAnswersError as error:
            self.finish_error.setText(
                self.tr("Page {page} needs an answer first: {detail}").format(
                    page=int(error.step), detail="; ".join(error.errors.values())
                )
            )
            self.finish_error.show()
            return
        except ReflectionNotFoundError:
            self.finish_error.setText(
                self.tr("This application was deleted, so the reflection cannot be saved.")
            )
            self.finish_error.show()
            return
        except AlreadyFinishedError:
            self._finished = True
            super().accept()
            return
        self._finished = True
        self.finish_result = result
        self.reflectionFinished.emit(result.reflection_id, result.application_id)
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape: the first press saves and says where the draft waits, the second closes
        (Save and Close and the window's close button close at once)."""
        if event.key() == Qt.Key.Key_Escape and not self.close_note.isVisible():
            self.save_draft()
            self.close_note.setText(
                self.tr(
                    "Your answers are saved as a draft. Resume it any time from "
                    "Reflect ▸ Reflections…\n\nPress Escape again to close."
                )
            )
            self.close_note.show()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Cancel or Escape: keep the draft so the person can come back."""
        self.save_draft()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_draft()
        super().closeEvent(event)
