"""A small form to add or edit one entry of an application's timeline; an interview also
gets its time, place and the people met."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.application import EARLIEST_DATE
from nextmove.domain.status import EventKind
from nextmove.domain.timeline_rules import MANUAL_EVENTS, check_event_date
from nextmove.storage.calendar import EventTimes
from nextmove.ui import palette
from nextmove.ui.labels import tr_label
from nextmove.ui.tracker.interview_fields import InterviewFields
from nextmove.ui.widgets.date_field import DateField


@dataclass(frozen=True)
class EventInput:
    kind: EventKind
    occurred_on: date
    round: int | None
    notes: str
    # An interview's time, place and people; None for any other kind of entry.
    times: EventTimes | None = None


def event_label(kind: EventKind) -> str:
    return tr_label(kind.label)


def error_label(name: str) -> QLabel:
    """A message shown under a field when its value is not right (hidden otherwise)."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    palette.text_colour(label, "error")
    label.hide()
    return label


class EventDialog(QDialog):
    # The person saved a valid entry; the dialog then closes.
    submitted = Signal(object)  # EventInput

    def __init__(
        self,
        today: date,
        next_round: int,
        suggested: EventKind = EventKind.NOTE,
        parent: QWidget | None = None,
        *,
        contacts: list[tuple[int, str, str]] | None = None,
        existing: EventInput | None = None,
    ) -> None:
        """`contacts`: (id, name, email) the interviewers are picked from (None: no interview
        details, as when adding to many applications at once); `existing`: the entry being
        edited (None: a new one)."""
        super().__init__(parent)
        self.setObjectName("event_dialog")
        title = self.tr("Edit the timeline entry") if existing else self.tr("Add to the timeline")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._today = today

        self.kind = QComboBox()
        self.kind.setObjectName("event_kind")
        self.kind.setAccessibleName(self.tr("What happened"))
        for kind in MANUAL_EVENTS:
            self.kind.addItem(event_label(kind), kind.value)
        self.day = DateField(today, optional=False, minimum=EARLIEST_DATE)
        self.day.setObjectName("event_date")
        self.day.setAccessibleName(self.tr("Date"))
        self.day_error = error_label("event_date_error")
        self.round = QSpinBox()
        self.round.setObjectName("event_round")
        self.round.setAccessibleName(self.tr("Interview round"))
        self.round.setRange(1, 20)
        self.round.setValue(next_round)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("event_notes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Who you met, what went well, what to remember"))
        self.notes.setFixedHeight(90)
        self.interview = InterviewFields(contacts or [], existing.times if existing else None, self)
        self._with_details = contacts is not None

        form = QFormLayout()
        form.addRow(self.tr("&What happened:"), self.kind)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow("", self.day_error)
        form.addRow(self.tr("&Round:"), self.round)
        for label, field in self.interview.rows():
            form.addRow(label, field)
        form.addRow(self.tr("&Notes:"), self.notes)
        self._form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("event_buttons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("event_save")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.day.valueChanged.connect(self._on_day_date_changed)
        self.day.text_edit.textEdited.connect(self._on_day_date_changed)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        if existing is not None:
            self.day.set_value(existing.occurred_on)
            if existing.round is not None:
                self.round.setValue(existing.round)
            self.notes.setPlainText(existing.notes)
            if self.kind.findData(existing.kind.value) < 0:  # e.g. an email sent: kept as is
                self.kind.addItem(event_label(existing.kind), existing.kind.value)
            suggested = existing.kind
        self.select_kind(suggested)

    def select_kind(self, kind: EventKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self._on_kind_current_index_changed()

    def current_kind(self) -> EventKind:
        return EventKind(self.kind.currentData())

    def _on_kind_current_index_changed(self, _index: int = 0) -> None:
        is_interview = self.current_kind() is EventKind.INTERVIEW
        self._form.setRowVisible(self.round, is_interview)
        for field in self.interview.widgets():
            self._form.setRowVisible(field, is_interview and self._with_details)
        self._on_day_date_changed()

    def _on_day_date_changed(self, _day: object = None) -> None:
        """A refusal stays only while it is still true."""
        if self.day_error.isHidden() or self.day.error():
            return
        on = self.day.value()
        if on is not None and check_event_date(self.current_kind(), on, self._today) is None:
            self.day_error.hide()

    def _on_buttons_accepted(self) -> None:
        kind = self.current_kind()
        if not self.day.check():
            self.day.setFocus()
            return
        on = self.day.value() or self._today
        problem = check_event_date(kind, on, self._today)
        if problem is not None:
            self.day_error.setText(self.tr(problem))
            self.day_error.show()
            self.day.setFocus()
            return
        is_interview = kind is EventKind.INTERVIEW
        round_number = self.round.value() if is_interview else None
        times = self.interview.value() if is_interview and self._with_details else None
        notes = self.notes.toPlainText().strip()
        self.submitted.emit(EventInput(kind, on, round_number, notes, times))
        self.accept()
