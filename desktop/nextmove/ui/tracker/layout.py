"""The window's layout kept in the settings file: geometry, splitter, and the tracker table's
columns (widths, order, hidden ones, sort column)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from nextmove.ui.tracker.columns import COLUMNS
from nextmove.ui.tracker.table_model import TrackerModel
from nextmove.ui.tracker.table_view import TrackerTable

GEOMETRY_KEY = "main_window/geometry"
SPLITTER_KEY = "main_window/splitter"
HEADER_KEY = "tracker/header"
# The columns a saved header describes: a layout saved for other columns is ignored.
COLUMNS_KEY = "tracker/columns"
# True once the person set column widths by hand (else they follow the window's width).
MANUAL_KEY = "tracker/manual_widths"


def _signature() -> str:
    return ",".join(column.key for column in COLUMNS)


def save_table_layout(table: TrackerTable, settings: QSettings) -> None:
    settings.setValue(HEADER_KEY, table.horizontalHeader().saveState())
    settings.setValue(COLUMNS_KEY, _signature())
    settings.setValue(MANUAL_KEY, bool(table.property("manualWidths")))


def restore_table_layout(table: TrackerTable, settings: QSettings) -> None:
    """Put back the saved widths, order and sort (the model is sorted to match)."""
    state = settings.value(HEADER_KEY)
    if not isinstance(state, QByteArray) or settings.value(COLUMNS_KEY) != _signature():
        return
    header = table.horizontalHeader()
    table.setProperty("manualWidths", settings.value(MANUAL_KEY) in (True, "true"))
    if not header.restoreState(state):
        table.default_widths()
        return
    model = table.model()
    assert isinstance(model, TrackerModel)
    section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    if section >= len(COLUMNS):
        section = -1
    if (section, order) != model.sort_state():
        model.sort(section, order)


def restore_window_layout(
    window: QWidget, splitter: QSplitter, table: TrackerTable, settings: QSettings
) -> None:
    geometry = settings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = settings.value(SPLITTER_KEY)
    if not isinstance(state, QByteArray) or not splitter.restoreState(state):
        # First start: most of the room for the table, a comfortable side panel.
        width = max(splitter.width(), 900)
        panel = splitter.widget(1)
        side = max(panel.minimumSizeHint().width() if panel is not None else 0, width // 4)
        splitter.setSizes([width - side, side])
    restore_table_layout(table, settings)


def save_window_layout(
    window: QWidget, splitter: QSplitter, table: TrackerTable, settings: QSettings
) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(SPLITTER_KEY, splitter.saveState())
    save_table_layout(table, settings)
    settings.sync()
