"""The tracker table model: a thin Qt face over `RowStore`, built for 100,000 rows.

`_view` is the list of store slots shown, in display order; search, status filter and sort
are the store's (see row_store.py for why it is laid out as it is). The model never writes:
an inline edit becomes `editRequested`, which the window turns into an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from nextmove.domain.search_text import fold
from nextmove.domain.status import CLOSED_STATUSES, Status
from nextmove.storage import tracker_rows as r
from nextmove.storage.tracker_rows import TrackerRow, TrackerRows
from nextmove.ui import palette
from nextmove.ui.date_display import date_display
from nextmove.ui.tracker.columns import COLUMNS, Column, Kind, header_text, status_label
from nextmove.ui.tracker.row_store import RowStore

Index = QModelIndex | QPersistentModelIndex

# How long after the rows changed the columns are ranked for sorting (ms), and how many rows
# a slice of that work handles (about 20 ms).
RANK_AFTER_MS = 1000
RANK_STEP = 20_000

# Up to this many rows a search runs at once (a few milliseconds); above, in parts.
SEARCH_AT_ONCE = 20_000

# The status filter's special values (besides a status's own value).
ALL = ""
OPEN = "open"
_OPEN_STATUSES = frozenset(s.value for s in Status if s not in CLOSED_STATUSES)

# The light values; data() returns the current scheme's (ui.palette).
OVERDUE_TEXT = palette.light("overdue_text")
OVERDUE_BACKGROUND = palette.light("overdue_background")
DUE_TEXT = palette.light("due_text")
DUE_BACKGROUND = palette.light("due_background")

# Custom roles the delegate and window read.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DUE_ROLE = Qt.ItemDataRole.UserRole + 2  # "overdue", "due" or "" on the next-action column


# Roles as plain ints (compared on every data() call), and those data() ever answers.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID = int(ID_ROLE)
_ANSWERED = frozenset(
    {
        _DISPLAY,
        _EDIT,
        _TOOLTIP,
        _ID,
        int(DUE_ROLE),
        int(Qt.ItemDataRole.ForegroundRole),
        int(Qt.ItemDataRole.BackgroundRole),
    }
)
_COLUMN_COUNT = len(COLUMNS)
_NEXT_ACTION_COLUMN = next(n for n, c in enumerate(COLUMNS) if c.key == "next_action_on")

# Each column's item flags, combined once: flags() runs for every visible cell on every paint.
_FLAGS = [
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | (Qt.ItemFlag.ItemIsEditable if column.editable else Qt.ItemFlag.NoItemFlags)
    for column in COLUMNS
]


def format_day(iso: str) -> str:
    """A stored ISO date in the person's date format."""
    return date_display().format_iso(iso)


