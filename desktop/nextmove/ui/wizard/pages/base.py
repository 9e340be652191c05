"""What every wizard page does alike: a scrolling body, messages next to fields, and
answers that survive Back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from nextmove.domain.wizard import Step, WizardAnswers
from nextmove.domain.wizard_checks import validate_step
from nextmove.ui.wizard.state import WizardState

ERROR_STYLE = "color: #b3261e;"


class AnswerPage(QWizardPage):
    def __init__(self, step: Step, name: str, state: WizardState) -> None:
        super().__init__()
        self.step = step
        self.state = state
        self.setObjectName(name)
        self._errors: dict[str, QLabel] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # ----- to be provided by each page --------------------------------------------------

    def load(self, answers: WizardAnswers) -> None:
        """Show saved answers (a resumed draft)."""

    def store(self, answers: WizardAnswers) -> None:
        """Copy what is on the page into the answers."""

    # ----- shared -----------------------------------------------------------------------

    def error_label(self, field: str) -> QLabel:
        """A message slot next to a field, hidden until that field needs attention."""
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        self._errors[field] = label
        return label

    def show_errors(self, errors: dict[str, str]) -> None:
        for field, label in self._errors.items():
            message = errors.get(field, "")
            label.setText(self.tr(message) if message else "")
            label.setAccessibleName(label.text())
            label.setVisible(bool(message))

    def hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet("color: #5f6368;")
        return label

    def validatePage(self) -> bool:
        self.store(self.state.answers)
        errors = validate_step(self.step, self.state.answers, self.state.today)
        self.show_errors(errors)
        return not errors

    def cleanupPage(self) -> None:
        """Back keeps every answer (Qt's default would reset the page's fields)."""
