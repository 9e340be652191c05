"""The tracker table model: plain rows by id, filtered and sorted in place for 100,000 rows.

It keeps every row as a tuple keyed by application id plus a casefolded search text, and shows
`_view`, a list of ids in display order. A keystroke in the search box is one pass over that
list with a substring test (narrowing the current view when the text only grew); sorting uses
keys computed once per column and kept up to date row by row. The model never writes: an inline
edit becomes `editRequested`, which the window turns into an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from nextmove.domain.status import CLOSED_STATUSES, Status
from nextmove.storage import tracker_rows as r
from nextmove.storage.tracker_rows import TrackerRow, TrackerRows
from nextmove.ui.tracker.columns import COLUMNS, Column, Kind, header_text, status_label

Index = QModelIndex | QPersistentModelIndex

# The status filter's special values (besides a status's own value).
ALL = ""
OPEN = "open"
_OPEN_STATUSES = frozenset(s.value for s in Status if s not in CLOSED_STATUSES)

OVERDUE_TEXT = QColor("#b3261e")
OVERDUE_BACKGROUND = QColor("#fde7e4")
DUE_TEXT = QColor("#8a5300")
DUE_BACKGROUND = QColor("#fff1cc")

# Custom roles the delegate and window read.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DUE_ROLE = Qt.ItemDataRole.UserRole + 2  # "overdue", "due" or "" on the next-action column


def _format_day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day:%d %b %Y}"


class TrackerModel(QAbstractTableModel):
    # An inline edit: application id, field (ApplicationData name), new value (str, date, None).
    editRequested = Signal(int, str, object)
    # The number of shown or total rows changed (for the status bar and the empty state).
    countsChanged = Signal()

    def __init__(self, today: Callable[[], date], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._today = today
        self._rows: dict[int, TrackerRow] = {}
        self._haystacks: dict[int, str] = {}
        self._view: list[int] = []
        self._order: list[int] = []  # every id in the current sort order
        self._sort_keys: dict[int, dict[int, str]] = {}  # column -> id -> key
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._needle = ""
        self._status_filter = ALL
        self._day_text: dict[str, str] = {}
        self._today_iso = today().isoformat()

    # -- loading -------------------------------------------------------------------------------

    def set_rows(self, rows: TrackerRows, *, keep_order: bool = False) -> None:
        """Replace every row (first load, reload after an import or a restore).

        `keep_order` shows them as given (a first screenful already sorted by SQL).
        """
        self.beginResetModel()
        self._rows = {row[r.ID]: row for row in rows.rows}
        self._haystacks = {
            row[r.ID]: text for row, text in zip(rows.rows, rows.haystacks, strict=True)
        }
        self._sort_keys.clear()
        self._today_iso = self._today().isoformat()
        self._order = list(self._rows) if keep_order else self._sorted(self._rows)
        self._view = self._filtered(self._order)
        self.endResetModel()
        self.countsChanged.emit()

    # -- reading -------------------------------------------------------------------------------

    def total_count(self) -> int:
        return len(self._rows)

    def shown_count(self) -> int:
        return len(self._view)

    def id_at(self, row: int) -> int:
        return self._view[row]

    def row_of(self, application_id: int) -> int | None:
        try:
            return self._view.index(application_id)
        except ValueError:
            return None

    def row_data(self, application_id: int) -> TrackerRow | None:
        return self._rows.get(application_id)

    def ids(self) -> list[int]:
        """The shown ids, in display order."""
        return list(self._view)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return header_text(COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._view):
            return None
        column = COLUMNS[index.column()]
        application_id = self._view[index.row()]
        row = self._rows[application_id]
        value = row[column.index]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(column, value)
        if role == ID_ROLE:
            return application_id
        if column.key == "next_action_on":
            return self._next_action_data(row, role)
        if role == Qt.ItemDataRole.ToolTipRole and column.key in {"company", "role"} and value:
            return str(value)
        return None

    def _display(self, column: Column, value: object) -> str:
        if value is None or value == "":
            return ""
        if column.kind is Kind.STATUS:
            return status_label(str(value))
        if column.kind is Kind.DATE:
            text = self._day_text.get(str(value))
            if text is None:
                text = self._day_text[str(value)] = _format_day(str(value))
            return text
        return str(value)

    @staticmethod
    def _edit_value(column: Column, value: object) -> object:
        if column.kind is Kind.DATE:
            return QDate.fromString(str(value), Qt.DateFormat.ISODate) if value else QDate()
        return "" if value is None else value

    def _due_state(self, row: TrackerRow) -> str:
        day = row[r.NEXT_ACTION_ON]
        if not day or row[r.STATUS] not in _OPEN_STATUSES:
            return ""
        if day < self._today_iso:
            return "overdue"
        return "due" if day == self._today_iso else ""

    def _next_action_data(self, row: TrackerRow, role: int) -> object:
        state = self._due_state(row)
        if role == DUE_ROLE:
            return state
        if not state:
            if role == Qt.ItemDataRole.ToolTipRole and row[r.NEXT_ACTION]:
                return row[r.NEXT_ACTION]
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_TEXT if state == "overdue" else DUE_TEXT
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BACKGROUND if state == "overdue" else DUE_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._due_tooltip(row, state)
        return None

    def _due_tooltip(self, row: TrackerRow, state: str) -> str:
        what = row[r.NEXT_ACTION]
        if state == "due":
            text = self.tr("Due today")
        else:
            due_on = date.fromisoformat(str(row[r.NEXT_ACTION_ON]))
            days = (date.fromisoformat(self._today_iso) - due_on).days
            text = (
                self.tr("Overdue by 1 day")
                if days == 1
                else self.tr("Overdue by {days} days").format(days=days)
            )
        return f"{text}: {what}" if what else text

    # -- editing -------------------------------------------------------------------------------

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Turn an inline edit into a request; the window applies it as an undoable command."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if not column.editable or not 0 <= index.row() < len(self._view):
            return False
        application_id = self._view[index.row()]
        old = self._rows[application_id][column.index]
        new: object
        if column.kind is Kind.DATE:
            day = value.toPython() if isinstance(value, QDate) and value.isValid() else None
            new = day if isinstance(day, date) else None
            changed = (None if new is None else new.isoformat()) != old
        else:
            new = str(value).strip()
            changed = new != (old or "")
        if changed:
            self.editRequested.emit(application_id, column.key, new)
        return True

    def upsert(self, row: TrackerRow, haystack: str) -> None:
        """Show a new or changed row where it is; a new one goes to the end of the view."""
        application_id = row[r.ID]
        is_new = application_id not in self._rows
        self._rows[application_id] = row
        self._haystacks[application_id] = haystack
        for column_index, keys in self._sort_keys.items():
            keys[application_id] = COLUMNS[column_index].sort_key(row[COLUMNS[column_index].index])
        if is_new:
            self._order.append(application_id)
            position = len(self._view)
            self.beginInsertRows(QModelIndex(), position, position)
            self._view.append(application_id)
            self.endInsertRows()
            self.countsChanged.emit()
            return
        shown_at = self.row_of(application_id)
        if shown_at is not None:
            last = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(shown_at, 0), self.index(shown_at, last))

    def remove(self, application_id: int) -> None:
        if application_id not in self._rows:
            return
        del self._rows[application_id]
        del self._haystacks[application_id]
        for keys in self._sort_keys.values():
            keys.pop(application_id, None)
        self._order.remove(application_id)
        position = self.row_of(application_id)
        if position is not None:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._view[position]
            self.endRemoveRows()
        self.countsChanged.emit()

    # -- filtering and sorting ------------------------------------------------------------------

    def set_filter(self, text: str, status: str = ALL) -> None:
        """Show rows whose search text contains `text` and whose status passes `status`."""
        needle = text.strip().casefold()
        if needle == self._needle and status == self._status_filter:
            return
        narrower = status == self._status_filter and needle.startswith(self._needle)
        narrower = narrower or (needle == self._needle and self._status_filter == ALL)
        self._needle, self._status_filter = needle, status
        self.beginResetModel()
        self._view = self._filtered(self._view if narrower else self._order)
        self.endResetModel()
        self.countsChanged.emit()

    def _filtered(self, ids: Iterable[int]) -> list[int]:
        needle, hay, rows = self._needle, self._haystacks, self._rows
        status = self._status_filter
        if status == ALL:
            if not needle:
                return list(ids)
            return [i for i in ids if needle in hay[i]]
        allowed = _OPEN_STATUSES if status == OPEN else frozenset({status})
        if not needle:
            return [i for i in ids if rows[i][r.STATUS] in allowed]
        return [i for i in ids if rows[i][r.STATUS] in allowed and needle in hay[i]]

    @staticmethod
    def column_key(column: int) -> str:
        return COLUMNS[column].key if 0 <= column < len(COLUMNS) else ""

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not -1 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(index, self._view[index.row()]) for index in persistent]
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted(self._rows)
        self._view = self._filtered(self._order)
        if kept:
            positions = {application_id: n for n, application_id in enumerate(self._view)}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(positions[i], index.column()) if i in positions else QModelIndex()
                    for index, i in kept
                ],
            )
        self.layoutChanged.emit()

    def _sorted(self, ids: Iterable[int]) -> list[int]:
        if self._sort_column < 0:
            return sorted(ids)
        keys = self._sort_keys.get(self._sort_column)
        if keys is None:
            column = COLUMNS[self._sort_column]
            key, at = column.sort_key, column.index
            keys = {i: key(row[at]) for i, row in self._rows.items()}
            self._sort_keys[self._sort_column] = keys
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # Python's sort is stable even reversed: ties stay in id order in both directions.
        return sorted(sorted(ids), key=keys.__getitem__, reverse=descending)
