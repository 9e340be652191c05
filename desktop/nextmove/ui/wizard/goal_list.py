"""The editable learning goals on the upskill page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.wizard import GoalAnswer
from nextmove.ui.wizard.optional_date import OptionalDateEdit


class GoalEditor(QFrame):
    """One goal: skill, course or certification, provider, link, due date."""

    removeRequested = Signal()

    def __init__(self, goal: GoalAnswer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.skill = QLineEdit(goal.skill)
        self.skill.setAccessibleName(self.tr("Skill"))
        self.skill.setPlaceholderText(self.tr("Skill to build"))
        self.course = QLineEdit(goal.course)
        self.course.setAccessibleName(self.tr("Course or certification"))
        self.course.setPlaceholderText(self.tr("Course or certification"))
        self.provider = QLineEdit(goal.provider)
        self.provider.setAccessibleName(self.tr("Provider"))
        self.provider.setPlaceholderText(self.tr("Provider"))
        self.link = QLineEdit(goal.link)
        self.link.setAccessibleName(self.tr("Link"))
        self.link.setPlaceholderText("https://")
        self.due_on = OptionalDateEdit()
        self.due_on.setObjectName("goal_due_on")
        self.due_on.setAccessibleName(self.tr("Due date"))
        self.due_on.set_value(goal.due_on)
        remove = QToolButton()
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this goal"))
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Skill:")), 0, 0)
        grid.addWidget(self.skill, 0, 1)
        grid.addWidget(QLabel(self.tr("Course:")), 0, 2)
        grid.addWidget(self.course, 0, 3, 1, 2)
        grid.addWidget(QLabel(self.tr("Provider:")), 1, 0)
        grid.addWidget(self.provider, 1, 1)
        grid.addWidget(QLabel(self.tr("Link:")), 1, 2)
        grid.addWidget(self.link, 1, 3)
        due = QHBoxLayout()
        due.addWidget(QLabel(self.tr("Due:")))
        due.addWidget(self.due_on)
        grid.addLayout(due, 1, 4)
        grid.addWidget(remove, 0, 5)
        remove.clicked.connect(self.removeRequested)

    def goal(self) -> GoalAnswer:
        return GoalAnswer(
            self.skill.text().strip(),
            self.course.text().strip(),
            self.provider.text().strip(),
            self.link.text().strip(),
            self.due_on.value(),
        )


class GoalList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goal_list")
        self._editors: list[GoalEditor] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_goals(self, goals: list[GoalAnswer]) -> None:
        for editor in self._editors:
            editor.deleteLater()
        self._editors = []
        for goal in goals:
            self.add(goal)

    def goals(self) -> list[GoalAnswer]:
        return [editor.goal() for editor in self._editors]

    def add(self, goal: GoalAnswer) -> GoalEditor:
        editor = GoalEditor(goal)
        editor.setObjectName(f"goal_{len(self._editors)}")
        self._editors.append(editor)
        self._layout.addWidget(editor)
        editor.removeRequested.connect(lambda: self._remove(editor))
        self.changed.emit()
        return editor

    def _remove(self, editor: GoalEditor) -> None:
        self._editors.remove(editor)
        self._layout.removeWidget(editor)
        editor.deleteLater()
        self.changed.emit()
