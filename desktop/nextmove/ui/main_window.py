"""The main window: menus, the tracker table and the side panel.

It is built in two steps so the first frame paints before the database layer is even imported:
`MainWindow()` is pure Qt and cheap; `attach(context)` connects it to an open data folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nextmove._version import __version__
from nextmove.ui.actions import create_actions

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext


class MainWindow(QMainWindow):
    # An application's status changed by any means (table, dialog, timeline, undo).
    applicationStatusChanged = Signal(int, str)
    # The selection moved to another application (0 when nothing is selected).
    selectedApplicationChanged = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Next Move"))
        self.context: AppContext | None = None
        # Every destructive edit (add, edit, delete, status change) is a command on this stack.
        self.undo_stack = QUndoStack(self)
        self._menus, self._actions = create_actions(self)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("search_box")
        self.search_box.setAccessibleName(self.tr("Search applications"))
        self.search_box.setPlaceholderText(self.tr("Search company, role, location, notes…"))
        self.search_box.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.table = QTableView()
        self.table.setObjectName("tracker_table")
        self.table.setAccessibleName(self.tr("Applications"))
        self.side_panel = QWidget()
        self.side_panel.setObjectName("side_panel")

        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 1)
        bar.addWidget(QLabel(self.tr("Status:")))
        bar.addWidget(self.status_filter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.resize(1100, 700)
        self.statusBar().showMessage(self.tr("Opening your data…"))

        self.action("action_reject_wizard").setEnabled(False)
        self.action("action_quit").triggered.connect(self.close)
        self.action("action_find").triggered.connect(self._on_find_triggered)
        self.action("action_about").triggered.connect(self._on_about_triggered)

    def action(self, name: str) -> QAction:
        return self._actions[name]

    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def attach(self, context: AppContext) -> None:
        """Connect the window to an open data folder and show its applications."""
        self.context = context
        self._restore_state()
        self.statusBar().showMessage(self.tr("Ready"), 3000)

    def selected_application_id(self) -> int | None:
        return None

    def reload(self) -> None:
        """Re-read every application (after an import or a restore)."""

    def refresh_application(self, application_id: int) -> None:
        """Re-read one application's row (after its timeline or contacts changed elsewhere)."""
        del application_id

    def _restore_state(self) -> None:
        assert self.context is not None
        settings = self.context.settings
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def _save_state(self) -> None:
        if self.context is None:
            return
        settings = self.context.settings
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: object) -> None:
        self._save_state()
        super().closeEvent(event)  # type: ignore[arg-type]

    def _on_find_triggered(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Next Move"),
            self.tr(
                "Next Move {version}\n\nTrack your applications, learn from every "
                "rejection, and plan your next move."
            ).format(version=__version__),
        )
