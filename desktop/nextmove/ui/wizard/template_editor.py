"""Edit the wizard's email templates, with a live preview; the shipped text can come back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.template_check import placeholder_problems, valid_placeholders
from nextmove.domain.templates import PLACEHOLDERS, TemplateText, render
from nextmove.storage.templates import TemplateRepository
from nextmove.ui import palette
from nextmove.ui.labels import QT_TRANSLATE_NOOP, tr_label
from nextmove.ui.wizard.pages.base import ERROR_STYLE

PURPOSES: tuple[tuple[str, str], ...] = (
    ("feedback_request", QT_TRANSLATE_NOOP("TemplateEditor", "Ask for feedback")),
    ("ask_specifics", QT_TRANSLATE_NOOP("TemplateEditor", "Ask for more specific feedback")),
    ("thanks_for_feedback", QT_TRANSLATE_NOOP("TemplateEditor", "Thanks for the feedback")),
    ("thank_you", QT_TRANSLATE_NOOP("TemplateEditor", "Thank-you (don't burn your bridges)")),
    ("experts", QT_TRANSLATE_NOOP("TemplateEditor", "Talk to the experts")),
    ("follow_up", QT_TRANSLATE_NOOP("TemplateEditor", "Follow-up on an application")),
    ("interview_thanks", QT_TRANSLATE_NOOP("TemplateEditor", "Thank you after an interview")),
    ("offer_thanks", QT_TRANSLATE_NOOP("TemplateEditor", "Thank you for an offer")),
    ("keep_in_touch", QT_TRANSLATE_NOOP("TemplateEditor", "Keep in touch")),
)
SAMPLE = {
    "first_name": "Sam",
    "contact_name": "Sam Rivera",
    "company": "Acme",
    "role": "Data Analyst",
    "your_name": "Alex",
    "signature": "linkedin.com/in/alex",
}


class TemplateEditor(QDialog):
    def __init__(self, templates: TemplateRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_editor")
        self.setWindowTitle(self.tr("Email Templates"))
        self.setAccessibleName(self.tr("Email templates"))
        self.resize(900, 560)
        self._templates = templates
        self.purpose = QComboBox()
        self.purpose.setObjectName("template_purpose")
        self.purpose.setAccessibleName(self.tr("Template"))
        for key, label in PURPOSES:
            self.purpose.addItem(self.tr(label), key)
        self.subject = QLineEdit()
        self.subject.setObjectName("template_subject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("template_body")
        self.body.setAccessibleName(self.tr("Body"))
        self.body.setTabChangesFocus(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("template_preview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setReadOnly(True)
        self.status = QLabel()
        self.status.setObjectName("template_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        placeholders = QLabel(
            self.tr("Placeholders: ")
            + ", ".join(f"{{{key}}} ({tr_label(text)})" for key, text in PLACEHOLDERS.items())
        )
        placeholders.setWordWrap(True)
        placeholders.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("template_save")
        self.reset_button = QPushButton(self.tr("&Restore the Original"))
        self.reset_button.setObjectName("template_reset")
        close = QPushButton(self.tr("Close"))
        for button in (self.reset_button, close):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)

        self.subject_error = self._error_label("template_subject_error")
        self.body_error = self._error_label("template_body_error")
        editor = QWidget()
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow("", self.subject_error)
        form.addRow(self.tr("Body:"), self.body)
        form.addRow("", self.body_error)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("Preview (with example names)")))
        preview_layout.addWidget(self.preview)
        splitter = QSplitter()
        splitter.addWidget(editor)
        splitter.addWidget(preview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.purpose)
        layout.addWidget(splitter, 1)
        layout.addWidget(placeholders)
        layout.addLayout(buttons)

        self.purpose.currentIndexChanged.connect(self._on_purpose_currentIndexChanged)
        self.subject.textChanged.connect(self._on_text_changed)
        self.body.textChanged.connect(self._on_text_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        close.clicked.connect(self.accept)
        self._problems = False
        self._confirming = False
        self._load()

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        palette.styled(label, ERROR_STYLE)
        label.hide()
        return label

    def _show_problems(self, label: QLabel, text: str) -> bool:
        """Name each mistyped placeholder next to its field; True when there were any."""
        problems = placeholder_problems(text)
        if problems:
            label.setText(
                " ".join(self.tr(p) for p in problems)
                + " "
                + self.tr("Placeholders you can use: {names}.").format(names=valid_placeholders())
            )
        label.setAccessibleName(label.text() if problems else "")
        label.setVisible(bool(problems))
        return bool(problems)

    def _key(self) -> str:
        return str(self.purpose.currentData())

    def _load(self) -> None:
        template = self._templates.get(self._key())
        self._name = template.name
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self.status.clear()

    def _on_purpose_currentIndexChanged(self, index: int) -> None:
        del index
        self._load()

    def _on_text_changed(self) -> None:
        self._problems = self._show_problems(self.subject_error, self.subject.text())
        self._problems |= self._show_problems(self.body_error, self.body.toPlainText())
        self._confirming = False
        self.save_button.setText(self.tr("&Save"))
        subject = render(self.subject.text(), SAMPLE)
        body = render(self.body.toPlainText(), SAMPLE)
        self.preview.setPlainText(
            self.tr("Subject: {subject}").format(subject=subject) + "\n\n" + body
        )

    def _on_save_button_clicked(self) -> None:
        if not self.subject.text().strip():
            self.status.setText(self.tr("Give the email a subject."))
            return
        if not self.body.toPlainText().strip():
            self.status.setText(self.tr("The message is empty."))
            return
        if self._problems and not self._confirming:
            # A typo like {frist_name} would reach every email written from this template.
            self._confirming = True
            self.save_button.setText(self.tr("Save &Anyway"))
            self.status.setText(
                self.tr(
                    "Not saved: check the placeholders marked above. To keep the braces as "
                    "written, press Save Anyway."
                )
            )
            return
        self._templates.save(
            TemplateText(self._key(), self._name, self.subject.text(), self.body.toPlainText())
        )
        self._confirming = False
        self.save_button.setText(self.tr("&Save"))
        self.status.setText(self.tr("Saved. New emails will use this text."))

    def _on_reset_button_clicked(self) -> None:
        self._templates.reset(self._key())
        self._load()
        self.status.setText(self.tr("The original text is back."))
