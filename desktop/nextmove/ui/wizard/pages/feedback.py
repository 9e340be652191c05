"""Step 2: feedback — record it, or draft a request, or ask for specifics; always say thanks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from nextmove.domain.wizard import (
    FEEDBACK_GENERIC,
    FEEDBACK_NONE,
    FEEDBACK_RECEIVED,
    Step,
    WizardAnswers,
)
from nextmove.ui.wizard.message_editor import MessageEditor
from nextmove.ui.wizard.optional_date import OptionalDateEdit
from nextmove.ui.wizard.pages.base import AnswerPage
from nextmove.ui.wizard.state import WizardState


class FeedbackPage(AnswerPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(Step.FEEDBACK, "page_feedback", state)
        self.setTitle(self.tr("Ask for detailed feedback"))
        self.setSubTitle(
            self.tr("The people who decided know best what would make the difference next time.")
        )
        self.choices = QButtonGroup(self)
        self.received = QRadioButton(self.tr("I &received feedback"))
        self.received.setObjectName("feedback_received")
        self.generic = QRadioButton(self.tr("I received feedback, but it was too &general"))
        self.generic.setObjectName("feedback_generic")
        self.none = QRadioButton(self.tr("No feedback &yet"))
        self.none.setObjectName("feedback_none")
        group = QVBoxLayout()
        for button, value in (
            (self.received, FEEDBACK_RECEIVED),
            (self.generic, FEEDBACK_GENERIC),
            (self.none, FEEDBACK_NONE),
        ):
            button.setProperty("value", value)
            self.choices.addButton(button)
            group.addWidget(button)
        self.text = QPlainTextEdit()
        self.text.setObjectName("feedback_text")
        self.text.setAccessibleName(self.tr("Feedback received"))
        self.text.setPlaceholderText(self.tr("What did they say?"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        self.received_on = OptionalDateEdit(self.state.today)
        self.received_on.setObjectName("feedback_received_on")
        self.received_on.setAccessibleName(self.tr("Feedback received on"))
        self.requested_on = OptionalDateEdit(self.state.today)
        self.requested_on.setObjectName("feedback_requested_on")
        self.requested_on.setAccessibleName(self.tr("Feedback asked for on"))
        self._received_form = QFormLayout()
        self._received_form.addRow(self.tr("&What they said:"), self.text)
        self._received_form.addRow("", self.error_label("feedback_text", self.text))
        self._received_form.addRow(self.tr("Rece&ived on:"), self.received_on)
        self._received_form.addRow(self.tr("You h&ad asked on:"), self.requested_on)

        self.request = MessageEditor("request_message", self.tr("&Queue this email"))
        self.thanks = MessageEditor(
            "thanks_message", self.tr("&Queue a thank-you for their feedback, even if you disagree")
        )
        self._request_title = QLabel()
        self._request_title.setStyleSheet("font-weight: 600;")

        self.body.addLayout(group)
        self.body.addWidget(self.error_label("feedback_status", self.received))
        self.body.addLayout(self._received_form)
        self.body.addWidget(self._request_title)
        self.body.addWidget(self.request)
        self.body.addWidget(self.thanks)
        self.body.addWidget(self.error_label("request", self.request.body))
        self.body.addStretch(1)

        self.choices.buttonToggled.connect(self._on_choices_buttonToggled)
        self.request.resetRequested.connect(self._on_request_resetRequested)
        self.thanks.resetRequested.connect(self._on_thanks_resetRequested)

    def _status(self) -> str:
        button = self.choices.checkedButton()
        return str(button.property("value")) if button is not None else ""

    def load(self, answers: WizardAnswers) -> None:
        for button in self.choices.buttons():
            button.setChecked(button.property("value") == answers.feedback_status)
        self.text.setPlainText(answers.feedback_text)
        self.received_on.set_value(answers.feedback_received_on)
        self.requested_on.set_value(answers.feedback_requested_on)
        self.request.load(answers.request)
        self.thanks.load(answers.thanks)
        self._update()

    def store(self, answers: WizardAnswers) -> None:
        answers.feedback_status = self._status()
        answers.feedback_text = self.text.toPlainText()
        answers.feedback_received_on = self.received_on.value()
        answers.feedback_requested_on = self.requested_on.value()
        self.request.store(answers.request)
        self.thanks.store(answers.thanks)

    def initializePage(self) -> None:
        to = self.state.answers.contact_email
        self.request.set_recipient(to)
        self.thanks.set_recipient(to)
        values = self.state.values()
        self.request.fill_in(values)
        self.thanks.fill_in(values)
        if self.thanks.is_empty():
            # Thanking them is always right, even for feedback one disagrees with.
            self.thanks.fill(self.state.rendered("thanks_for_feedback"))
            self.thanks.enabled_box.setChecked(bool(to))
        self._update()

    def _update(self) -> None:
        status = self._status()
        heard = status in (FEEDBACK_RECEIVED, FEEDBACK_GENERIC)
        for row in range(self._received_form.rowCount()):
            self._received_form.setRowVisible(row, heard)
        self._sync_error_row()
        wants_request = status in (FEEDBACK_NONE, FEEDBACK_GENERIC)
        purpose = "ask_specifics" if status == FEEDBACK_GENERIC else "feedback_request"
        if wants_request and (self.request.is_empty() or self.request.purpose != purpose):
            self.request.fill(self.state.rendered(purpose))
            self.request.enabled_box.setChecked(bool(self.state.answers.contact_email))
        self._request_title.setText(
            self.tr("Ask for specifics, saying you want to learn and grow")
            if status == FEEDBACK_GENERIC
            else self.tr("Draft a request for feedback")
        )
        self._request_title.setVisible(wants_request)
        self.request.setVisible(wants_request)
        # Asking for specifics already thanks them: one email, not two, to the same person.
        self.thanks.setVisible(status == FEEDBACK_RECEIVED)
        if heard and self.received_on.value() is None:
            self.received_on.set_value(self.state.today)

    def _sync_error_row(self) -> None:
        """Keep the feedback-text message row hidden unless it carries a message."""
        label = self._errors["feedback_text"]
        label.setVisible(bool(label.text()) and self._status() != FEEDBACK_NONE)

    def _on_choices_buttonToggled(self, button: object, checked: bool) -> None:
        del button
        if checked:
            self._update()

    def _on_request_resetRequested(self) -> None:
        purpose = "ask_specifics" if self._status() == FEEDBACK_GENERIC else "feedback_request"
        self.request.fill(self.state.rendered(purpose))

    def _on_thanks_resetRequested(self) -> None:
        self.thanks.fill(self.state.rendered("thanks_for_feedback"))
