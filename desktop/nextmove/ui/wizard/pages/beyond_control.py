"""Step 7: what was outside your hands, and a reminder that a no is not a verdict on you."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPlainTextEdit, QVBoxLayout

from nextmove.domain.wizard import BEYOND_CONTROL_FACTORS, Step, WizardAnswers
from nextmove.ui import palette
from nextmove.ui.labels import tr_label
from nextmove.ui.wizard.pages.base import AnswerPage
from nextmove.ui.wizard.state import WizardState


class BeyondControlPage(AnswerPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(Step.BEYOND_CONTROL, "page_beyond_control", state)
        self.setTitle(self.tr("Sometimes it's beyond your control"))
        self.setSubTitle(self.tr("Tick anything that played a part and was not yours to change."))
        self.boxes: dict[str, QCheckBox] = {}
        for index, factor in enumerate(BEYOND_CONTROL_FACTORS):
            box = QCheckBox(tr_label(factor))
            box.setObjectName(f"factor_{index}")
            self.boxes[factor] = box
            self.body.addWidget(box)
        self.note = QPlainTextEdit()
        self.note.setObjectName("factors_note")
        self.note.setAccessibleName(self.tr("Anything else outside your control"))
        self.note.setPlaceholderText(self.tr("Anything else that was outside your hands"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.body.addWidget(self.note)
        reminder = QLabel(
            self.tr(
                "A rejection is a decision about one role, on one day, among the people who "
                "happened to apply. It says nothing final about your worth or what you can do. "
                "Let this one go, and put your energy where you have a say: your next move."
            )
        )
        reminder.setObjectName("kind_reminder")
        reminder.setTextFormat(Qt.TextFormat.PlainText)
        reminder.setWordWrap(True)
        frame = QFrame()
        frame.setObjectName("kind_reminder_frame")
        palette.styled(
            frame,
            "#kind_reminder_frame {{ background: {kind_background}; border-radius: 6px; }}"
            " #kind_reminder {{ color: {kind_text}; }}",
        )
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(12, 10, 12, 10)
        frame_layout.addWidget(reminder)
        self.body.addSpacing(12)
        self.body.addWidget(frame)
        self.body.addStretch(1)

    def load(self, answers: WizardAnswers) -> None:
        for factor, box in self.boxes.items():
            box.setChecked(factor in answers.factors)
        self.note.setPlainText(answers.factors_note)

    def store(self, answers: WizardAnswers) -> None:
        answers.factors = [f for f, box in self.boxes.items() if box.isChecked()]
        answers.factors_note = self.note.toPlainText()
