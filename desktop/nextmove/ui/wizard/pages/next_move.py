"""Step 9: a summary of the reflection and the concrete next actions."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from nextmove.domain.wizard import NextActionAnswer, Step, WizardAnswers, summary_lines
from nextmove.ui.date_display import format_day
from nextmove.ui.wizard.optional_date import OptionalDateEdit
from nextmove.ui.wizard.pages.base import AnswerPage
from nextmove.ui.wizard.state import WizardState

_Row = tuple[QComboBox, QLineEdit, OptionalDateEdit, QToolButton]


class NextMovePage(AnswerPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(Step.NEXT_MOVE, "page_next_move", state)
        self.setTitle(self.tr("Your next move"))
        self.setSubTitle(self.tr("Here is what you take away, and what you'll do next."))
        self.summary = QLabel()
        self.summary.setObjectName("wizard_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self._rows: list[_Row] = []
        self._grid = QGridLayout()
        self.add_button = QPushButton(self.tr("&Add an application to pursue"))
        self.add_button.setObjectName("add_next_action")
        self.weekly_goal = QSpinBox()
        self.weekly_goal.setObjectName("weekly_goal")
        self.weekly_goal.setAccessibleName(self.tr("Weekly goal"))
        self.weekly_goal.setRange(0, 50)
        self.weekly_goal.setSpecialValueText(self.tr("No goal"))
        self.weekly_goal.setSuffix(self.tr(" applications a week"))
        heading = QLabel(self.tr("Applications to pursue"))
        heading.setStyleSheet("font-weight: 600;")
        form = QFormLayout()
        form.addRow(self.tr("&Weekly goal:"), self.weekly_goal)
        self.body.addWidget(self.summary)
        self.body.addSpacing(8)
        self.body.addWidget(heading)
        self.body.addLayout(self._grid)
        self.no_choices = self.hint(
            self.tr("Your other open applications will show up here once you add some.")
        )
        self.body.addWidget(self.no_choices)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.body.addLayout(add_row)
        self.body.addWidget(self.error_label("next_actions"))
        self.body.addLayout(form)
        self.body.addStretch(1)
        self._choices: list[tuple[int, str]] | None = None
        self._pending: list[NextActionAnswer] = []
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.setFinalPage(True)

    def load(self, answers: WizardAnswers) -> None:
        self._pending = list(answers.next_actions)
        self.weekly_goal.setValue(answers.weekly_goal)

    def store(self, answers: WizardAnswers) -> None:
        if self._choices is None:  # never shown: keep what was loaded
            answers.next_actions = list(self._pending)
        else:
            answers.next_actions = [
                NextActionAnswer(
                    int(combo.currentData()),
                    combo.currentText(),
                    action.text().strip(),
                    day.value(),
                )
                for combo, action, day, _ in self._rows
                if combo.currentData() is not None
            ]
        answers.weekly_goal = self.weekly_goal.value()

    def initializePage(self) -> None:
        lines = summary_lines(self.state.answers, format_day)
        self.summary.setText("\n".join(f"• {line}" for line in lines))
        if self._choices is None:
            self._choices = self.state.service.open_applications(self.state.draft.application.id)
            for item in self._pending:
                self._add_row(item)
        self.add_button.setEnabled(bool(self._choices))
        self.no_choices.setVisible(not self._choices)

    def _add_row(self, item: NextActionAnswer | None) -> None:
        assert self._choices is not None
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Application to pursue"))
        # Sized by the room, not by the longest of up to 200 labels (which pushed the row
        # past the page's edge); the full label shows in the open list and the tooltip.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.currentTextChanged.connect(combo.setToolTip)
        if item is not None and all(i != item.application_id for i, _ in self._choices):
            combo.addItem(item.label, item.application_id)
        for app_id, label in self._choices:
            combo.addItem(label, app_id)
        action = QLineEdit(item.action if item else "")
        action.setMinimumWidth(140)
        action.setAccessibleName(self.tr("Next action"))
        action.setPlaceholderText(self.tr("e.g. Follow up with the recruiter"))
        day = OptionalDateEdit(self.state.today)
        day.setAccessibleName(self.tr("Next action date"))
        remove = QToolButton()
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this action"))
        combo.setToolTip(combo.currentText())
        if item is not None:
            combo.setCurrentIndex(max(0, combo.findData(item.application_id)))
            day.set_value(item.due_on)
        else:
            day.set_value(self.state.today + timedelta(days=3))
        row: _Row = (combo, action, day, remove)
        index = len(self._rows)
        for column, widget in enumerate(row):
            widget.setObjectName(f"next_action_{('app', 'text', 'date', 'remove')[column]}_{index}")
            self._grid.addWidget(widget, index, column)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(1, 2)
        self._rows.append(row)
        remove.clicked.connect(lambda: self._remove_row(row))

    def _remove_row(self, row: _Row) -> None:
        self._rows.remove(row)
        for widget in row:
            self._grid.removeWidget(widget)
            widget.deleteLater()

    def _on_add_button_clicked(self) -> None:
        self._add_row(None)
        self._rows[-1][0].setFocus()
