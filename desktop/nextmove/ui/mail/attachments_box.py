"""Compose's attachments: the application's documents to tick, and any other file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.documents import (
    ATTACHMENT_WARNING_BYTES,
    AttachmentRef,
    DocumentRow,
    readable_size,
)
from nextmove.ui import palette
from nextmove.ui.labels import tr_label

REF_ROLE = Qt.ItemDataRole.UserRole
ChooseFiles = Callable[[QWidget], list[Path]]


def choose_files(parent: QWidget) -> list[Path]:
    """The file picker seam; tests replace `AttachmentsBox.choose_files`."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("AttachmentsBox", "Attach Files"), str(Path.home())
    )
    return [Path(name) for name in names]


class AttachmentsBox(QWidget):
    changed = Signal()

    def __init__(
        self, documents: list[tuple[DocumentRow, Path]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compose_attachments")
        self.setAccessibleName(self.tr("Attachments"))
        self.choose_files: ChooseFiles = choose_files
        self.list = QListWidget()
        self.list.setObjectName("compose_attachments_list")
        self.list.setAccessibleName(self.tr("Files to attach"))
        rows = max(2, min(len(documents) + 1, 4))
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * rows + 12)
        self.add_button = QPushButton(self.tr("Attach &File…"))
        self.add_button.setObjectName("compose_attach_file")
        self.add_button.setAccessibleName(self.tr("Attach a file"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setObjectName("compose_attach_remove")
        self.remove_button.setAccessibleName(self.tr("Remove the selected attachment"))
        self.total = QLabel()
        self.total.setObjectName("compose_attachments_total")
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.total.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Attachments:")))
        top.addWidget(self.total, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        for row, path in documents:
            ref = AttachmentRef(row.file_name, str(path), row.size, row.id)
            # The application's documents are offered, not attached: the person ticks them.
            self._add_item(ref, checked=False, label=f"{tr_label(row.kind.label)}: ")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._update()

    def _add_item(self, ref: AttachmentRef, *, checked: bool, label: str = "") -> None:
        item = QListWidgetItem(f"{label}{ref.file_name} ({readable_size(ref.size)})")
        item.setData(REF_ROLE, ref)
        item.setToolTip(ref.path)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                size = path.stat().st_size
            except OSError:
                continue
            if path.is_file():
                self._add_item(AttachmentRef(path.name, str(path), size), checked=True)
        self._update()

    def show_refs(self, refs: list[AttachmentRef]) -> None:
        """An email already in the outbox: what it carries, as it will leave."""
        self.list.clear()
        for ref in refs:
            self._add_item(ref, checked=True)
        self.setEnabled(False)
        self._update()

    def refs(self) -> tuple[AttachmentRef, ...]:
        found: list[AttachmentRef] = []
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                ref = item.data(REF_ROLE)
                assert isinstance(ref, AttachmentRef)
                found.append(ref)
        return tuple(found)

    def total_bytes(self) -> int:
        return sum(ref.size for ref in self.refs())

    def _update(self) -> None:
        refs = self.refs()
        total = self.total_bytes()
        if not refs:
            self.total.setText(self.tr("none"))
            self.total.setStyleSheet("")
        elif total > ATTACHMENT_WARNING_BYTES:
            self.total.setText(
                self.tr("{size} in all: above 20 MB, many mail servers refuse the email.").format(
                    size=readable_size(total)
                )
            )
            palette.text_colour(self.total, "error", " font-weight: 600;")
        else:
            self.total.setText(
                self.tr("{count} file(s), {size} in all").format(
                    count=len(refs), size=readable_size(total)
                )
            )
            self.total.setStyleSheet("")
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        ref = item.data(REF_ROLE) if item is not None else None
        self.remove_button.setEnabled(isinstance(ref, AttachmentRef) and ref.document_id is None)

    def _on_add_button_clicked(self) -> None:
        self.add_files(self.choose_files(self))

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._update()
