"""What every wizard page does alike: a scrolling body, messages next to fields, and
answers that survive Back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from nextmove.domain.wizard import Step, WizardAnswers
from nextmove.domain.wizard_checks import validate_step
from nextmove.ui import palette
from nextmove.ui.widgets.date_field import DateField
from nextmove.ui.wizard.state import WizardState

ERROR_STYLE = "color: {error};"  # a palette.styled() template
_UNLIMITED = 16777215  # QWIDGETSIZE_MAX


class AnswerPage(QWizardPage):
    def __init__(self, step: Step, name: str, state: WizardState) -> None:
        super().__init__()
        self.step = step
        self.state = state
        self.setObjectName(name)
        self._errors: dict[str, QLabel] = {}
        self._error_fields: dict[str, QWidget] = {}
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.scroll_area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    # ----- to be provided by each page --------------------------------------------------

    def load(self, answers: WizardAnswers) -> None:
        """Show saved answers (a resumed draft)."""

    def store(self, answers: WizardAnswers) -> None:
        """Copy what is on the page into the answers."""

    # ----- shared -----------------------------------------------------------------------

    def error_label(self, field: str, focus: QWidget | None = None) -> QLabel:
        """A message slot next to a field, hidden until that field needs attention; `focus` is
        where the cursor goes when this is the page's first message."""
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        palette.styled(label, ERROR_STYLE)
        label.hide()
        self._errors[field] = label
        if focus is not None:
            self._error_fields[field] = focus
        return label

    def show_errors(self, errors: dict[str, str]) -> None:
        first: str | None = None
        for field, label in self._errors.items():
            message = errors.get(field, "")
            label.setText(self.tr(message) if message else "")
            label.setAccessibleName(label.text())
            label.setVisible(bool(message))
            if message and first is None:
                first = field
        if first is not None:
            self._bring_into_view(first)

    def _bring_into_view(self, field: str) -> None:
        """A message below the fold is no message at all: scroll to it, cursor in the field."""
        label = self._errors[field]
        # The label was hidden until now: let the page lay it out before scrolling to it.
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        target = self._error_fields.get(field)
        if target is not None and target.isVisible():
            self.scroll_area.ensureWidgetVisible(target)
            _focus_into(target)
        self.scroll_area.ensureWidgetVisible(label)
        self.scroll_area.horizontalScrollBar().setValue(0)  # keep the labels' start in view

    def fill_height(self) -> None:
        """Let the page's writing boxes take the height the window has, rather than leave the
        bottom half blank: each keeps its designed height as its minimum (a small screen
        scrolls, as before) and grows beyond it; the trailing stretch goes."""
        boxes = [
            box
            for box in self.findChildren(QPlainTextEdit)
            if box.maximumHeight() < _UNLIMITED and not box.isReadOnly()
        ]
        if not boxes:
            return
        for box in boxes:
            box.setMinimumHeight(box.maximumHeight())
            box.setMaximumHeight(_UNLIMITED)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        last = self.body.itemAt(self.body.count() - 1)
        if last is not None and last.spacerItem() is not None:
            self.body.takeAt(self.body.count() - 1)

    def hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        palette.text_colour(label, "muted")
        return label

    def validatePage(self) -> bool:
        for field in self.findChildren(DateField):
            if field.isVisibleTo(self) and not field.check():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return False
        self.store(self.state.answers)
        errors = validate_step(self.step, self.state.answers, self.state.today)
        self.show_errors(errors)
        return not errors

    def cleanupPage(self) -> None:
        """Back keeps every answer (Qt's default would reset the page's fields)."""


def _focus_into(widget: QWidget) -> None:
    """Focus the widget, or its first child that takes keyboard focus (a list of rows)."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    for child in widget.findChildren(QWidget):
        if (
            child.isVisible()
            and child.isEnabled()
            and child.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            child.setFocus(Qt.FocusReason.OtherFocusReason)
            return
