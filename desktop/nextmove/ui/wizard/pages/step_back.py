"""Step 4: a step back — was it the right role, for the right reasons? Then decide."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from nextmove.domain.wizard import DECISION_ADJUST, DECISION_SIMILAR, Step, WizardAnswers
from nextmove.ui.wizard.pages.base import AnswerPage
from nextmove.ui.wizard.score_buttons import ScoreButtons, how_much
from nextmove.ui.wizard.state import WizardState


def _text_box(name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(70)
    return box


class StepBackPage(AnswerPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(Step.STEP_BACK, "page_step_back", state)
        self.setTitle(self.tr("Take a step back"))
        self.setSubTitle(
            self.tr("Was this role really right for you? Your answer shapes where you look next.")
        )
        self.right_reasons = QComboBox()
        self.right_reasons.setObjectName("right_reasons")
        self.right_reasons.setAccessibleName(self.tr("Applied for the right reasons"))
        for text, value in (
            (self.tr("Not sure yet"), ""),
            (self.tr("Yes"), "yes"),
            (self.tr("Partly"), "partly"),
            (self.tr("No"), "no"),
        ):
            self.right_reasons.addItem(text, value)
        self.excitement = ScoreButtons(how_much())
        self.excitement.setObjectName("excitement")
        self.excitement.setAccessibleName(self.tr("How much it excited you"))
        self.values_fit = _text_box(
            "values_fit",
            self.tr("Values and skills"),
            self.tr("Which of your values and skills matched the job description, and which not?"),
        )
        self.went_well = _text_box("went_well", self.tr("What went well"), "")
        self.could_improve = _text_box("could_improve", self.tr("What could be better"), "")
        self.job_description = QPlainTextEdit()
        self.job_description.setObjectName("job_description_view")
        self.job_description.setAccessibleName(self.tr("Saved job description"))
        self.job_description.setReadOnly(True)
        self.job_description.setMaximumHeight(120)
        text = state.draft.application.job_description.strip()
        self.job_description.setPlainText(
            text or self.tr("No job description was saved with this application.")
        )
        self.decision = QButtonGroup(self)
        self.similar = QRadioButton(self.tr("It was right for me: keep looking for si&milar roles"))
        self.similar.setObjectName("decision_similar")
        self.adjust = QRadioButton(self.tr("&Adjust my direction"))
        self.adjust.setObjectName("decision_adjust")
        decisions = QVBoxLayout()
        for button, value in ((self.similar, DECISION_SIMILAR), (self.adjust, DECISION_ADJUST)):
            button.setProperty("value", value)
            self.decision.addButton(button)
            decisions.addWidget(button)

        form = QFormLayout()
        # On a small screen the questions go above their answers rather than off the side.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Did you apply for the &right reasons?"), self.right_reasons)
        form.addRow(self.tr("How much did it e&xcite you?"), self.excitement)
        saved = QLabel(self.tr("The &job description you saved:"))
        saved.setBuddy(self.job_description)
        form.addRow(saved)
        form.addRow(self.job_description)
        form.addRow(self.tr("&Values and skills:"), self.values_fit)
        form.addRow(self.tr("What went &well:"), self.went_well)
        form.addRow(self.tr("What &could be better:"), self.could_improve)
        form.addRow(self.tr("How do you want to go on?"), decisions)
        form.addRow("", self.error_label("decision", self.similar))
        self.body.addLayout(form)
        self.body.addStretch(1)

    def load(self, answers: WizardAnswers) -> None:
        self.right_reasons.setCurrentIndex(
            max(0, self.right_reasons.findData(answers.right_reasons))
        )
        self.excitement.setValue(answers.excitement)
        self.values_fit.setPlainText(answers.values_fit)
        self.went_well.setPlainText(answers.went_well)
        self.could_improve.setPlainText(answers.could_improve)
        for button in self.decision.buttons():
            button.setChecked(button.property("value") == answers.decision)

    def store(self, answers: WizardAnswers) -> None:
        answers.right_reasons = str(self.right_reasons.currentData() or "")
        answers.excitement = self.excitement.value()
        answers.values_fit = self.values_fit.toPlainText()
        answers.went_well = self.went_well.toPlainText()
        answers.could_improve = self.could_improve.toPlainText()
        checked = self.decision.checkedButton()
        answers.decision = str(checked.property("value")) if checked is not None else ""
