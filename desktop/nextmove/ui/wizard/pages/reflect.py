"""Step 3: every stage rated 1-5, with what to celebrate and what to improve, live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from nextmove.domain.wizard import Step, WizardAnswers, add_implied_stages, celebrate, improve
from nextmove.ui.wizard.pages.base import AnswerPage
from nextmove.ui.wizard.stage_list import StageList, stage_text
from nextmove.ui.wizard.state import WizardState


class ReflectPage(AnswerPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(Step.REFLECT, "page_reflect", state)
        self.setTitle(self.tr("Reflect on each stage"))
        self.setSubTitle(
            self.tr(
                "Go through the process one stage at a time and score yourself honestly: "
                "1 is rough, 5 is your best. Add or remove stages so the list matches "
                "what really happened."
            )
        )
        self.stage_list = StageList()
        self.celebrate = QLabel()
        self.celebrate.setObjectName("celebrate_list")
        self.improve = QLabel()
        self.improve.setObjectName("improve_list")
        columns = QHBoxLayout()
        for title, label in (
            (self.tr("Celebrate and repeat"), self.celebrate),
            (self.tr("Worth improving"), self.improve),
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setAccessibleName(title)
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(label)
            columns.addWidget(box)
        self.body.addWidget(self.stage_list)
        self.body.addWidget(self.error_label("stages", self.stage_list))
        self.body.addLayout(columns)
        self.body.addStretch(1)
        self._reached = ""
        self.stage_list.changed.connect(self._on_stage_list_changed)

    def load(self, answers: WizardAnswers) -> None:
        self.stage_list.set_stages(answers.stages)
        self._reached = answers.stage_reached

    def initializePage(self) -> None:
        """A changed "How far did you get" on page 1 adds the stages it implies."""
        reached = self.state.answers.stage_reached
        if reached == self._reached:
            return
        self._reached = reached
        stages = self.stage_list.stages()
        merged = add_implied_stages(stages, reached)
        if len(merged) != len(stages):
            self.stage_list.set_stages(merged)

    def store(self, answers: WizardAnswers) -> None:
        answers.stages = self.stage_list.stages()

    def _on_stage_list_changed(self) -> None:
        stages = self.stage_list.stages()
        good = [f"• {stage_text(s.stage)} ({s.score}/5)" for s in celebrate(stages)]
        low = [f"• {stage_text(s.stage)} ({s.score}/5)" for s in improve(stages)]
        self.celebrate.setText("\n".join(good) or self.tr("Score a stage 4 or 5 to see it here."))
        if low:
            self.improve.setText("\n".join(low))
        elif any(s.rated for s in stages):
            self.improve.setText(self.tr("Nothing stands out. Well done."))
        else:
            # Praise before a single score would ring hollow.
            self.improve.setText(self.tr("Score a stage to see what is worth working on."))
