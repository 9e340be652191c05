"""Keeps the tracker's columns fitted to the table's width: no horizontal scrollbar while the
columns fit at their minimums, spare room to Role and Company, missing room taken first from
the columns after Next action. Once the person drags a column's edge, their widths stand
(saved with the layout) and the table scrolls like any other."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView
from shiboken6 import isValid

from nextmove.domain.column_widths import fit_widths
from nextmove.ui.tracker.columns import COLUMNS, KEY_COLUMNS

MANUAL_PROPERTY = "manualWidths"
GROW = {"company": 0.4, "role": 0.6}
# The narrowest each column may get before the table scrolls: dates never shrink (a cut date
# reads wrong), text shrinks down to a few words.
MINIMUM = {
    "company": 110,
    "role": 120,
    "location": 70,
    "source": 64,
    "contact": 72,
}


class ColumnFit(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.setObjectName("column_fit")
        self._table = table
        self._fitting = False
        self._dragging = False
        self._pending = False
        header = table.horizontalHeader()
        self._viewport = table.viewport()
        self._header_viewport = header.viewport()
        self._viewport.installEventFilter(self)
        self._header_viewport.installEventFilter(self)
        header.sectionResized.connect(self._on_header_section_resized)

    @property
    def manual(self) -> bool:
        return bool(self._table.property(MANUAL_PROPERTY))

    def set_manual(self, manual: bool) -> None:
        self._table.setProperty(MANUAL_PROPERTY, manual)
        self._table.horizontalHeader().setStretchLastSection(manual)
        if not manual:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport and kind == QEvent.Type.Resize:
            self._schedule()
        elif kind == QEvent.Type.MouseButtonPress:
            self._dragging = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._dragging = False
        return super().eventFilter(watched, event)

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        self._pending = False
        if not isValid(self._table) or self.manual:  # the window is closing
            return
        header = self._table.horizontalHeader()
        header.setStretchLastSection(False)
        shown = [i for i in range(len(COLUMNS)) if not header.isSectionHidden(i)]
        if not shown:
            return
        columns = [COLUMNS[i] for i in shown]
        widths = fit_widths(
            [c.width for c in columns],
            [MINIMUM.get(c.key, c.width) for c in columns],
            [GROW.get(c.key, 0.0) for c in columns],
            [i < KEY_COLUMNS for i in shown],
            self._table.viewport().width(),
        )
        self._fitting = True
        try:
            for section, width in zip(shown, widths, strict=True):
                if header.sectionSize(section) != width:
                    header.resizeSection(section, width)
        finally:
            self._fitting = False

    def _on_header_section_resized(self, _section: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        if self._dragging:
            self.set_manual(True)  # the person's widths from now on
        else:
            self._schedule()  # a column shown or hidden, a layout restored
