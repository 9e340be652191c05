"""The outbox window: every email with its state in words, and what can be done about it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.outbox_state import OutboxState
from nextmove.mail.outbox import MAYBE_SENT
from nextmove.storage.outbox import OutboxRow
from nextmove.ui.mail.outbox_model import OutboxModel, local_time
from nextmove.ui.mail.recipient_fields import everyone

if TYPE_CHECKING:
    from nextmove.ui.mail.controller import MailController


# Roomy enough for an address, a subject and a reason side by side.
PREFERRED_SIZE = (1100, 640)
NO_ACCOUNT = "No mail account yet — add one in Mail › Mail Accounts… to send these emails."


class OutboxView(QDialog):
    # The selected message changed (0 when none).
    selectionChanged = Signal(int)

    def __init__(self, controller: MailController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_view")
        self.setAccessibleName(self.tr("Outbox"))
        self.setWindowTitle(self.tr("Outbox"))
        self._controller = controller
        self._outbox = controller.outbox
        self._has_account = False
        self.model = OutboxModel(self._outbox.maybe_sent, self)
        self.table = QTableView()
        self.table.setObjectName("outbox_table")
        self.table.setAccessibleName(self.tr("Emails in the outbox"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        self.table.setWordWrap(False)
        for column in (0, 1, OutboxModel.WHEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OutboxModel.APPLICATION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OutboxModel.APPLICATION, 200)
        header.setSectionResizeMode(OutboxModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OutboxModel.PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel()
        self.detail.setObjectName("outbox_detail")
        self.detail.setAccessibleName(self.tr("Details"))
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The selected email as it will be read: recipient, subject and the whole text.
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("outbox_preview")
        self.preview.setAccessibleName(self.tr("Preview of the selected email"))
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Select an email to read it here."))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("outbox_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.empty = QLabel(self.tr("Nothing here yet. Emails you write or queue from the "
                                    "rejection wizard wait here until they are sent."))  # fmt: skip
        self.empty.setObjectName("outbox_empty")
        self.empty.setWordWrap(True)
        self.no_account = QLabel(self.tr(NO_ACCOUNT))
        self.no_account.setObjectName("outbox_no_account")
        self.no_account.setAccessibleName(self.tr("No mail account"))
        self.no_account.setTextFormat(Qt.TextFormat.PlainText)
        self.no_account.setWordWrap(True)
        self.no_account.setStyleSheet("font-weight: bold")
        self.send_button = self._button("button_send_now", self.tr("Send Waiting Now"))
        self.resend_button = self._button("button_resend", self.tr("Send Again"))
        self.edit_button = self._button("button_edit_message", self.tr("Edit…"))
        self.delete_button = self._button("button_delete_message", self.tr("Delete"))
        self.close_button = self._button("button_close", self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.send_button, self.resend_button, self.edit_button,
                       self.delete_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_account)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._fit_to_screen(parent)

        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.resend_button.clicked.connect(self._on_resend_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        # Delete on the list deletes the selected email (scoped to the list: the main window's
        # Delete deletes applications).
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete_key_activated)
        self.close_button.clicked.connect(self.close)
        controller.outboxChanged.connect(self.reload)
        controller.accountsChanged.connect(self.reload)
        self.reload()

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """Roomy on a big screen, never wider or taller than the one it opens on."""
        screen = (parent or self).screen()
        available = screen.availableGeometry()
        width = min(PREFERRED_SIZE[0], available.width() * 9 // 10)
        height = min(PREFERRED_SIZE[1], available.height() * 8 // 10)
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        if not event.spontaneous():
            self.reload()  # the wizard or the command line may have queued emails meanwhile
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # Back from the wizard or a terminal: show what was queued or sent meanwhile.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.reload()
        super().changeEvent(event)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        return button

    def reload(self) -> None:
        selected = self.selected_id()
        self._has_account = bool(self._outbox.accounts.all())
        self.model.set_rows(
            self._outbox.messages.rows(),
            has_account=self._has_account,
            applications=self._outbox.messages.application_names(),
        )
        self.empty.setVisible(self.model.rowCount() == 0)
        self.no_account.setVisible(self.model.has_waiting() and not self._has_account)
        if selected:
            self.select(selected)
        self._update_buttons()

    def select(self, message_id: int) -> None:
        row = self.model.row_of(message_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected_row(self) -> OutboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def selected_id(self) -> int:
        row = self.selected_row()
        return row.id if row is not None else 0

    def _update_buttons(self) -> None:
        row = self.selected_row()
        maybe_sent = row is not None and self._outbox.maybe_sent(row)
        self.resend_button.setEnabled(
            row is not None and (row.state == OutboxState.FAILED or maybe_sent)
        )
        self.edit_button.setEnabled(
            row is not None
            and row.state in {OutboxState.DRAFT, OutboxState.QUEUED, OutboxState.FAILED}
        )
        in_flight = row is not None and row.state == OutboxState.SENDING and not maybe_sent
        self.delete_button.setEnabled(row is not None and not in_flight)
        waiting = any(r.state == OutboxState.QUEUED for r in self.model._rows)
        self.send_button.setEnabled(waiting)
        # Without an account nothing can leave: the button leads to where one is added.
        send_text = self.tr("Send Waiting Now") if self._has_account else self.tr("Add Account…")
        self.send_button.setText(send_text)
        self.send_button.setAccessibleName(send_text.rstrip("…"))
        self.detail.setText(self._detail(row))
        self._show_preview(row)

    def _show_preview(self, row: OutboxRow | None) -> None:
        if row is None:
            self.preview.clear()
            return
        head = [self.tr("To: {to}").format(to=row.to_address)]
        about = self.model.application_text(row)
        if about:
            head.append(self.tr("About: {application}").format(application=about))
        head.append(self.tr("Subject: {subject}").format(subject=row.subject))
        self.preview.setPlainText("\n".join(head) + "\n\n" + row.body)

    def _detail(self, row: OutboxRow | None) -> str:
        if row is None:
            return ""
        state = self.model.state_text(row)
        if self._outbox.maybe_sent(row):
            return self.tr(MAYBE_SENT)
        if row.state == OutboxState.SENT:
            return self.tr("Sent to {to}.").format(to=everyone(row))
        if row.state == OutboxState.QUEUED and not self._has_account:
            return f"{state}: {self.tr(NO_ACCOUNT)}"
        if row.state == OutboxState.QUEUED and row.next_attempt_at is not None:
            next_try = local_time(row.next_attempt_at)
            return self.tr("Next try at {time}. Last time: {reason}").format(
                time=next_try, reason=row.last_error
            )
        if row.needs_attention and self._needs_signin(row):
            return self.tr("{state}: {reason} Sign in again in Mail › Mail Accounts; the email "
                           "then leaves with Send Waiting Now.").format(
                state=state, reason=row.last_error
            )  # fmt: skip
        if row.needs_attention:
            return self.tr("{state}: {reason} Fix the account in Mail › Mail Accounts (Test "
                           "Connection helps), then choose Send Waiting Now.").format(
                state=state, reason=row.last_error
            )  # fmt: skip
        if row.last_error:
            return f"{state}: {row.last_error}"
        return state

    def _needs_signin(self, row: OutboxRow) -> bool:
        account_id = row.account_id or self._outbox.accounts.default_id()
        try:
            return account_id is not None and self._outbox.accounts.get(account_id).signin_needed
        except LookupError:
            return False

    def _on_table_selectionChanged(self) -> None:
        self._update_buttons()
        self.selectionChanged.emit(self.selected_id())

    def _on_send_button_clicked(self) -> None:
        self.reload()  # an account may have been added since the window last looked
        if not self._has_account:
            self._controller.open_accounts()
            return
        self._controller.send_now(None)

    def _on_resend_button_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if self._outbox.maybe_sent(row) and not self._controller.ask(
            self,
            self.tr("Send again?"),
            self.tr("Next Move cannot tell whether this email left before it was "
                    "interrupted. Send it again only if it is not in your Sent folder."),
        ):  # fmt: skip
            return
        self._outbox.messages.requeue(row.id)
        self._controller.outboxChanged.emit()
        self._controller.send_now({row.id})

    def _on_edit_button_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._controller.open_compose(message_id=row.id)

    def _on_delete_key_activated(self) -> None:
        if self.delete_button.isEnabled():
            self._on_delete_button_clicked()

    def _on_delete_button_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.state != OutboxState.SENT and not self._controller.ask(
            self,
            self.tr("Delete email"),
            self.tr("Delete the email to {to}? It has not been sent.").format(to=row.to_address),
        ):
            return
        self._outbox.messages.delete(row.id)
        self._controller.outboxChanged.emit()