class TrackerModel(QAbstractTableModel):
    # An inline edit: application id, field (ApplicationData name), new value (str, date, None).
    editRequested = Signal(int, str, object)
    # The number of shown or total rows changed (for the status bar and the empty state).
    countsChanged = Signal()
    # Every row was read again (the first load, an import, a restore), after the model reset
    # that shows them; a search or a status filter resets the model without this.
    rowsReplaced = Signal()
    # A search that ran in parts has shown its last part (see set_filter).
    searchFinished = Signal()

    def __init__(self, today: Callable[[], date], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._today = today
        self._store = RowStore(_OPEN_STATUSES)
        self._view: list[int] = []  # store slots, in display order
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._needle = ""
        self._status_filter = ALL
        self._day_text: dict[str, str] = {}
        # The parts of a search still to come, taken one per turn of the event loop.
        self._search: Iterator[list[int]] | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(1)  # after the paint of what is found so far
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        # Ranking every column for fast sorts (RowStore.rank_steps): a slice per turn of the
        # event loop, begun a while after the rows last changed.
        self._ranking: Iterator[None] | None = None
        self._rank_timer = QTimer(self)
        self._rank_timer.setSingleShot(True)
        self._rank_timer.timeout.connect(self._on_rank_timer_timeout)
        self._today_iso = today().isoformat()
        date_display().changed.connect(self._on_date_display_changed)

    def _on_date_display_changed(self) -> None:
        """Another date format: every date cell is written again."""
        self._day_text.clear()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    # -- loading -------------------------------------------------------------------------------

    def set_rows(self, rows: TrackerRows, *, keep_order: bool = False) -> None:
        """Replace every row (first load, reload after an import or a restore).

        `keep_order` shows them as given (a first screenful already sorted by SQL).
        """
        self._stop_search()
        self.beginResetModel()
        self._today_iso = self._today().isoformat()
        self._store.load(rows, keep_order=keep_order)
        self._view = self._store.matching(self._needle, self._status_filter)
        self.endResetModel()
        self._rank_later()
        self.countsChanged.emit()
        self.rowsReplaced.emit()

    def new_store(self) -> RowStore:
        """An empty store sorted as the shown rows are, to load a big file into (RowLoader)."""
        store = RowStore(_OPEN_STATUSES)
        store.same_sort_as(self._store)
        return store

    def adopt(self, store: RowStore) -> None:
        """Show the rows of a filled and sorted store from `new_store()`."""
        self._stop_search()
        self.beginResetModel()
        self._today_iso = self._today().isoformat()
        self._store = store
        self._view = store.matching(self._needle, self._status_filter)
        self.endResetModel()
        self._rank_later()
        self.countsChanged.emit()
        self.rowsReplaced.emit()

    def new_day(self) -> None:
        """The date changed while the window is open: due and overdue tints move on."""
        self._today_iso = self._today().isoformat()
        if self._view:
            column = next(n for n, c in enumerate(COLUMNS) if c.key == "next_action_on")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._view) - 1, column))

    # -- reading -------------------------------------------------------------------------------

    def total_count(self) -> int:
        return len(self._store)

    def shown_count(self) -> int:
        return len(self._view)

    def id_at(self, row: int) -> int:
        return self._store.row(self._view[row]).id

    def row_of(self, application_id: int) -> int | None:
        slot = self._store.slot_of(application_id)
        return None if slot is None else self._row_of_slot(slot)

    def row_data(self, application_id: int) -> TrackerRow | None:
        return self._store.get(application_id)

    def ids(self) -> list[int]:
        """The shown ids, in display order."""
        return [self._store.row(slot).id for slot in self._view]

    def shown_rows(self) -> list[TrackerRow]:
        """The shown rows, in display order (the board sorts them into its columns)."""
        row = self._store.row
        return list(map(row, self._view))

    def today_iso(self) -> str:
        return self._today_iso

    def due_state(self, row: TrackerRow) -> str:
        """ "overdue", "due" (today) or "" for a row's next action: one rule for every view."""
        return self._due_state(row)

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
        return _FLAGS[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        # Called for every role of every visible cell on every paint (a view asks for about
        # ten roles a cell): the roles never answered leave first, with no other work.
        if role not in _ANSWERED:
            return None
        view = self._view
        row_number, column_number = index.row(), index.column()
        # An invalid index has row and column -1.
        if not (0 <= row_number < len(view) and 0 <= column_number < _COLUMN_COUNT):
            return None
        row = self._store.by_slot[view[row_number]]
        column = COLUMNS[column_number]
        value = row[column.index]
        if role == _DISPLAY:
            if column.kind is Kind.TEXT:
                return value
            return self._display(column, value)
        if role == _EDIT:
            return self._edit_value(column, value)
        if role == _ID:
            return row.id
        if column_number == _NEXT_ACTION_COLUMN:
            return self._next_action_data(row, role)
        if role == _TOOLTIP and column.kind is Kind.TEXT and value:
            return str(value)  # the whole text, for a cell too narrow to show it
        return None

    def _display(self, column: Column, value: object) -> str:
        if value is None or value == "":
            return ""
        if column.kind is Kind.STATUS:
            return status_label(str(value))
        if column.kind is Kind.DATE:
            text = self._day_text.get(str(value))
            if text is None:
                text = self._day_text[str(value)] = format_day(str(value))
            return text
        return str(value)

    @staticmethod
    def _edit_value(column: Column, value: object) -> object:
        if column.kind is Kind.DATE:
            return QDate.fromString(str(value), Qt.DateFormat.ISODate) if value else QDate()
        return "" if value is None else value

    def _due_state(self, row: TrackerRow) -> str:
        day = row.next_action_on
        if not day or row.status not in _OPEN_STATUSES:
            return ""
        if day < self._today_iso:
            return "overdue"
        return "due" if day == self._today_iso else ""

    def _next_action_data(self, row: TrackerRow, role: int) -> object:
        state = self._due_state(row)
        if role == DUE_ROLE:
            return state
        if not state:
            if role == Qt.ItemDataRole.ToolTipRole and row.next_action:
                return row.next_action
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.color("overdue_text" if state == "overdue" else "due_text")
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.color("overdue_background" if state == "overdue" else "due_background")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._due_tooltip(row, state)
        return None

    def _due_tooltip(self, row: TrackerRow, state: str) -> str:
        what = row.next_action
        if state == "due":
            text = self.tr("Due today")
        else:
            due_on = date.fromisoformat(str(row.next_action_on))
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
        row = self._store.row(self._view[index.row()])
        application_id, old = row.id, row[column.index]
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

    def request_status(self, application_id: int, status: str) -> None:
        """Ask for a status change from outside the table (the board): the same request as
        an inline edit of the status cell, so the same undoable command carries it out."""
        row = self._store.get(application_id)
        if row is not None and row.status != status:
            self.editRequested.emit(application_id, "status", status)

    def upsert(self, row: TrackerRow, haystack: str) -> None:
        """Show a new or changed row where it is; a new one goes to the end of the view."""
        slot, is_new = self._store.put(row, haystack)
        self._rank_later()
        if is_new:
            position = len(self._view)
            self.beginInsertRows(QModelIndex(), position, position)
            self._view.append(slot)
            self.endInsertRows()
            self.countsChanged.emit()
            return
        shown_at = self.row_of(row.id)
        if shown_at is not None:
            last = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(shown_at, 0), self.index(shown_at, last))

    def remove(self, application_id: int) -> None:
        position = self.row_of(application_id)
        slot = self._store.drop(application_id)
        if slot is None:
            return
        if position is not None:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._view[position]
            self.endRemoveRows()
        self.countsChanged.emit()

    # -- filtering and sorting ------------------------------------------------------------------

    def set_filter(self, text: str, status: str = ALL) -> None:
        """Show rows whose search text contains `text` (ignoring case and accents) and whose
        status passes `status`.

        Over more than SEARCH_AT_ONCE rows the search runs in parts: the first screenful shows
        at once, the rest follow a part per turn of the event loop (`searching()` is True until
        `searchFinished`), so typing is never held up; the next keystroke drops what is left.
        """
        needle = fold(text.strip())
        if needle == self._needle and status == self._status_filter:
            return
        # A longer search text can only narrow what the shorter one found.
        narrowing = (
            self._search is None and status == self._status_filter and self._needle in needle
        )
        self._needle, self._status_filter = needle, status
        self._stop_search()
        if len(self._store) <= SEARCH_AT_ONCE or (not needle and status == ALL):
            self.beginResetModel()
            self._view = self._store.matching(needle, status)
            self.endResetModel()
            self.countsChanged.emit()
            return
        steps = self._store.matching_steps(needle, status, self._view if narrowing else None)
        self.beginResetModel()
        self._view = next(steps)
        self.endResetModel()
        self._search = steps
        self._search_timer.start()
        self.countsChanged.emit()

    def _rank_later(self) -> None:
        self._ranking = None
        self._rank_timer.start(RANK_AFTER_MS)

    def _on_rank_timer_timeout(self) -> None:
        if self._ranking is None:
            columns = [(column.index, column.sort_keys) for column in COLUMNS]
            self._ranking = self._store.rank_steps(columns, RANK_STEP)
        if next(self._ranking, StopIteration) is StopIteration:
            self._ranking = None
        else:
            self._rank_timer.start(1)

    def ranking(self) -> bool:
        """True until every column is ranked for sorting (after the rows last changed)."""
        return self._ranking is not None or self._rank_timer.isActive()

    def searching(self) -> bool:
        """True while a search's later parts are still to come."""
        return self._search is not None

    def _stop_search(self) -> None:
        self._search = None
        self._search_timer.stop()

    def _on_search_timer_timeout(self) -> None:
        part = None if self._search is None else next(self._search, None)
        if part is None:
            self._stop_search()
            self.countsChanged.emit()
            self.searchFinished.emit()
            return
        if part:
            self.beginInsertRows(QModelIndex(), len(self._view), len(self._view) + len(part) - 1)
            self._view.extend(part)
            self.endInsertRows()
        self._search_timer.start()

    def needle(self) -> str:
        """The folded search text the shown rows match ("" when not searching)."""
        return self._needle

    @staticmethod
    def column_key(column: int) -> str:
        return COLUMNS[column].key if 0 <= column < len(COLUMNS) else ""

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not -1 <= column < len(COLUMNS):
            return
        if (column, order) == (self._sort_column, self._sort_order) and self._store.sorted:
            return  # Qt asks twice for one header click
        searched_in_parts = self.searching()
        self._stop_search()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(index, self._view[index.row()]) for index in persistent]
        self._sort_column, self._sort_order = column, order
        descending = order == Qt.SortOrder.DescendingOrder
        if column < 0:
            self._store.sort(r.ID, None, descending)
        else:
            self._store.sort(COLUMNS[column].index, COLUMNS[column].sort_keys, descending)
        self._view = self._store.matching(self._needle, self._status_filter)
        if kept:
            # Only the few rows Qt tracks (selection, current cell) are looked up.
            positions = {slot: self._row_of_slot(slot) for slot in {slot for _, slot in kept}}
            self.changePersistentIndexList(
                persistent,
                [
                    QModelIndex()
                    if positions[slot] is None
                    else self.index(positions[slot], index.column())  # type: ignore[arg-type]
                    for index, slot in kept
                ],
            )
        self.layoutChanged.emit()
        if searched_in_parts:  # its rest came in with the sort
            self.countsChanged.emit()
            self.searchFinished.emit()

    def _row_of_slot(self, slot: int) -> int | None:
        try:
            return self._view.index(slot)
        except ValueError:
            return None
