"""The outbox as a table: plain rows in, state in words out (never a database session)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from nextmove.domain.outbox_state import OutboxState
from nextmove.storage.outbox import OutboxRow
from nextmove.ui import palette
from nextmove.ui.date_display import format_day
from nextmove.ui.labels import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


def local_time(stored: datetime) -> str:
    """Times are stored in UTC; people read them in their own time zone."""
    moment = stored.replace(tzinfo=UTC).astimezone()
    return f"{format_day(moment.date())} {moment:%H:%M}"


class OutboxModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("OutboxModel", "State"),
        QT_TRANSLATE_NOOP("OutboxModel", "To"),
        QT_TRANSLATE_NOOP("OutboxModel", "Application"),
        QT_TRANSLATE_NOOP("OutboxModel", "Subject"),
        QT_TRANSLATE_NOOP("OutboxModel", "When"),
        QT_TRANSLATE_NOOP("OutboxModel", "Problem"),
    )
    APPLICATION = 2
    SUBJECT = 3
    WHEN = 4
    PROBLEM = 5

    def __init__(self, maybe_sent: Callable[[OutboxRow], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[OutboxRow] = []
        self._maybe_sent = maybe_sent
        self._has_account = True
        self._applications: dict[int, str] = {}

    def set_rows(
        self,
        rows: list[OutboxRow],
        *,
        has_account: bool = True,
        applications: dict[int, str] | None = None,
    ) -> None:
        """Without any account, waiting rows say so in their own Problem cell; `applications`
        names the application each email is about, by id."""
        self.beginResetModel()
        self._rows = list(rows)
        self._has_account = has_account
        self._applications = dict(applications or {})
        self.endResetModel()

    def has_waiting(self) -> bool:
        return any(row.state == OutboxState.QUEUED for row in self._rows)

    def row_at(self, row: int) -> OutboxRow:
        return self._rows[row]

    def row_of(self, message_id: int) -> int:
        for number, item in enumerate(self._rows):
            if item.id == message_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def state_text(self, row: OutboxRow) -> str:
        if row.state == OutboxState.SENDING:
            if self._maybe_sent(row):
                return self.tr("May have been sent — check your Sent folder")
            return self.tr("Sending…")
        if row.state == OutboxState.QUEUED:
            if row.needs_attention:
                return self.tr("Needs attention")
            if row.next_attempt_at is not None:
                return self.tr("Waiting to retry")
            return self.tr("Waiting")
        labels: dict[str, str] = {
            OutboxState.DRAFT: self.tr("Draft"),
            OutboxState.SENT: self.tr("Sent"),
            OutboxState.FAILED: self.tr("Failed"),
        }
        return labels.get(row.state, row.state)

    def application_text(self, row: OutboxRow) -> str:
        if row.application_id is None:
            return ""
        return self._applications.get(row.application_id, "")

    def problem_text(self, row: OutboxRow) -> str:
        """Why it has not left, on one line (the full reason is in the details below)."""
        if row.state == OutboxState.QUEUED and not self._has_account:
            return self.tr("No mail account yet")
        if row.state == OutboxState.SENT or not row.last_error:
            return ""
        return " ".join(row.last_error.split())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.state_text(row)
            if column == 1:
                return row.to_address
            if column == self.APPLICATION:
                return self.application_text(row)
            if column == self.SUBJECT:
                return row.subject
            if column == self.PROBLEM:
                return self.problem_text(row)
            return local_time(row.sent_at or row.created_at)
        if role == Qt.ItemDataRole.ForegroundRole and column in (0, self.PROBLEM):
            if row.state == OutboxState.FAILED or row.needs_attention:
                return palette.color("error")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and row.last_error:
            return row.last_error
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
