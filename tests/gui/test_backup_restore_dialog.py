"""The restore list: every backup told apart, every column readable."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from nextmove.storage.backups import BackupInfo
from nextmove.ui import backup_format
from nextmove.ui.restore_dialog import RestoreDialog


def test_backups_a_few_seconds_apart_read_differently_and_no_column_is_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    reasons = ["manual", "before-upgrade", "daily", "before-restore"]
    infos = [
        BackupInfo(Path(f"/backups/{n}.sqlite3"), datetime(2026, 11, 26, 9, 7, 50 - n), r, 122880)
        for n, r in enumerate(reasons)
    ]
    dialog = RestoreDialog(infos)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = [dialog.list.topLevelItem(r) for r in range(dialog.list.topLevelItemCount())]
    made = [row.text(0) for row in rows]
    assert len(set(made)) == len(infos)
    assert made[0].endswith("09:07:50")
    metrics = dialog.list.fontMetrics()
    header = dialog.list.header()
    for column in (0, 1, 2):
        widest = max(metrics.horizontalAdvance(row.text(column)) for row in rows)
        assert header.sectionSize(column) > widest, (column, header.sectionSize(column), widest)
    assert sum(header.sectionSize(c) for c in range(3)) <= dialog.list.viewport().width()


def test_clock_keeps_the_seconds() -> None:
    assert backup_format.clock(datetime(2026, 1, 2, 9, 7, 3)).endswith("07:03")
