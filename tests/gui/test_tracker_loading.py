"""A big file is read a slice at a time after the first screenful, and nothing done
meanwhile is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from nextmove.app import build
from nextmove.domain.status import Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.database import DataPaths, open_database
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker import row_loader
from tests.gui.tracker_helpers import TODAY, app, cell, row_of


def test_rows_load_in_slices_and_edits_made_meanwhile_stay(
    qtbot, data_dir: Path, immediate_pool, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    database = open_database(DataPaths(data_dir))
    repo = ApplicationRepository(database)
    ids = [repo.add(app(f"Company {n:02d}"), TODAY) for n in range(11)]
    database.close()
    monkeypatch.setattr(row_loader, "SLICE_ROWS", 4)

    window = build(data_dir, pool=immediate_pool)
    qtbot.addWidget(window)
    assert window.context is not None
    window.context.today = lambda: TODAY
    try:
        assert window.loading()  # the first slice is in; the rest follow
        assert window.count_label.text() == "Loading applications…"
        first = window.model.total_count()
        assert first == 4
        # An edit to a row already read, while later slices are still coming.
        window.model.setData(window.model.index(row_of(window, ids[0]), 2), "offer")
        qtbot.waitUntil(lambda: not window.loading())
        assert window.model.total_count() == 11
        assert window.count_label.text() == "11 applications"
        assert cell(window, row_of(window, ids[0]), "status") == "Offer"
        assert repo.get(ids[0]).status is Status.OFFER
    finally:
        window.close()
        window.context.database.close()


def test_a_small_file_is_loaded_before_the_window_shows(window: MainWindow) -> None:
    assert not window.loading()
