"""Write an email: to, subject, body, a template to start from, and a live preview of exactly
what will leave. "Send" queues it and sends at once; "Send Later" leaves it in the outbox."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
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

from nextmove.domain.accounts import AccountRow
from nextmove.domain.templates import (
    TemplateText,
    default_purpose,
    first_name,
    render,
    unfilled,
)
from nextmove.mail.compose import Draft
from nextmove.storage.outbox import OutgoingDraft
from nextmove.ui.labels import tr_label
from nextmove.ui.mail.attachments_box import AttachmentsBox
from nextmove.ui.mail.compose_checks import compose_errors
from nextmove.ui.mail.form import FieldErrors
from nextmove.ui.mail.recipient_fields import address_field, preview_copies
from nextmove.ui.mail.template_combo import TemplateCombo
from nextmove.ui.your_details import details, remember_name, stored_name

if TYPE_CHECKING:
    from nextmove.ui.mail.controller import MailController


@dataclass
class Recipient:
    name: str
    email: str
    contact_id: int | None


class ComposeDialog(QDialog):
    # The message went into the outbox: (outbox id, whether it is being sent now).
    messageQueued = Signal(int, bool)

    def __init__(
        self,
        controller: MailController,
        *,
        application_id: int | None = None,
        message_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compose_dialog")
        self.setAccessibleName(self.tr("Compose email"))
        self.setWindowTitle(self.tr("Edit Email") if message_id else self.tr("Compose Email"))
        self._controller = controller
        self._outbox = controller.outbox
        self._application_id = application_id
        self._message_id = message_id
        self._purpose = "follow_up"
        self.errors = FieldErrors()
        self._company = ""
        self._role = ""
        self._recipients: list[Recipient] = []
        self._accounts: dict[int, AccountRow] = {}

        self.account = QComboBox()
        self.account.setObjectName("compose_account")
        self.account.setAccessibleName(self.tr("Send from"))
        self.to = QLineEdit()
        self.to.setObjectName("compose_to")
        self.to.setAccessibleName(self.tr("To"))
        self.to.setPlaceholderText(self.tr("name@example.com, another@example.com"))
        self.cc = address_field("compose_cc", self.tr("Cc"), self.tr("Copies, if any"))
        self.bcc = address_field(
            "compose_bcc", self.tr("Bcc"), self.tr("Hidden copies: no one sees these")
        )
        self.template = TemplateCombo()
        self._template_index = 0  # the template last applied (or kept)
        self._applied_body: str | None = ""  # the body that template produced
        self._applied_subject = ""  # the subject it produced
        self.your_name = QLineEdit()
        self.your_name.setObjectName("compose_your_name")
        self.your_name.setAccessibleName(self.tr("Your name"))
        self.your_name.setPlaceholderText(
            self.tr("How you sign your emails; kept in Preferences › Your details")
        )
        self.subject = QLineEdit()
        self.subject.setObjectName("compose_subject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("compose_body")
        self.body.setAccessibleName(self.tr("Message"))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("compose_preview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setReadOnly(True)
        self.preview.setFont(QFont("monospace"))
        self.preview_label = QLabel()
        self.preview_label.setObjectName("compose_preview_label")
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setWordWrap(True)
        self.context_label = QLabel()
        self.context_label.setObjectName("compose_context")
        self.context_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("compose_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("button_send")
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Send Later"))
        self.later_button.setObjectName("button_send_later")
        self.later_button.setAccessibleName(self.tr("Send later"))
        self.later_button.setToolTip(self.tr("Keep it in the outbox until you send it"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("button_cancel")
        self.attachments = self._attachments_box(application_id)
        self._layout()
        self._load()
        self._connect()
        self._on_account_currentIndexChanged()
        # What the dialog opened with: closing it asks only when the person changed that.
        self._opened = (self.subject.text(), self.body.toPlainText())
        self._stored = False

    def _layout(self) -> None:
        form = QFormLayout()
        self._form = form
        wrap = self.errors.wrap
        form.addRow(self.tr("From:"), wrap("account", self.account))
        form.addRow(self.tr("Your name:"), wrap("your_name", self.your_name))
        form.addRow(self.tr("To:"), wrap("to", self.to))
        form.addRow(self.tr("Cc:"), wrap("cc", self.cc))
        form.addRow(self.tr("Bcc:"), wrap("bcc", self.bcc))
        form.addRow(self.tr("Template:"), self.template)
        form.addRow(self.tr("Subject:"), wrap("subject", self.subject))
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(wrap("body", self.body), 1)
        editor_layout.addWidget(self.attachments)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(preview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.context_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(960, 560)

    def _connect(self) -> None:
        self.template.activated.connect(self._on_template_activated)
        self.account.currentIndexChanged.connect(self._on_account_currentIndexChanged)
        self.your_name.textChanged.connect(self._on_fields_changed)
        self.to.textChanged.connect(self._on_fields_changed)
        self.cc.textChanged.connect(self._on_fields_changed)
        self.bcc.textChanged.connect(self._on_fields_changed)
        self.subject.textChanged.connect(self._on_fields_changed)
        self.body.textChanged.connect(self._on_fields_changed)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.later_button.clicked.connect(self._on_later_button_clicked)
        self.cancel_button.clicked.connect(self.close)

    # --- loading ---------------------------------------------------------------------------

    def _load(self) -> None:
        accounts = self._outbox.accounts.all()
        self._accounts = {account.id: account for account in accounts}
        default_id = self._outbox.accounts.default_id()
        for account in accounts:
            self.account.addItem(f"{account.display_name} — {account.from_address}", account.id)
        if default_id is not None:
            self.account.setCurrentIndex(max(self.account.findData(default_id), 0))
        if not accounts:
            self.status.setText(
                self.tr("No mail account yet: Send Later keeps this in the outbox until you "
                        "add one (Mail › Mail Accounts…).")
            )  # fmt: skip
        from nextmove.storage.templates import TemplateRepository
        from nextmove.ui.template_language import template_language

        context = self._controller.context
        self._templates = TemplateRepository(
            context.database, lambda: template_language(context.settings)
        ).all()
        self.template.addItem(self.tr("(blank)"), "")
        for template in self._templates:
            self.template.addItem(tr_label(template.name), template.purpose)
        if self._message_id is not None:
            self._load_message(self._message_id)
        elif self._application_id is not None:
            self._load_application(self._application_id)

    def _load_application(self, application_id: int) -> None:
        from nextmove.storage.applications import ApplicationRepository
        from nextmove.storage.contacts import ContactRepository

        database = self._controller.context.database
        try:
            application = ApplicationRepository(database).get(application_id)
        except LookupError:
            return
        self._company, self._role = application.company, application.role
        self._recipients = [
            Recipient(c.name, c.email, c.id)
            for c in ContactRepository(database).for_application(application_id)
            if c.email
        ]
        self.context_label.setText(
            self.tr("About: {role} at {company}").format(role=self._role, company=self._company)
        )
        if self._recipients:
            self.to.setText(self._recipients[0].email)
        # Start from what the application's moment calls for: never "still very interested"
        # on a rejection.
        already = self._outbox.messages.purposes_for(application_id)
        index = self.template.findData(default_purpose(application.status.value, already))
        if index > 0:
            self.template.setCurrentIndex(index)
            self._on_template_activated(index)

    def _load_message(self, message_id: int) -> None:
        row = self._outbox.messages.get(message_id)
        if row is None:
            return
        self._purpose = row.purpose
        self._application_id = row.application_id
        if row.account_id is not None:
            self.account.setCurrentIndex(max(self.account.findData(row.account_id), 0))
        self.to.setText(row.to_address)
        self.cc.setText(row.cc_addresses)
        self.bcc.setText(row.bcc_addresses)
        self.subject.setText(row.subject)
        self.body.setPlainText(row.body)
        self.attachments.show_refs(self._outbox.messages.attachments(message_id))
        self._applied_body = None  # the person's own text: ask before replacing it
        self._template_index = 0
        self.send_button.setText(self.tr("Save and Send"))
        self.later_button.setText(self.tr("Save"))

    # --- template and preview --------------------------------------------------------------

    def _values(self) -> dict[str, str]:
        recipient = self._recipient()
        account_id = self.account.currentData()
        fallback = ""
        if account_id is not None:
            fallback = self._accounts[int(account_id)].sender_name.strip()
        fallback = fallback or self.your_name.text().strip()
        name = recipient.name if recipient else ""
        values = {"company": self._company, "role": self._role}
        if name:
            values.update(first_name=first_name(name), contact_name=name)
        values = {k: v for k, v in values.items() if v}
        # Your details (preferences) sign every email; the signature may be empty.
        values.update(details(self._controller.context.settings, fallback))
        return values

    def _recipient(self) -> Recipient | None:
        typed = self.to.text().strip().lower()
        for recipient in self._recipients:
            if recipient.email.lower() == typed:
                return recipient
        return None

    def _template(self, purpose: str) -> TemplateText | None:
        return next((t for t in self._templates if t.purpose == purpose), None)

    def ask(self, title: str, text: str) -> bool:
        """The confirmation seam (tests replace it on the dialog or on the controller)."""
        return self._controller.ask(self, title, text)

    def reject(self) -> None:
        """Escape or closing: a message the person wrote is not thrown away without asking."""
        typed = (self.subject.text(), self.body.toPlainText()) != self._opened
        if (
            typed
            and not self._stored
            and not self.ask(
                self.tr("Discard this email?"),
                self.tr("It has not been sent or saved in the outbox."),
            )
        ):
            return
        super().reject()

    def body_edited(self) -> bool:
        """Whether the body holds words of the person's own (not just a template's)."""
        text = self.body.toPlainText()
        return bool(text.strip()) and text != self._applied_body

    def typed_over_template(self) -> bool:
        """Whether a template change would replace words the person typed: body or subject."""
        subject = self.subject.text().strip()
        return self.body_edited() or (bool(subject) and subject != self._applied_subject)

    def _on_template_activated(self, index: int) -> None:
        if index == self._template_index and not self.typed_over_template():
            return
        template = self._template(str(self.template.itemData(index) or ""))
        if template is None:
            self._template_index = index  # "(blank)" keeps what is written
            return
        if self.typed_over_template() and not self.ask(
            self.tr("Replace your message?"),
            self.tr("Start again from the “{name}” template? What you wrote will be replaced "
                    "(Undo in the message brings it back).").format(name=tr_label(template.name)),
        ):  # fmt: skip
            self.template.setCurrentIndex(self._template_index)
            return
        self._template_index = index
        self._purpose = template.purpose
        values = self._values()
        self.subject.setText(render(template.subject, values))
        # Replace through a cursor, not setPlainText: Undo brings back what the person wrote.
        cursor = self.body.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(render(template.body, values))
        self.body.setTextCursor(cursor)
        self.body.moveCursor(QTextCursor.MoveOperation.Start)
        self._applied_body = self.body.toPlainText()
        self._applied_subject = self.subject.text().strip()

    def rendered(self) -> tuple[str, str]:
        """Subject and body with any placeholders the person typed filled in."""
        values = self._values()
        return render(self.subject.text(), values), render(self.body.toPlainText(), values)

    def _sender(self) -> tuple[str, str]:
        account_id = self.account.currentData()
        if account_id is None:
            return "", ""
        account = self._accounts[int(account_id)]
        name = (
            account.sender_name.strip()
            or stored_name(self._controller.context.settings)
            or self.your_name.text().strip()
        )
        return name, account.from_address

    def _account_needs_name(self) -> bool:
        """No name anywhere: not in Your details, not with the account."""
        account_id = self.account.currentData()
        return (
            account_id is not None
            and not self._accounts[int(account_id)].sender_name.strip()
            and not stored_name(self._controller.context.settings)
        )

    def _on_account_currentIndexChanged(self) -> None:
        # An account saved without a name: ask for it here, once; it is kept with the account.
        self._form.setRowVisible(1, self._account_needs_name())
        self._on_fields_changed()

    def _on_fields_changed(self) -> None:
        subject, body = self.rendered()
        name, address = self._sender()
        sender = f"{name} <{address}>" if name else address or self.tr("(no account yet)")
        copies = preview_copies(
            self.cc.text(), self.bcc.text(), self.tr("(hidden from the others)")
        )
        self.preview.setPlainText(
            f"From: {sender}\nTo: {self.to.text().strip()}\n{copies}Subject: {subject}\n\n{body}"
        )
        missing = list(dict.fromkeys(unfilled(subject) + unfilled(body)))
        if missing:
            names = ", ".join("{" + key + "}" for key in missing)
            self.preview_label.setText(
                self.tr("Preview — {names} must be filled in before this can be sent:").replace(
                    "{names}", names
                )
            )
        else:
            self.preview_label.setText(self.tr("Preview — exactly what will be sent:"))

    # --- queue and send --------------------------------------------------------------------

    def _checked_draft(self) -> OutgoingDraft | None:
        subject, body = self.rendered()
        name, address = self._sender()
        account_id = self.account.currentData()
        name_missing = self._account_needs_name() and not self.your_name.text().strip()
        errors = compose_errors(
            Draft(name, address, self.to.text(), subject, body, self.cc.text(), self.bcc.text()),
            name_missing=name_missing,
        )
        self.errors.show(errors)
        if errors:
            return None
        recipient = self._recipient()
        return OutgoingDraft(
            purpose=self._purpose,
            to_address=self.to.text().strip(),
            subject=subject.strip(),
            body=body,
            application_id=self._application_id,
            contact_id=recipient.contact_id if recipient else None,
            account_id=int(account_id) if account_id is not None else None,
            attachments=self.attachments.refs(),
            cc_addresses=self.cc.text().strip(),
            bcc_addresses=self.bcc.text().strip(),
        )

    def _attachments_box(self, application_id: int | None) -> AttachmentsBox:
        """The application's documents offered to attach, and any other file."""
        from nextmove.storage.documents import DocumentRepository

        documents = DocumentRepository(self._controller.context.database)
        rows = documents.for_application(application_id) if application_id else []
        return AttachmentsBox([(row, documents.path(row)) for row in rows])

    def _store(self, send_now: bool) -> None:
        draft = self._checked_draft()
        if draft is None:
            return
        if send_now and draft.account_id is None:
            self.errors.show({"account": self.tr("Add a mail account first, or Send Later.")})
            return
        self._save_your_name()
        if self._message_id is not None:
            try:
                self._outbox.messages.edit(
                    self._message_id,
                    to_address=draft.to_address,
                    subject=draft.subject,
                    body=draft.body,
                    account_id=draft.account_id,
                    cc_addresses=draft.cc_addresses,
                    bcc_addresses=draft.bcc_addresses,
                )
            except ValueError:
                self.status.setText(self.tr("This email has already left; it cannot be changed."))
                return
            message_id = self._message_id
        else:
            message_id = self._outbox.queue(draft)
        self._controller.outboxChanged.emit()
        if send_now:
            self._controller.send_now({message_id})
        else:
            self._controller.say(self.tr("Saved in the outbox."), 5000)
        self.messageQueued.emit(message_id, send_now)
        self._stored = True
        self.close()

    def _save_your_name(self) -> None:
        """Keep the name typed here in Your details and with the account, so the next email
        is signed too."""
        account_id = self.account.currentData()
        name = self.your_name.text().strip()
        if account_id is None or not name or not self._account_needs_name():
            return
        remember_name(self._controller.context.settings, name)
        account = replace(self._accounts[int(account_id)], sender_name=name)
        self._outbox.accounts.update(account.id, account)
        self._accounts[account.id] = account
        self._controller.accountsChanged.emit()

    def _on_send_button_clicked(self) -> None:
        self._store(send_now=True)

    def _on_later_button_clicked(self) -> None:
        self._store(send_now=False)
