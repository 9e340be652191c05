"""Step 6: don't burn your bridges — a gracious thank-you, and dates to reconnect."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from nextmove.domain.recipients import split_addresses
from nextmove.domain.wizard import Step, WizardAnswers, queued_feedback_messages
from nextmove.ui.wizard.message_editor import MessageEditor
from nextmove.ui.wizard.optional_date import OptionalDateEdit
from nextmove.ui.wizard.pages.base import AnswerPage
from nextmove.ui.wizard.state import WizardState

KEEP_IN_TOUCH_AFTER = timedelta(days=90)
REAPPLY_AFTER = timedelta(days=180)


class BridgesPage(AnswerPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(Step.BRIDGES, "page_bridges", state)
        self.setTitle(self.tr("Don't burn your bridges"))
        self.setSubTitle(
            self.tr(
                "A warm, professional thank-you keeps the door open: people remember who "
                "handled a no with grace when the next role comes up."
            )
        )
        self.thank_you = MessageEditor("thank_you_message", self.tr("&Queue this thank-you"))
        self.thank_also = QLineEdit()
        self.thank_also.setObjectName("thank_you_also")
        self.thank_also.setAccessibleName(self.tr("Also thank in the same email"))
        self.thank_also.setPlaceholderText(
            self.tr("The panel's addresses, like ana@company.com, ben@company.com")
        )
        self.keep_in_touch = OptionalDateEdit(self.state.today)
        self.keep_in_touch.setObjectName("keep_in_touch_on")
        self.keep_in_touch.setAccessibleName(self.tr("Keep in touch on"))
        self.reapply_after = OptionalDateEdit(self.state.today)
        self.reapply_after.setObjectName("reapply_after")
        self.reapply_after.setAccessibleName(self.tr("Consider reapplying after"))
        form = QFormLayout()
        form.addRow(self.tr("Also t&hank (same email):"), self.thank_also)
        form.addRow(self.tr("Remind me to &keep in touch on:"), self.keep_in_touch)
        company = state.draft.application.company
        again = QLabel(
            self.tr("Consider {company} &again after:").format(company=company.replace("&", "&&"))
        )
        again.setObjectName("reapply_label")
        again.setTextFormat(Qt.TextFormat.PlainText)
        again.setWordWrap(True)  # a long company name wraps instead of widening the page
        again.setBuddy(self.reapply_after)
        form.addRow(again, self.reapply_after)
        self.one_email = self.hint("")
        self.one_email.setObjectName("thank_you_combined_hint")
        self.body.addWidget(self.one_email)
        self.body.addWidget(self.thank_you)
        self.body.addWidget(self.error_label("thank_you", self.thank_you.body))
        self.body.addLayout(form)
        self.body.addStretch(1)
        self._first_visit = True
        self.thank_you.resetRequested.connect(self._on_thank_you_resetRequested)
        self.thank_also.textChanged.connect(self._on_thank_also_textChanged)

    def load(self, answers: WizardAnswers) -> None:
        self.thank_you.load(answers.thank_you)
        self.thank_also.setText(answers.thank_you_also)
        self.keep_in_touch.set_value(answers.keep_in_touch_on)
        self.reapply_after.set_value(answers.reapply_after)
        self._first_visit = not answers.thank_you.body

    def store(self, answers: WizardAnswers) -> None:
        self.thank_you.store(answers.thank_you)
        answers.thank_you_also = self.thank_also.text().strip()
        answers.keep_in_touch_on = self.keep_in_touch.value()
        answers.reapply_after = self.reapply_after.value()

    def initializePage(self) -> None:
        answers = self.state.answers
        self._on_thank_also_textChanged()
        self.thank_you.fill_in(self.state.values())
        # Several emails to one person in the same minute feel automated: when page 2 already
        # writes to them (and thanks them), this one is offered but not ticked.
        already = bool(answers.contact_email) and bool(queued_feedback_messages(answers))
        self.one_email.setText(
            self.tr(
                "Your feedback email to {name} already thanks them. One email is kinder to "
                "their inbox; tick this only if you also want to send this thank-you."
            ).format(name=answers.contact_name or self.tr("your contact"))
        )
        self.one_email.setVisible(already)
        if self._first_visit:
            self._first_visit = False
            self.thank_you.fill(self.state.rendered("thank_you"))
            self.thank_you.enabled_box.setChecked(bool(answers.contact_email) and not already)
            if answers.contact_name:
                self.keep_in_touch.set_value(self.state.today + KEEP_IN_TOUCH_AFTER)
            self.reapply_after.set_value(self.state.today + REAPPLY_AFTER)

    def _on_thank_also_textChanged(self) -> None:
        contact = self.state.answers.contact_email.strip()
        also = ", ".join(split_addresses(self.thank_also.text()))
        self.thank_you.set_recipient(", ".join(a for a in (contact, also) if a))

    def _on_thank_you_resetRequested(self) -> None:
        self.thank_you.fill(self.state.rendered("thank_you"))
