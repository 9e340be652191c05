"""Where a data folder keeps its files. Imports nothing heavy: the window uses it before the
first frame, to take the single-instance lock, without loading SQLAlchemy."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATABASE_NAME = "nextmove.sqlite3"
BACKUP_FOLDER = "backups"
LOCK_NAME = "nextmove.lock"
CLEAN_MARKER_NAME = "clean-shutdown.json"


@dataclass(frozen=True)
class DataPaths:
    """Where one data folder keeps its database, backups and lock."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_FOLDER

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def clean_marker(self) -> Path:
        return self.root / CLEAN_MARKER_NAME

    def create(self) -> None:
        """Create the folder; on POSIX only its owner may read it."""
        self.root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            self.root.chmod(0o700)
