"""Pick a backup to restore: the backups folder, newest first, or any file the user chooses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nextmove.storage.backups import BackupInfo
from nextmove.ui import backup_format

ChooseFile = Callable[[QWidget], Path | None]
_PADDING = 24  # the cell's margins and a little air


def choose_backup_file(parent: QWidget) -> Path | None:
    """The real file picker (a seam: tests hand the dialog a function that returns a path)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RestoreDialog", "Choose a Backup"),
        "",
        QCoreApplication.translate("RestoreDialog", "Next Move backups (*.sqlite3);;All files (*)"),
    )
    return Path(name) if name else None


class RestoreDialog(QDialog):
    # The user picked a file to restore (confirmation comes after, from the caller).
    restoreRequested = Signal(object)

    def __init__(
        self,
        backups: Sequence[BackupInfo],
        parent: QWidget | None = None,
        *,
        choose_file: ChooseFile = choose_backup_file,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self._choose_file = choose_file

        intro = QLabel(
            self.tr(
                "Choose the backup to bring back. Your data as it is now is backed up first, "
                "so you can undo this by restoring that backup."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backup_list")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Made on"), self.tr("Kind"), self.tr("Size")])
        self.list.setUniformRowHeights(True)
        for info in backups:
            item = QTreeWidgetItem(
                [
                    backup_format.when(info.created),
                    backup_format.kind(info.reason),
                    backup_format.size(info.size),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, info.path.name)
            self.list.addTopLevelItem(item)
        # Every column as wide as its longest entry, with room to breathe; the date takes
        # whatever is left. Sized once, here: the list does not change while it is open.
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self._content_width(column) + _PADDING)
        self.empty = QLabel(self.tr("No backups yet. Use Choose File… to restore another copy."))
        self.empty.setObjectName("no_backups_label")
        self.empty.setVisible(not backups)
        self.list.setVisible(bool(backups))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button = QPushButton(self.tr("Choose File…"))
        self.choose_button.setObjectName("choose_backup_file")
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(640, 360)

        self.list.itemSelectionChanged.connect(self._on_list_itemSelectionChanged)
        self.list.itemDoubleClicked.connect(self._on_list_itemDoubleClicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.buttons.rejected.connect(self.reject)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

    def _content_width(self, column: int) -> int:
        metrics = self.list.fontMetrics()
        texts = [self.list.headerItem().text(column)]
        items = (self.list.topLevelItem(r) for r in range(self.list.topLevelItemCount()))
        texts += [item.text(column) for item in items if item is not None]
        return max(metrics.horizontalAdvance(text) for text in texts)

    def selected_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _request(self, path: Path) -> None:
        self.accept()
        self.restoreRequested.emit(path)

    def _on_list_itemSelectionChanged(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def _on_list_itemDoubleClicked(self, item: QTreeWidgetItem, column: int) -> None:
        del item, column
        self._on_restore_clicked()

    def _on_restore_clicked(self) -> None:
        path = self.selected_path()
        if path is not None:
            self._request(path)

    def _on_choose_clicked(self) -> None:
        path = self._choose_file(self)
        if path is not None:
            self._request(path)
