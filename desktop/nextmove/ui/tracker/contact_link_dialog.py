"""Pick someone already in the address book to link to an application."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nextmove.storage.contacts import ContactRow
from nextmove.ui.tracker.contact_dialog import role_label


def contact_summary(row: ContactRow) -> str:
    """'Ann Lee · Recruiter, Acme · ann@acme.com · +49 30 123' (empty parts left out)."""
    who = ", ".join(part for part in (role_label(row.role), row.company) if part)
    return " · ".join(part for part in (row.name, who, row.email, row.phone) if part)


class ContactLinkDialog(QDialog):
    # The person chose a contact (its id); the dialog then closes.
    chosen = Signal(int)

    def __init__(self, search: Callable[[str], list[ContactRow]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contact_link_dialog")
        self.setWindowTitle(self.tr("Link a contact"))
        self.setAccessibleName(self.tr("Link a contact"))
        self._search = search
        self.query = QLineEdit()
        self.query.setObjectName("contact_search")
        self.query.setAccessibleName(self.tr("Search contacts"))
        self.query.setPlaceholderText(self.tr("Search by name, email or company"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("contact_results")
        self.results.setAccessibleName(self.tr("Contacts"))
        self.empty = QLabel()
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.link_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.link_button.setText(self.tr("&Link"))
        self.link_button.setObjectName("contact_link")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(460, 380)

        self.query.textChanged.connect(self._on_query_text_changed)
        self.results.itemDoubleClicked.connect(self._on_buttons_accepted)
        self.results.currentRowChanged.connect(self._on_results_current_row_changed)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self._on_query_text_changed("")

    def _on_query_text_changed(self, text: str) -> None:
        self.results.clear()
        rows = self._search(text)
        for row in rows:
            item = QListWidgetItem(contact_summary(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("No one matches. Close this and use “Add…” to create the contact.")
                if text
                else self.tr("Your address book is empty. Use “Add…” to create a contact.")
            )
            self.empty.show()
        self._on_results_current_row_changed(self.results.currentRow())

    def _on_results_current_row_changed(self, row: int) -> None:
        self.link_button.setEnabled(row >= 0)

    def _on_buttons_accepted(self, _item: object = None) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()
