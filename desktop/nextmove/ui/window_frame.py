"""The main window's frame, the part on screen before any data: the search bar, the status
filter, the splitter with its two panes, the toolbar and the first size.

Nothing here imports SQLAlchemy or the tracker's modules, nor PySide's `Qt` namespace before it
is needed (loading it costs about 50 ms, and this runs before the first frame).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.ui.labels import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from nextmove.ui.main_window import MainWindow

# The toolbar's short, fixed labels (the menus keep the full texts; Undo's says what it undoes
# in the Edit menu and the tooltip, so the toolbar never changes width).
TOOLBAR_ACTIONS: tuple[tuple[str, str] | None, ...] = (
    ("action_new_application", QT_TRANSLATE_NOOP("MainWindow", "New")),
    ("action_edit_application", QT_TRANSLATE_NOOP("MainWindow", "Edit")),
    ("action_delete_application", QT_TRANSLATE_NOOP("MainWindow", "Delete")),
    None,
    ("action_undo", QT_TRANSLATE_NOOP("MainWindow", "Undo")),
    ("action_redo", QT_TRANSLATE_NOOP("MainWindow", "Redo")),
)


@dataclass
class Frame:
    search_box: QLineEdit
    status_filter: QComboBox
    tracker_stack: QStackedWidget
    side_panel: QWidget
    count_label: QLabel
    splitter: QSplitter
    left_layout: QVBoxLayout
    toolbar: QToolBar


def build_frame(window: MainWindow) -> Frame:
    """Build the frame's widgets on `window` (its actions exist already)."""
    search_box = QLineEdit()
    search_box.setObjectName("search_box")
    search_box.setAccessibleName(QCoreApplication.translate("MainWindow", "Search applications"))
    search_box.setPlaceholderText(
        QCoreApplication.translate("MainWindow", "Search company, role, location, notes…")
    )
    search_box.setClearButtonEnabled(True)
    status_filter = QComboBox()
    status_filter.setObjectName("status_filter")
    status_filter.setAccessibleName(QCoreApplication.translate("MainWindow", "Filter by status"))
    status_filter.addItem(QCoreApplication.translate("MainWindow", "All statuses"), "")
    # Wide enough for its longest entry, also for those added after the first frame.
    status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    tracker_stack = QStackedWidget()
    tracker_stack.setObjectName("tracker_stack")
    side_panel = QWidget()
    side_panel.setObjectName("side_panel")
    side_panel.setAccessibleName(QCoreApplication.translate("MainWindow", "Selected application"))
    count_label = QLabel()
    count_label.setObjectName("count_label")
    count_label.setAccessibleName(
        QCoreApplication.translate("MainWindow", "Number of applications shown")
    )

    filter_label = QLabel(QCoreApplication.translate("MainWindow", "S&tatus:"))
    filter_label.setBuddy(status_filter)
    bar = QHBoxLayout()
    bar.addWidget(search_box, 1)
    bar.addWidget(filter_label)
    bar.addWidget(status_filter)
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(6, 6, 0, 0)
    left_layout.addLayout(bar)
    left_layout.addWidget(tracker_stack, 1)
    splitter = QSplitter()  # horizontal
    splitter.setObjectName("main_splitter")
    splitter.addWidget(left)
    splitter.addWidget(side_panel)
    # Extra width goes to the table; the side panel keeps the width it was given.
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 0)
    window.setCentralWidget(splitter)
    toolbar = _build_toolbar(window)
    # As tall as the buttons features add to the status bar later (the outbox's): the bar
    # does not grow then, which would shrink the table and repaint the window while it starts.
    button = QToolButton()
    button.setAutoRaise(True)
    count_label.setMinimumHeight(button.sizeHint().height())
    button.deleteLater()
    window.statusBar().addPermanentWidget(count_label)
    _fit_to_screen(window)
    _setup_actions(window)
    return Frame(
        search_box,
        status_filter,
        tracker_stack,
        side_panel,
        count_label,
        splitter,
        left_layout,
        toolbar,
    )


def _fit_to_screen(window: MainWindow) -> None:
    """A roomy first size (a remembered geometry replaces it once data is attached)."""
    screen = window.screen().availableGeometry() if window.screen() is not None else None
    width, height = 1280, 760
    if screen is not None and screen.width() > 0:
        # Nine columns and a side panel want room: most of a laptop screen, not all of a big one.
        width = min(1840, max(960, screen.width() * 24 // 25))
        height = min(1000, max(600, screen.height() * 24 // 25))
    window.resize(width, height)


def _build_toolbar(window: MainWindow) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setAccessibleName(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setMovable(False)
    from PySide6.QtCore import Qt

    from nextmove.ui.icons import ACTION_ICONS, themed_icon

    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in TOOLBAR_ACTIONS:
        if entry is None:
            toolbar.addSeparator()
            continue
        name, label = entry
        action = window.action(name)
        action.setIcon(themed_icon(ACTION_ICONS[name]))
        action.setIconText(QCoreApplication.translate("MainWindow", label))
        toolbar.addAction(action)
    window.addToolBar(toolbar)
    return toolbar


def _setup_actions(window: MainWindow) -> None:
    window.action("action_reject_wizard").setEnabled(False)
    window.action("action_show_details").setCheckable(True)
    window.action("action_show_details").setChecked(True)
    window.action("action_edit_application").setShortcuts(
        [QKeySequence("Return"), QKeySequence("Enter")]
    )
    for name in (
        "action_new_application",
        "action_edit_application",
        "action_delete_application",
        "action_undo",
        "action_redo",
    ):
        window.action(name).setEnabled(False)
