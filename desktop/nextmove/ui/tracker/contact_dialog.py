"""Add or edit a person: name, email, phone, profile link, role, company, notes and a
keep-in-touch reminder."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.application import EARLIEST_DATE
from nextmove.domain.contact import ROLE_LABELS, ContactData, check_contact
from nextmove.domain.status import ContactRole
from nextmove.ui.labels import tr_label
from nextmove.ui.tracker.event_dialog import error_label
from nextmove.ui.widgets.date_field import DateField


def role_label(role: ContactRole | None) -> str:
    if role is None:
        return ""
    return tr_label(ROLE_LABELS[role])


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ContactDialog(QDialog):
    # The person saved valid details; the dialog then closes.
    submitted = Signal(object)  # ContactData

    def __init__(
        self, today: date, initial: ContactData | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact_dialog")
        editing = initial is not None
        title = self.tr("Edit contact") if editing else self.tr("Add a contact")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        initial = initial or ContactData("")

        self.name = QLineEdit(initial.name)
        self.name.setObjectName("contact_name")
        self.name.setAccessibleName(self.tr("Name"))
        self.name_error = error_label("contact_name_error")
        self.email = QLineEdit(initial.email)
        self.email.setObjectName("contact_email")
        self.email.setAccessibleName(self.tr("Email"))
        self.email.setPlaceholderText(self.tr("name@company.com"))
        self.email_error = error_label("contact_email_error")
        self.phone = QLineEdit(initial.phone)
        self.phone.setObjectName("contact_phone")
        self.phone.setAccessibleName(self.tr("Phone"))
        self.phone.setPlaceholderText(self.tr("+49 30 1234567"))
        self.phone_error = error_label("contact_phone_error")
        self.profile_url = QLineEdit(initial.profile_url)
        self.profile_url.setObjectName("contact_profile_url")
        self.profile_url.setAccessibleName(self.tr("Profile link"))
        self.profile_url.setPlaceholderText(self.tr("linkedin.com/in/name"))
        self.profile_url_error = error_label("contact_profile_url_error")
        self.role = QComboBox()
        self.role.setObjectName("contact_role")
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem(self.tr("—"), "")
        for role in ContactRole:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(
            max(0, self.role.findData(initial.role.value if initial.role else ""))
        )
        self.company = QLineEdit(initial.company)
        self.company.setObjectName("contact_company")
        self.company.setAccessibleName(self.tr("Company"))
        self.company_error = error_label("contact_company_error")
        self.notes = QPlainTextEdit(initial.notes)
        self.notes.setObjectName("contact_notes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.remind = QCheckBox(self.tr("Remind me to keep in touch on"))
        self.remind.setObjectName("contact_remind")
        self.remind_on = DateField(today, optional=False, minimum=EARLIEST_DATE)
        self.remind_on.set_value(initial.keep_in_touch_on or today + timedelta(days=90))
        self.remind_on.setObjectName("contact_keep_in_touch_on")
        self.remind_on.setAccessibleName(self.tr("Keep in touch on"))
        self.remind_error = error_label("contact_keep_in_touch_error")
        self.remind.setChecked(initial.keep_in_touch_on is not None)
        self.remind_on.setEnabled(self.remind.isChecked())
        remind_row = QHBoxLayout()
        remind_row.addWidget(self.remind)
        remind_row.addWidget(self.remind_on)
        remind_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow("", self.email_error)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow("", self.phone_error)
        form.addRow(self.tr("Pro&file link:"), self.profile_url)
        form.addRow("", self.profile_url_error)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow("", self.company_error)
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow("", remind_row)
        form.addRow("", self.remind_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("contact_save")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

        self.remind.toggled.connect(self.remind_on.setEnabled)
        self.name.textEdited.connect(self.name_error.hide)
        self.email.textEdited.connect(self.email_error.hide)
        self.company.textEdited.connect(self.company_error.hide)
        self.remind_on.valueChanged.connect(self.remind_error.hide)
        self.remind.toggled.connect(self.remind_error.hide)
        self.phone.textEdited.connect(self.phone_error.hide)
        self.profile_url.textEdited.connect(self.profile_url_error.hide)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

    def data(self) -> ContactData:
        role = self.role.currentData()
        remind_on = self.remind_on.value() if self.remind.isChecked() else None
        return ContactData(
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            role=ContactRole(role) if role else None,
            company=self.company.text().strip(),
            notes=self.notes.toPlainText().strip(),
            keep_in_touch_on=remind_on,
            phone=self.phone.text().strip(),
            profile_url=self.profile_url.text().strip(),
        )

    def _make_room(self) -> None:
        """Grow to fit the error lines just shown, so no row is squeezed onto the next."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed < 0:
            needed = layout.sizeHint().height()
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _on_buttons_accepted(self) -> None:
        if self.remind.isChecked() and not self.remind_on.check():
            self.remind_on.setFocus()
            return
        data = self.data()
        check = check_contact(data)
        fields = {
            "name": (self.name, self.name_error),
            "email": (self.email, self.email_error),
            "phone": (self.phone, self.phone_error),
            "profile_url": (self.profile_url, self.profile_url_error),
            "company": (self.company, self.company_error),
            "keep_in_touch_on": (self.remind_on, self.remind_error),
        }
        for _, label in fields.values():
            label.hide()
        if not check.ok:
            first: QWidget | None = None
            for name, message in check.errors.items():
                widget, label = fields[name]
                label.setText(self.tr(message))
                label.show()
                first = first or widget
            if first is not None:
                first.setFocus()
            self._make_room()
            return
        data.email = check.email
        data.phone = check.phone
        data.profile_url = check.profile_url
        self.submitted.emit(data)
        self.accept()
