"""The documents section of the side panel: kind, name and date of each file kept."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.documents import DocumentKind, DocumentRow, readable_size
from nextmove.ui.labels import tr_label
from nextmove.ui.tracker.detail_timeline import section_title, small_button

ID_ROLE = Qt.ItemDataRole.UserRole


def _local_day(stamp: datetime) -> date:
    """The day a document was added, in the person's time zone (stored as UTC)."""
    return stamp.replace(tzinfo=UTC).astimezone().date()


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class DocumentList(QTreeWidget):
    """The list itself; files dropped on it are added to the application."""

    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents_list")
        self.setAccessibleName(self.tr("Documents"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("Added"), self.tr("Sent")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
        else:
            event.ignore()


class DocumentsSection(QWidget):
    addRequested = Signal()
    filesDropped = Signal(list)  # [Path]
    openRequested = Signal(int)
    removeRequested = Signal(int)
    sentChanged = Signal(int, bool)
    kindChosen = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents_section")
        self.list = DocumentList()
        self.add_button = small_button(
            self.tr("Add &document…"), "document_add", self.tr("Add a CV, letter or other file")
        )
        self.open_button = small_button(
            self.tr("&Open"), "document_open", self.tr("Open the document in its usual app")
        )
        self.remove_button = small_button(
            self.tr("Re&move"), "document_remove", self.tr("Take the document off this application")
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(self.tr("Documents")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._filling = False
        self.add_button.clicked.connect(self.addRequested)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.filesDropped.connect(self.filesDropped)
        self.list.itemActivated.connect(lambda item, _c: self.openRequested.emit(self._id(item)))
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self._update_buttons()

    def set_documents(self, rows: list[DocumentRow], date_text: object) -> None:
        self._filling = True
        current = self.current_id()
        self.list.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [
                    tr_label(row.kind.label),
                    row.file_name,
                    str(date_text(_local_day(row.added_at))) if callable(date_text) else "",
                    "",
                ]
            )
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(1, f"{row.file_name} ({readable_size(row.size)})")
            if row.kind.can_be_sent:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    3, Qt.CheckState.Checked if row.sent else Qt.CheckState.Unchecked
                )
                item.setToolTip(3, self.tr("Sent with this application"))
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.list.addTopLevelItem(item)
            if row.id == current:
                self.list.setCurrentItem(item)
        self._filling = False
        self._update_buttons()

    def current_id(self) -> int:
        item = self.list.currentItem()
        return self._id(item) if item is not None else 0

    def _id(self, item: QTreeWidgetItem) -> int:
        return int(item.data(0, ID_ROLE) or 0)

    def _update_buttons(self) -> None:
        has = self.current_id() != 0
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _on_open_button_clicked(self) -> None:
        if self.current_id():
            self.openRequested.emit(self.current_id())

    def _on_remove_button_clicked(self) -> None:
        if self.current_id():
            self.removeRequested.emit(self.current_id())

    def _on_list_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == 3:
            self.sentChanged.emit(self._id(item), item.checkState(3) == Qt.CheckState.Checked)

    def _on_list_context_menu_requested(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        document_id = self._id(item)
        menu = QMenu(self)
        kinds = menu.addMenu(self.tr("Kind"))
        for kind in DocumentKind:
            action = kinds.addAction(tr_label(kind.label))
            action.triggered.connect(
                lambda _c=False, k=kind.value: self.kindChosen.emit(document_id, k)
            )
        menu.addAction(self.tr("Open"), lambda: self.openRequested.emit(document_id))
        menu.addAction(self.tr("Remove"), lambda: self.removeRequested.emit(document_id))
        menu.popup(self.list.viewport().mapToGlobal(pos))
