"""Shared steps for the tracker GUI tests: seed applications, find rows, read cells."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.columns import COLUMNS

TODAY = date(2026, 11, 26)
COLUMN = {column.key: n for n, column in enumerate(COLUMNS)}


def repository(window: MainWindow) -> ApplicationRepository:
    assert window.context is not None
    return ApplicationRepository(window.context.database)


def seed(window: MainWindow, *items: ApplicationData) -> list[int]:
    """Store applications and show them, with 'today' pinned to TODAY."""
    assert window.context is not None
    window.context.today = lambda: TODAY
    repo = repository(window)
    ids = [repo.add(item, TODAY) for item in items]
    window.reload()
    return ids


def app(company: str, role: str = "Analyst", **extra: object) -> ApplicationData:
    extra.setdefault("status", Status.APPLIED)
    return ApplicationData(company=company, role=role, **extra)  # type: ignore[arg-type]


def cell(window: MainWindow, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    model = window.model
    return model.data(model.index(row, COLUMN[key]), role)


def column_values(window: MainWindow, key: str) -> list[object]:
    return [cell(window, row, key) for row in range(window.model.rowCount())]


def row_of(window: MainWindow, application_id: int) -> int:
    row = window.model.row_of(application_id)
    assert row is not None
    return row
