"""Faults met while the window works (an import, a backup) are said in the same plain words:
a full disk is a full disk, not "try again in a moment" or a library's text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from nextmove.app import build, shutdown
from nextmove.domain.csv_format import guess_mapping
from nextmove.storage.csv_io import load_table
from nextmove.ui import backup_actions
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.csv_workers import ImportJob
from tests.fault_disks import fill, small_disk
from tests.storage.helpers import companies


@pytest.fixture
def small_disk_window(qtbot, tmp_path: Path, immediate_pool) -> Iterator[tuple[MainWindow, Path]]:  # type: ignore[no-untyped-def]
    """The window on a data folder alone on a small disk (the test fills it)."""
    with small_disk(tmp_path / "disk", 768) as disk:
        data = disk / "data"
        window = build(data, pool=immediate_pool)
        qtbot.addWidget(window)
        yield window, data
        (disk / "filler").unlink(missing_ok=True)
        shutdown(window)


def test_an_import_on_a_full_disk_says_the_disk_is_full(
    small_disk_window: tuple[MainWindow, Path], tmp_path: Path
) -> None:
    window, data = small_disk_window
    assert window.context is not None
    fill(data.parent, leave_bytes=128 * 1024)  # room to work, not to store 3,000 rows
    rows = [f"Import {i},Dev,{'n' * 300}" for i in range(3000)]
    csv = tmp_path / "many.csv"
    csv.write_text("Company,Role,Notes\n" + "\n".join(rows) + "\n", encoding="utf-8")
    table = load_table(csv)
    job = ImportJob(
        window.context.database, table, guess_mapping(table.headers), {}, date(2026, 12, 1)
    )
    failures: list[str] = []
    job.signals.failed.connect(failures.append)

    job.run()

    assert failures == [
        f"The disk is full, so nothing more can be saved in {data}; free some space and try "
        "again (nothing was changed)."
    ]
    assert companies(window.context.database.path) == []


def test_back_up_now_on_a_full_disk_says_the_disk_is_full(
    small_disk_window: tuple[MainWindow, Path],
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    window, data = small_disk_window
    fill(data.parent, leave_bytes=8 * 1024)  # less than one copy of the database
    controller = window.findChild(backup_actions.BackupActions, "backup_actions")
    assert controller is not None
    asked: list[str] = []
    controller.ask = lambda _parent, _title, text, _choices: asked.append(text) or 0
    with qtbot.waitSignal(controller.backupFailed) as failed:
        controller.back_up_now()
    full = (
        f"The disk is full, so nothing more can be saved in {data}; free some space and try "
        "again (nothing was changed)."
    )
    assert failed.args == [full]
    assert asked == [f"Your data could not be backed up.\n\n{full}"]
    assert [p.name for p in (data / "backups").iterdir()] == []
