"""The tracker table's column layout (widths, order, sort column) kept in the settings file."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from nextmove.ui.tracker.columns import COLUMNS
from nextmove.ui.tracker.table_model import TrackerModel
from nextmove.ui.tracker.table_view import TrackerTable

HEADER_KEY = "tracker/header"
# The columns a saved header describes: a layout saved for other columns is ignored.
COLUMNS_KEY = "tracker/columns"


def _signature() -> str:
    return ",".join(column.key for column in COLUMNS)


def save_table_layout(table: TrackerTable, settings: QSettings) -> None:
    settings.setValue(HEADER_KEY, table.horizontalHeader().saveState())
    settings.setValue(COLUMNS_KEY, _signature())


def restore_table_layout(table: TrackerTable, settings: QSettings) -> None:
    """Put back the saved widths, order and sort (the model is sorted to match)."""
    state = settings.value(HEADER_KEY)
    if not isinstance(state, QByteArray) or settings.value(COLUMNS_KEY) != _signature():
        return
    header = table.horizontalHeader()
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
