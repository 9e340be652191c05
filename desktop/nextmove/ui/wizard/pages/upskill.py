"""Step 5: turn what to improve into learning goals, starting from the lowest-rated stage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from nextmove.domain.wizard import GoalAnswer, Step, WizardAnswers, suggest_goals
from nextmove.ui.wizard.goal_list import GoalList
from nextmove.ui.wizard.pages.base import AnswerPage
from nextmove.ui.wizard.state import WizardState


class UpskillPage(AnswerPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(Step.UPSKILL, "page_upskill", state)
        self.setTitle(self.tr("Upskill"))
        self.setSubTitle(
            self.tr(
                "Every rejection points at something you can grow. Pick a skill, a course or a "
                "certification, and give yourself a date."
            )
        )
        self.suggestion = QLabel()
        self.suggestion.setObjectName("goal_suggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.goal_list = GoalList()
        self.add_button = QPushButton(self.tr("&Add a learning goal"))
        self.add_button.setObjectName("add_goal")
        self.suggest_button = QPushButton(self.tr("Add the su&ggestion"))
        self.suggest_button.setObjectName("add_suggested_goal")
        self.suggest_why = self.hint("")
        self.suggest_why.setObjectName("suggestion_unavailable")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.suggest_button)
        buttons.addStretch(1)
        self.body.addWidget(self.suggestion)
        self.body.addWidget(self.goal_list)
        self.body.addWidget(self.error_label("goals", self.goal_list))
        self.body.addLayout(buttons)
        self.body.addWidget(self.suggest_why)
        self.body.addStretch(1)
        self._loaded_goals = False
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.suggest_button.clicked.connect(self._on_suggest_button_clicked)
        self.goal_list.changed.connect(self._on_goal_list_changed)

    def load(self, answers: WizardAnswers) -> None:
        self.goal_list.set_goals(answers.goals)
        # Once the page has been left, an empty list is the person's choice: don't refill it.
        self._loaded_goals = bool(answers.goals) or self.state.draft.step > Step.UPSKILL

    def store(self, answers: WizardAnswers) -> None:
        answers.goals = self.goal_list.goals()

    def initializePage(self) -> None:
        suggestions = suggest_goals(self.state.answers.stages)
        if suggestions:
            names = ", ".join(g.skill for g in suggestions)
            self.suggestion.setText(
                self.tr("Suggested from your lowest-rated stage: {names}").format(names=names)
            )
        else:
            self.suggestion.setText(self.tr("Add any skill you would like to strengthen."))
        if not self._loaded_goals and not self.goal_list.goals():
            for goal in suggestions[:1]:
                self.goal_list.add(goal)
            self._loaded_goals = True
        self._update_suggest_button()

    def _missing_suggestions(self) -> list[GoalAnswer]:
        have = {g.skill for g in self.goal_list.goals()}
        return [g for g in suggest_goals(self.state.answers.stages) if g.skill not in have]

    def _update_suggest_button(self) -> None:
        """A greyed-out button says why, beside it and in its tooltip."""
        if self._missing_suggestions():
            why = ""
        elif not suggest_goals(self.state.answers.stages):
            why = self.tr("Score a stage on the Reflect page to get a suggestion.")
        else:
            why = self.tr("The suggestion is already in your list.")
        self.suggest_button.setEnabled(not why)
        self.suggest_button.setToolTip(why)
        self.suggest_why.setText(why)
        self.suggest_why.setVisible(bool(why))

    def _on_goal_list_changed(self) -> None:
        self._update_suggest_button()

    def _on_add_button_clicked(self) -> None:
        self.goal_list.add(GoalAnswer("")).skill.setFocus()

    def _on_suggest_button_clicked(self) -> None:
        for goal in self._missing_suggestions():
            self.goal_list.add(goal)
