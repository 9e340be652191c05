"""The contacts section of the side panel: who you dealt with for this application."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nextmove.storage.contacts import ContactRow
from nextmove.ui.tracker.contact_link_dialog import contact_summary
from nextmove.ui.tracker.detail_timeline import section_title, small_button


class ContactsSection(QWidget):
    addRequested = Signal()
    linkRequested = Signal()
    editRequested = Signal(int)
    unlinkRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts_section")
        self.list = QListWidget()
        self.list.setObjectName("contacts_list")
        self.list.setAccessibleName(self.tr("Contacts"))
        self.list.setWordWrap(True)
        self.add_button = small_button(
            self.tr("Add &contact…"), "contact_add", self.tr("Add a new contact")
        )
        self.link_button = small_button(
            self.tr("Lin&k…"), "contact_link_existing", self.tr("Link someone you already know")
        )
        self.edit_button = small_button(
            self.tr("Ed&it…"), "contact_edit", self.tr("Edit the selected contact")
        )
        self.unlink_button = small_button(
            self.tr("&Unlink"), "contact_unlink", self.tr("Take the contact off this application")
        )
        self.profile_button = small_button(
            self.tr("&Profile"), "contact_open_profile", self.tr("Open the contact's profile link")
        )
        # Replaceable in tests: opening a browser is the desktop's business.
        self.open_url = QDesktopServices.openUrl
        top = QHBoxLayout()
        top.addWidget(section_title(self.tr("Contacts")), 1)
        top.addWidget(self.profile_button)
        # Two by two: four buttons in a row would make the whole panel too wide to leave the
        # table its columns.
        buttons = QGridLayout()
        for index, button in enumerate(
            (
                self.add_button,
                self.link_button,
                self.edit_button,
                self.unlink_button,
            )
        ):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.addRequested)
        self.link_button.clicked.connect(self.linkRequested)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.unlink_button.clicked.connect(self._on_unlink_button_clicked)
        self.profile_button.clicked.connect(self._on_profile_button_clicked)
        self.list.itemActivated.connect(self._on_edit_button_clicked)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self._on_list_current_row_changed(-1)

    def set_contacts(self, contacts: list[ContactRow]) -> None:
        self.list.clear()
        for row in contacts:
            text = contact_summary(row)
            if row.profile_url:
                text = f"{text}\n{row.profile_url}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.profile_url)
            if row.notes:
                item.setToolTip(row.notes)
            self.list.addItem(item)
        if not contacts:
            placeholder = QListWidgetItem(self.tr("No one yet: add the recruiter or interviewer."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self._on_list_current_row_changed(self.list.currentRow())

    def selected_contact_id(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def _on_list_current_row_changed(self, _row: int) -> None:
        has = self.selected_contact_id() is not None
        self.edit_button.setEnabled(has)
        self.unlink_button.setEnabled(has)
        self.profile_button.setEnabled(has and bool(self._profile_url()))

    def _profile_url(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole + 1) or "") if item is not None else ""

    def _on_profile_button_clicked(self) -> None:
        url = self._profile_url()
        if url:
            self.open_url(QUrl(url))

    def _on_edit_button_clicked(self, *_args: object) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is not None:
            self.editRequested.emit(contact_id)

    def _on_unlink_button_clicked(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is not None:
            self.unlinkRequested.emit(contact_id)
