"""Add or edit one application: every field, checked next to the field before anything is saved.

Opened with `open()`; a valid form is reported by `submitted(ApplicationData)` and the dialog
closes. Invalid input shows a sentence under the field and keeps the dialog open, unchanged.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.application import ApplicationData, validate_application
from nextmove.domain.status import Status, Workplace
from nextmove.ui import palette
from nextmove.ui.ask import Ask, ask
from nextmove.ui.labels import QT_TRANSLATE_NOOP, tr_label
from nextmove.ui.widgets.date_field import DateField

_WORKPLACE_LABELS = {
    Workplace.UNSPECIFIED: QT_TRANSLATE_NOOP("ApplicationDialog", "Not specified"),
    Workplace.ONSITE: QT_TRANSLATE_NOOP("ApplicationDialog", "On-site"),
    Workplace.HYBRID: QT_TRANSLATE_NOOP("ApplicationDialog", "Hybrid"),
    Workplace.REMOTE: QT_TRANSLATE_NOOP("ApplicationDialog", "Remote"),
}


def _with_scheme(url: str) -> str:
    """ "jobs.example.com/42" is what people paste from an address bar: make it a link."""
    if url and "://" not in url and "." in url.split("/")[0] and " " not in url:
        return f"https://{url}"
    return url


class ApplicationDialog(QDialog):
    # The person pressed Save on a valid form.
    submitted = Signal(object)  # ApplicationData

    def __init__(
        self, today: date, data: ApplicationData | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("application_dialog")
        self._today = today
        editing = data is not None
        self.setWindowTitle(self.tr("Edit Application") if editing else self.tr("New Application"))
        self.setAccessibleName(self.windowTitle())
        self._errors: dict[str, QLabel] = {}

        self.company = self._line("company", self.tr("Company"), self.tr("e.g. Northwind Health"))
        self.role = self._line("role", self.tr("Role"), self.tr("e.g. Senior Data Analyst"))
        self.status = QComboBox()
        self.status.setObjectName("field_status")
        self.status.setAccessibleName(self.tr("Status"))
        for status in Status:
            self.status.addItem(tr_label(status.label), status.value)
        self.applied_on = self._date("applied_on", self.tr("Applied on"))
        self.next_action_on = self._date("next_action_on", self.tr("Next action on"))
        self.next_action = self._line(
            "next_action", self.tr("Next action"), self.tr("e.g. Follow up with the recruiter")
        )
        self.job_url = self._line("job_url", self.tr("Job link"), "https://")
        self.location = self._line("location", self.tr("Location"), self.tr("City or “Remote”"))
        self.workplace = QComboBox()
        self.workplace.setObjectName("field_workplace")
        self.workplace.setAccessibleName(self.tr("Workplace"))
        for workplace, label in _WORKPLACE_LABELS.items():
            self.workplace.addItem(self.tr(label), workplace.value)
        self.source = self._line("source", self.tr("Source"), self.tr("LinkedIn, referral…"))
        self.salary = self._line("salary", self.tr("Salary"), self.tr("e.g. £55–60k"))
        self.job_description = self._text(
            "job_description",
            self.tr("Job description"),
            self.tr("Paste the full posting: adverts disappear, and you will want it later."),
        )
        self.notes = self._text("notes", self.tr("Notes"), self.tr("Anything worth remembering"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Company *"), self.company, "company"),
            (self.tr("&Role *"), self.role, "role"),
            (self.tr("&Status"), self.status, ""),
            (self.tr("&Applied on"), self.applied_on, "applied_on"),
            (self.tr("Ne&xt action on"), self.next_action_on, "next_action_on"),
            (self.tr("Next ac&tion"), self.next_action, "next_action"),
            (self.tr("Job &link"), self.job_url, "job_url"),
            (self.tr("L&ocation"), self.location, "location"),
            (self.tr("&Workplace"), self.workplace, ""),
            (self.tr("So&urce"), self.source, "source"),
            (self.tr("Sa&lary"), self.salary, "salary"),
        ]
        for label, widget, key in rows:
            form.addRow(label, self._with_error(widget, key) if key else widget)

        right = QVBoxLayout()
        for text, edit, stretch, key in (
            (self.tr("Job &description"), self.job_description, 3, "job_description"),
            (self.tr("&Notes"), self.notes, 1, "notes"),
        ):
            caption = QLabel(text)
            caption.setBuddy(edit)
            right.addWidget(caption)
            right.addWidget(self._with_error(edit, key), stretch)

        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("application_dialog_buttons")
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        required = QLabel(self.tr("* required"))
        required.setEnabled(False)
        layout.addWidget(required)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        for line in (self.company, self.role, self.next_action, self.job_url):
            line.textEdited.connect(self._on_field_edited)
        for field in (self.applied_on, self.next_action_on):
            field.valueChanged.connect(self._on_field_edited)
            field.text_edit.textEdited.connect(self._on_field_edited)
        if data is not None:
            self.set_data(data)
        # The confirmation seam (tests answer it); asked only when Escape would lose typing.
        self.ask: Ask = ask
        self._opened_with = self.data()

    def _line(self, key: str, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field_{key}")
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _date(self, key: str, name: str) -> DateField:
        edit = DateField(self._today)
        edit.setObjectName(f"field_{key}")
        edit.setAccessibleName(name)
        return edit

    def _text(self, key: str, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"field_{key}")
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        return edit

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        palette.text_colour(error, "error")
        error.hide()
        self._errors[key] = error
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(error)
        return box

    def error_text(self, key: str) -> str:
        """The message shown under a field ('' when it is fine)."""
        field = getattr(self, key, None)
        if isinstance(field, DateField) and field.hint.isVisibleTo(self) and field.error():
            return field.hint.text()  # a date that cannot be read, said under the field
        label = self._errors.get(key)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    def set_data(self, data: ApplicationData) -> None:
        self.company.setText(data.company)
        self.role.setText(data.role)
        self.status.setCurrentIndex(self.status.findData(data.status.value))
        self.applied_on.set_value(data.applied_on)
        self.next_action_on.set_value(data.next_action_on)
        self.next_action.setText(data.next_action)
        self.job_url.setText(data.job_url)
        self.location.setText(data.location)
        self.workplace.setCurrentIndex(self.workplace.findData(data.workplace.value))
        self.source.setText(data.source)
        self.salary.setText(data.salary)
        self.job_description.setPlainText(data.job_description)
        self.notes.setPlainText(data.notes)

    def data(self) -> ApplicationData:
        return ApplicationData(
            company=self.company.text().strip(),
            role=self.role.text().strip(),
            status=Status(self.status.currentData()),
            job_url=_with_scheme(self.job_url.text().strip()),
            location=self.location.text().strip(),
            workplace=Workplace(self.workplace.currentData()),
            source=self.source.text().strip(),
            salary=self.salary.text().strip(),
            applied_on=self.applied_on.value(),
            next_action_on=self.next_action_on.value(),
            next_action=self.next_action.text().strip(),
            job_description=self.job_description.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def reject(self) -> None:
        """Escape, Cancel or the close button: never lose what was typed without asking."""
        if self.data() != self._opened_with:
            choice = self.ask(
                self,
                self.tr("Discard your changes?"),
                self.tr("What you typed in this application has not been saved."),
                [self.tr("Discard"), self.tr("Keep Editing")],
            )
            if choice != 0:
                return
        super().reject()

    def _on_field_edited(self, _value: object = None) -> None:
        """A message under a field goes as soon as that field is right."""
        if not any(label.isVisibleTo(self) for label in self._errors.values()):
            return
        result = validate_application(self.data(), self._today)
        unread = {key for key in ("applied_on", "next_action_on") if getattr(self, key).error()}
        for key, label in self._errors.items():
            message = result.errors.get(key, "")
            if key in unread:
                continue  # half typed: judged once it reads as a date
            if not message:
                label.hide()
            elif label.isVisibleTo(self):
                label.setText(self.tr(message))

    def _on_buttons_accepted(self) -> None:
        for field in (self.applied_on, self.next_action_on):
            if not field.check():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        data = self.data()
        result = validate_application(data, self._today)
        first_bad: QWidget | None = None
        for key, label in self._errors.items():
            message = result.errors.get(key, "")
            label.setText(self.tr(message) if message else "")
            label.setVisible(bool(message))
            if message and first_bad is None:
                first_bad = getattr(self, key)
        if first_bad is not None:
            first_bad.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.submitted.emit(data)
        self.accept()
