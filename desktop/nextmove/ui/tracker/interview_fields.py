"""An interview's time, length, place or video link and the people met, in the timeline
entry dialog: the interviewers are picked from the application's contacts; anyone else is
kept as "Name <address>" lines."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from nextmove.storage.calendar import EventTimes, format_people, parse_people

MAX_MINUTES = 12 * 60
DEFAULT_START = QTime(9, 0)


class InterviewFields(QObject):
    """The fields, as rows for the dialog's form (`rows`), and the value they make."""

    def __init__(
        self,
        contacts: list[tuple[int, str, str]],
        times: EventTimes | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`contacts`: (id, name, email) of the people who can be picked as interviewers."""
        super().__init__(parent)
        self.setObjectName("event_interview_fields")
        times = times or EventTimes()
        self._uid = times.invitation_uid

        self.has_time = QCheckBox(self.tr("At"))
        self.has_time.setObjectName("event_has_time")
        self.has_time.setAccessibleName(self.tr("The interview has a start time"))
        self.time = QTimeEdit()
        self.time.setObjectName("event_time")
        self.time.setAccessibleName(self.tr("Start time"))
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setObjectName("event_duration")
        self.duration.setAccessibleName(self.tr("Length in minutes"))
        self.duration.setRange(0, MAX_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("Length not known"))
        self.place = QLineEdit(times.place)
        self.place.setObjectName("event_place")
        self.place.setAccessibleName(self.tr("Place or video link"))
        self.place.setPlaceholderText(self.tr("Address, room or video link"))
        self.interviewers = QListWidget()
        self.interviewers.setObjectName("event_interviewers")
        self.interviewers.setAccessibleName(self.tr("Interviewers"))
        self.interviewers.setMaximumHeight(90)
        self.others = QPlainTextEdit(format_people(times.attendees))
        self.others.setObjectName("event_other_people")
        self.others.setAccessibleName(self.tr("Other people met"))
        self.others.setPlaceholderText(
            self.tr("Anyone else, one a line: Dana Scully <dana@example.com>")
        )
        self.others.setTabChangesFocus(True)
        self.others.setFixedHeight(52)

        chosen = list(times.interviewer_ids)
        by_id = {c[0]: c for c in contacts}
        ordered = [by_id[i] for i in chosen if i in by_id]  # the chosen first, in their order
        ordered += [c for c in contacts if c[0] not in chosen]
        for contact_id, name, email in ordered:
            item = QListWidgetItem(f"{name} <{email}>" if email else name)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = contact_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.interviewers.addItem(item)
        if not contacts:
            self.interviewers.setToolTip(
                self.tr("Add the people you meet to the application's contacts to pick them here")
            )

        if times.starts_at:
            self.has_time.setChecked(True)
            self.time.setTime(QTime.fromString(times.starts_at, "HH:mm"))
        else:
            self.time.setTime(DEFAULT_START)
        self.duration.setValue(times.duration_minutes or 0)
        self.when = QWidget()
        when = QHBoxLayout(self.when)
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.has_time)
        when.addWidget(self.time)
        when.addWidget(self.duration, 1)

        self.has_time.toggled.connect(self._on_has_time_toggled)
        self._on_has_time_toggled(self.has_time.isChecked())

    def rows(self) -> list[tuple[QLabel, QWidget]]:
        """(label, field) for each row, to add to a form."""
        found: list[tuple[QLabel, QWidget]] = []
        for text, field, buddy in (
            (self.tr("&Time:"), self.when, self.has_time),
            (self.tr("&Place:"), self.place, self.place),
            (self.tr("&Interviewers:"), self.interviewers, self.interviewers),
            (self.tr("&Others:"), self.others, self.others),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            found.append((label, field))
        return found

    def widgets(self) -> list[QWidget]:
        return [self.when, self.place, self.interviewers, self.others]

    def _on_has_time_toggled(self, checked: bool) -> None:
        self.time.setEnabled(checked)

    def chosen_ids(self) -> tuple[int, ...]:
        items = (self.interviewers.item(i) for i in range(self.interviewers.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def value(self) -> EventTimes:
        return EventTimes(
            self.time.time().toString("HH:mm") if self.has_time.isChecked() else None,
            self.duration.value() or None,
            self.place.text().strip(),
            parse_people(self.others.toPlainText()),
            self._uid,
            self.chosen_ids(),
        )
