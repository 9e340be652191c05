"""Shared fixtures. Qt runs offscreen unless a test asks for a real X server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data folder, as `--data-dir` would give."""
    return tmp_path / "data"


@pytest.fixture
def database(data_dir: Path) -> Iterator[object]:
    """An open, migrated database on a temporary SQLite file."""
    from nextmove.storage.database import DataPaths, open_database

    db = open_database(DataPaths(data_dir))
    yield db
    db.close()
