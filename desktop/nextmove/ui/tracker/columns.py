"""The tracker table's columns, declared once: header, where the value lives, how it sorts
and which editor changes it.

Everything the model, the delegate, the SQL first page and the saved layout need about a column
comes from here, so adding a column is one line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from nextmove.domain.status import Status
from nextmove.storage import tracker_rows as r
from nextmove.ui.labels import QT_TRANSLATE_NOOP, tr_label

_STATUS_RANK = {status.value: f"{rank:02d}" for rank, status in enumerate(Status)}


class Kind(Enum):
    """What a column holds: decides its display, its sort key and its inline editor."""

    TEXT = "text"
    STATUS = "status"
    DATE = "date"


@dataclass(frozen=True)
class Column:
    key: str  # the ApplicationData field (or read-path name) behind the column
    header: str
    index: int  # position in a TrackerRow
    kind: Kind
    editable: bool
    width: int  # a comfortable default width in pixels

    @property
    def sort_keys(self) -> SortKeys:
        return _SORT_KEYS[self.kind]


# Sort keys for a whole column at once: map() over C functions, no Python call per row. A blank
# value gives a falsy key, and blanks go last whichever way the column is sorted.
SortKeys = Callable[[Iterable[Any]], list[Any]]


def _text_keys(values: Iterable[Any]) -> list[Any]:
    return list(map(str.casefold, values))


def _status_keys(values: Iterable[Any]) -> list[Any]:
    return list(map(_STATUS_RANK.get, values))


_SORT_KEYS: dict[Kind, SortKeys] = {
    Kind.TEXT: _text_keys,
    Kind.DATE: list,
    Kind.STATUS: _status_keys,
}


# In order of what a person scans for: the first four (up to the next action, where overdue
# dates show) fit a narrow window; the rest are a scroll away.
COLUMNS: tuple[Column, ...] = (
    Column(
        "company", QT_TRANSLATE_NOOP("TrackerColumns", "Company"), r.COMPANY, Kind.TEXT, True, 150
    ),
    Column("role", QT_TRANSLATE_NOOP("TrackerColumns", "Role"), r.ROLE, Kind.TEXT, True, 170),
    Column(
        "status", QT_TRANSLATE_NOOP("TrackerColumns", "Status"), r.STATUS, Kind.STATUS, True, 108
    ),
    Column(
        "next_action_on",
        QT_TRANSLATE_NOOP("TrackerColumns", "Next action"),
        r.NEXT_ACTION_ON,
        Kind.DATE,
        True,
        104,
    ),
    Column(
        "applied_on",
        QT_TRANSLATE_NOOP("TrackerColumns", "Applied"),
        r.APPLIED_ON,
        Kind.DATE,
        True,
        100,
    ),
    Column(
        "last_activity_on",
        QT_TRANSLATE_NOOP("TrackerColumns", "Last activity"),
        r.LAST_ACTIVITY_ON,
        Kind.DATE,
        False,
        100,
    ),
    Column(
        "location",
        QT_TRANSLATE_NOOP("TrackerColumns", "Location"),
        r.LOCATION,
        Kind.TEXT,
        True,
        120,
    ),
    Column("source", QT_TRANSLATE_NOOP("TrackerColumns", "Source"), r.SOURCE, Kind.TEXT, True, 100),
    # Contacts are linked in the side panel, not typed into a cell.
    Column(
        "contact", QT_TRANSLATE_NOOP("TrackerColumns", "Contact"), r.CONTACT, Kind.TEXT, False, 130
    ),
)
# The columns the window keeps room for, whatever else is open beside the table.
KEY_COLUMNS = 4


def header_text(column: Column) -> str:
    return QCoreApplication.translate("TrackerColumns", column.header)


def status_label(value: str) -> str:
    """A status as people read it ("Interviewing"), translatable."""
    try:
        label = Status(value).label
    except ValueError:
        label = value
    return tr_label(label)
