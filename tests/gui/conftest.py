"""GUI fixtures: the real main window built through the composition root."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool

from nextmove.app import build
from nextmove.ui.main_window import MainWindow


class ImmediatePool(QThreadPool):
    """Runs submitted work at once on the calling thread, so GUI tests need no waiting."""

    def start(self, runnable: QRunnable, priority: int = 0) -> None:  # type: ignore[override]
        del priority
        runnable.run()


@pytest.fixture
def immediate_pool() -> ImmediatePool:
    return ImmediatePool()


@pytest.fixture
def window(qtbot, data_dir: Path, immediate_pool: ImmediatePool) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = build(data_dir, pool=immediate_pool)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    if win.context is not None:
        win.context.database.close()
