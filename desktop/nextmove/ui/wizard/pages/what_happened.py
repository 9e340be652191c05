"""Step 1: what happened — when and how the news came, how far it went, who told you."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from nextmove.domain.wizard import HOW_HEARD, Step, WizardAnswers
from nextmove.domain.wizard_checks import address_problem
from nextmove.ui.labels import QT_TRANSLATE_NOOP, tr_label
from nextmove.ui.widgets.date_field import DateField
from nextmove.ui.wizard.pages.base import AnswerPage
from nextmove.ui.wizard.state import WizardState

STAGES = (
    QT_TRANSLATE_NOOP("WhatHappenedPage", "Application"),
    QT_TRANSLATE_NOOP("WhatHappenedPage", "Screening call"),
    QT_TRANSLATE_NOOP("WhatHappenedPage", "Assessment"),
    QT_TRANSLATE_NOOP("WhatHappenedPage", "Interview round 1"),
    QT_TRANSLATE_NOOP("WhatHappenedPage", "Interview round 2"),
    QT_TRANSLATE_NOOP("WhatHappenedPage", "Interview round 3"),
    QT_TRANSLATE_NOOP("WhatHappenedPage", "Offer"),
)


class WhatHappenedPage(AnswerPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(Step.WHAT_HAPPENED, "page_what_happened", state)
        self.setTitle(self.tr("What happened"))
        self.setSubTitle(
            self.tr("Start with the facts. It helps to put them down while they are fresh.")
        )
        app = state.draft.application
        heading = QLabel(self.tr("{role} at {company}").format(role=app.role, company=app.company))
        heading.setObjectName("wizard_application")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)  # a long role name wraps instead of widening the page
        heading.setStyleSheet("font-weight: 600; font-size: 13pt;")

        self.rejected_on = DateField(
            state.today,
            optional=False,
            maximum=state.today,
            maximum_message=self.tr("You cannot have heard back in the future."),
        )
        self.rejected_on.setObjectName("rejected_on")
        self.rejected_on.setAccessibleName(self.tr("When you heard back"))
        self.how_heard = QComboBox()
        self.how_heard.setObjectName("how_heard")
        self.how_heard.setAccessibleName(self.tr("How the news came"))
        self.how_heard.addItem(self.tr("Choose…"), "")
        for way in HOW_HEARD:
            self.how_heard.addItem(tr_label(way), way)
        self.stage_reached = QComboBox()
        self.stage_reached.setObjectName("stage_reached")
        self.stage_reached.setAccessibleName(self.tr("Stage reached"))
        self.stage_reached.setEditable(True)
        for stage in STAGES:  # shown translated, kept in English (the rules read it)
            self.stage_reached.addItem(self.tr(stage), stage)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Reason given"))
        self.reason.setPlaceholderText(self.tr("Their words, if they gave a reason (optional)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.contact = QComboBox()
        self.contact.setObjectName("contact_choice")
        self.contact.setAccessibleName(self.tr("Who told you"))
        for choice in state.draft.contacts:
            self.contact.addItem(choice.name, choice.id)
        self.contact.addItem(self.tr("Someone else"), None)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("contact_name")
        self.contact_name.setAccessibleName(self.tr("Contact name"))
        self.contact_name.setPlaceholderText(self.tr("Their name"))
        self.contact_email = QLineEdit()
        self.contact_email.setObjectName("contact_email")
        self.contact_email.setAccessibleName(self.tr("Contact email"))
        self.contact_email.setPlaceholderText(self.tr("name@company.com (for the emails)"))
        self.your_name = QLineEdit()
        self.your_name.setObjectName("your_name")
        self.your_name.setAccessibleName(self.tr("Your name"))
        self.your_name.setPlaceholderText(self.tr("How you sign your emails"))

        form = QFormLayout()
        form.addRow(heading)
        form.addRow(self.tr("When did you &hear back?"), self.rejected_on)
        form.addRow("", self.error_label("rejected_on", self.rejected_on))
        form.addRow(self.tr("How did the news &come?"), self.how_heard)
        form.addRow("", self.error_label("how_heard", self.how_heard))
        form.addRow(self.tr("How &far did you get?"), self.stage_reached)
        form.addRow(self.tr("&Reason given:"), self.reason)
        form.addRow(self.tr("&Who told you?"), self.contact)
        form.addRow(self.tr("Na&me:"), self.contact_name)
        form.addRow(self.tr("&Email:"), self.contact_email)
        form.addRow("", self.error_label("contact_email", self.contact_email))
        form.addRow(self.tr("&Your name:"), self.your_name)
        form.addRow("", self.error_label("your_name", self.your_name))
        self.body.addLayout(form)
        self.body.addStretch(1)

        self.contact.activated.connect(self._on_contact_activated)
        self.how_heard.currentIndexChanged.connect(self._on_field_changed)
        self.contact_email.textEdited.connect(self._on_field_changed)
        self.your_name.textEdited.connect(self._on_field_changed)

    def load(self, answers: WizardAnswers) -> None:
        self.rejected_on.set_value(answers.rejected_on or self.state.today)
        self.how_heard.setCurrentIndex(max(0, self.how_heard.findData(answers.how_heard)))
        known = self.stage_reached.findData(answers.stage_reached)
        if known >= 0:
            self.stage_reached.setCurrentIndex(known)
        else:
            self.stage_reached.setCurrentText(answers.stage_reached)
        self.reason.setPlainText(answers.reason)
        index = self.contact.findData(answers.contact_id) if answers.contact_id else -1
        self.contact.setCurrentIndex(index if index >= 0 else self.contact.count() - 1)
        self.contact_name.setText(answers.contact_name)
        self.contact_email.setText(answers.contact_email)
        self.your_name.setText(answers.your_name)

    def store(self, answers: WizardAnswers) -> None:
        answers.rejected_on = self.rejected_on.value() or self.state.today
        answers.how_heard = str(self.how_heard.currentData() or "")
        typed = self.stage_reached.currentText().strip()
        offered = self.stage_reached.findText(typed)
        answers.stage_reached = str(self.stage_reached.itemData(offered)) if offered >= 0 else typed
        answers.reason = self.reason.toPlainText()
        contact_id = self.contact.currentData()
        answers.contact_id = int(contact_id) if contact_id is not None else None
        answers.contact_name = self.contact_name.text().strip()
        answers.contact_email = self.contact_email.text().strip()
        answers.your_name = self.your_name.text().strip()

    def _on_contact_activated(self, index: int) -> None:
        contact_id = self.contact.itemData(index)
        for choice in self.state.draft.contacts:
            if choice.id == contact_id:
                self.contact_name.setText(choice.name)
                self.contact_email.setText(choice.email)
                return
        self.contact_name.clear()
        self.contact_email.clear()

    def _on_field_changed(self) -> None:
        """A message next to a field goes away once that field is answered."""
        if self.how_heard.currentData():
            self._errors["how_heard"].hide()
        if self.your_name.text().strip() or not self.contact_email.text().strip():
            self._errors["your_name"].hide()
        email = self.contact_email.text().strip()
        if not email or address_problem(email) is None:
            self._errors["contact_email"].hide()  # corrected: the message goes as it is fixed
