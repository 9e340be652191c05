"""The tracker table: whole-row selection, column widths that fit, inline editors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from nextmove.ui.tracker.columns import COLUMNS, KEY_COLUMNS, Kind, header_text
from nextmove.ui.tracker.delegate import StatusChipDelegate, TrackerDelegate
from nextmove.ui.tracker.highlight_delegate import HighlightDelegate
from nextmove.ui.tracker.table_model import ID_ROLE, TrackerModel


class TrackerTable(QTableView):
    # A row was double-clicked on a cell that has no inline editor (open the full dialog).
    openRequested = Signal(int)

    def __init__(
        self, model: TrackerModel, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tracker_table")
        self.setAccessibleName(self.tr("Applications"))
        self.setModel(model)
        self.setItemDelegate(TrackerDelegate(today, self))
        for section, spec in enumerate(COLUMNS):
            if spec.kind is Kind.STATUS:
                self.setItemDelegateForColumn(section, StatusChipDelegate(today, self))
        self._highlight = HighlightDelegate(today, self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl+click select many rows: status, timeline, delete and export act on them all.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        rows = self.verticalHeader()
        rows.hide()
        # A fixed row height keeps 100,000 rows cheap: Qt never measures them.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 14)

        header = self.horizontalHeader()
        header.setObjectName("tracker_header")
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        for section, column in enumerate(COLUMNS):
            header.resizeSection(section, column.width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(self._on_self_double_clicked)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)

    def set_highlight(self, needle: str) -> None:
        """Mark `needle` (folded search text) in the text columns; "" stops marking."""
        self._highlight.needle = needle
        for section, column in enumerate(COLUMNS):
            if column.kind is Kind.TEXT:
                # The plain delegate paints in C++: no Python call per cell when not searching.
                plain = self.itemDelegate()
                self.setItemDelegateForColumn(section, self._highlight if needle else plain)
        self.viewport().update()

    def selected_ids(self) -> list[int]:
        """The selected applications, in display order."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        model = self.model()
        return [int(model.index(row, 0).data(ID_ROLE)) for row in rows]

    def column_menu(self) -> QMenu:
        """Show or hide columns (the company always stays); the choice is saved with the layout."""
        menu = QMenu(self)
        menu.setObjectName("column_menu")
        header = self.horizontalHeader()
        for section, column in enumerate(COLUMNS):
            action = menu.addAction(header_text(column))
            action.setObjectName(f"show_column_{column.key}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(section != 0)
            action.toggled.connect(
                lambda shown, section=section: header.setSectionHidden(section, not shown)
            )
        return menu

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    def key_columns_width(self) -> int:
        """The width the table needs to show its key columns (up to "Next action") at their
        default widths; a column the person widened does not push the side panel away."""
        sections = sum(column.width for column in COLUMNS[:KEY_COLUMNS])
        return sections + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def default_widths(self) -> None:
        header = self.horizontalHeader()
        for section, column in enumerate(COLUMNS):
            header.resizeSection(section, column.width)

    def _on_self_double_clicked(self, index: QModelIndex) -> None:
        if not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            self.openRequested.emit(int(index.data(ID_ROLE)))
