"""What the windows are given once the data folder is open (built by app.py, never global)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QThreadPool

if TYPE_CHECKING:
    from nextmove.storage.database import Database, DataPaths


@dataclass
class AppContext:
    paths: DataPaths
    database: Database
    settings: QSettings
    # Background work (SMTP, keyring) runs here; tests inject a pool that runs synchronously.
    pool: QThreadPool
    today: Callable[[], date] = field(default=date.today)
