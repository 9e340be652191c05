"""Step 8 (optional): people who can help — recruiters, mentors, advisers — and a draft."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from nextmove.domain.templates import PER_PERSON
from nextmove.domain.wizard import ExpertAnswer, Step, WizardAnswers
from nextmove.storage.reflection_drafts import ContactChoice
from nextmove.ui.wizard.message_editor import MessageEditor
from nextmove.ui.wizard.pages.base import AnswerPage
from nextmove.ui.wizard.state import WizardState


class ExpertsPage(AnswerPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(Step.EXPERTS, "page_experts", state)
        self.setTitle(self.tr("Talk to the experts"))
        self.setSubTitle(
            self.tr(
                "Optional: a recruiter, mentor or career adviser can see what you can't. "
                "Skip this step if you'd rather not."
            )
        )
        self._rows: list[tuple[QLineEdit, QLineEdit, QToolButton, int | None]] = []
        self._grid = QGridLayout()
        self.people = QComboBox()
        self.people.setObjectName("expert_contacts")
        self.people.setAccessibleName(self.tr("Your contacts"))
        self.add_contact = QPushButton(self.tr("&Add"))
        self.add_contact.setObjectName("add_expert_contact")
        self.add_new = QPushButton(self.tr("Add someone ne&w"))
        self.add_new.setObjectName("add_expert")
        picker = QHBoxLayout()
        picker.addWidget(self.people, 1)
        picker.addWidget(self.add_contact)
        picker.addWidget(self.add_new)
        self.message = MessageEditor(
            "experts_message", self.tr("&Queue this message to each person above")
        )
        self.together = QCheckBox(
            self.tr("Send &one email to everyone together, instead of one each")
        )
        self.together.setObjectName("experts_one_message")
        self.together.setAccessibleName(self.tr("One email to everyone"))
        heading = QLabel(self.tr("People to contact"))
        heading.setStyleSheet("font-weight: 600;")
        self.body.addWidget(heading)
        self.body.addLayout(self._grid)
        self.body.addLayout(picker)
        self.body.addWidget(self.error_label("experts"))
        self.names_hint = self.hint("")
        self.body.addWidget(self.names_hint)
        self.body.addWidget(self.together)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self._people_loaded = False
        self._all_people: list[ContactChoice] = []
        self.add_contact.clicked.connect(self._on_add_contact_clicked)
        self.add_new.clicked.connect(self._on_add_new_clicked)
        self.message.resetRequested.connect(self._on_message_resetRequested)
        self.together.toggled.connect(self._on_together_toggled)
        self._on_together_toggled(False)

    def load(self, answers: WizardAnswers) -> None:
        for expert in answers.experts:
            self._add_row(expert)
        self.message.load(answers.experts_message)
        self.together.setChecked(answers.experts_together)

    def store(self, answers: WizardAnswers) -> None:
        answers.experts = [
            ExpertAnswer(name.text().strip(), email.text().strip(), contact_id)
            for name, email, _, contact_id in self._rows
        ]
        self.message.store(answers.experts_message)
        answers.experts_together = self.together.isChecked()

    def initializePage(self) -> None:
        if not self._people_loaded:
            self._people_loaded = True
            self._all_people = self.state.service.people()
        self._fill_people()
        self._on_together_toggled(self.together.isChecked())
        values = self.state.values().items()  # the names are filled per person at Finish
        self.message.fill_in({k: v for k, v in values if k not in PER_PERSON})
        if self.message.is_empty():
            self.message.fill(self.state.rendered("experts", keep_names=True))

    def _fill_people(self) -> None:
        """Offer people outside this application: those in it already hear from you, and a
        second email asking them about their own hiring process would be awkward."""
        answers = self.state.answers
        skip_ids = {c.id for c in self.state.draft.contacts}
        if answers.contact_id is not None:
            skip_ids.add(answers.contact_id)
        skip_emails = {answers.contact_email.strip().casefold()} - {""}
        self.people.clear()
        for person in self._all_people:
            if person.id in skip_ids or person.email.strip().casefold() in skip_emails:
                continue
            role = f" ({person.role})" if person.role else ""
            self.people.addItem(f"{person.name}{role}", person)
        self.people.setPlaceholderText(self.tr("No saved contacts outside this application"))
        self.people.setEnabled(self.people.count() > 0)
        self.add_contact.setEnabled(self.people.count() > 0)

    def _add_row(self, expert: ExpertAnswer) -> None:
        name = QLineEdit(expert.name)
        name.setAccessibleName(self.tr("Name"))
        name.setPlaceholderText(self.tr("Name"))
        email = QLineEdit(expert.email)
        email.setAccessibleName(self.tr("Email"))
        email.setPlaceholderText(self.tr("Email"))
        remove = QToolButton()
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this person"))
        row = (name, email, remove, expert.contact_id)
        self._rows.append(row)
        index = len(self._rows)
        name.setObjectName(f"expert_name_{index - 1}")
        email.setObjectName(f"expert_email_{index - 1}")
        for column, widget in enumerate((name, email, remove)):
            self._grid.addWidget(widget, index, column)
        remove.clicked.connect(lambda: self._remove_row(row))
        self.message.enabled_box.setChecked(True)

    def _remove_row(self, row: tuple[QLineEdit, QLineEdit, QToolButton, int | None]) -> None:
        self._rows.remove(row)
        for widget in row[:3]:
            assert isinstance(widget, QWidget)
            self._grid.removeWidget(widget)
            widget.deleteLater()

    def _on_add_contact_clicked(self) -> None:
        person = self.people.currentData()
        if person is None or any(r[3] == person.id for r in self._rows):
            return
        self._add_row(ExpertAnswer(person.name, person.email, person.id))

    def _on_add_new_clicked(self) -> None:
        self._add_row(ExpertAnswer(""))
        self._rows[-1][0].setFocus()

    def _on_together_toggled(self, together: bool) -> None:
        if together:
            self.message.set_recipient(self.tr("everyone above, in one email"))
            self.message.enabled_box.setText(self.tr("&Queue this message to everyone above"))
            self.names_hint.setText(
                self.tr("{first_name} becomes everyone's first names (“Ana and Ben”).")
            )
        else:
            self.message.set_recipient(self.tr("each person above"))
            self.message.enabled_box.setText(self.tr("&Queue this message to each person above"))
            self.names_hint.setText(
                self.tr("{first_name} becomes each person's first name when it is queued.")
            )

    def _on_message_resetRequested(self) -> None:
        self.message.fill(self.state.rendered("experts", keep_names=True))
