"""Where a data folder keeps its files. Imports nothing heavy: the window uses it before the
first frame, to take the single-instance lock, without loading SQLAlchemy."""

from __future__ import annotations

import os
import stat
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
        """Create the folder; on POSIX only its owner may read it.

        Group and others lose every bit; the mode is changed only when they had some, so an
        existing private folder on a read-only disk is not an error here (what cannot be
        written is said when writing), and a folder the owner made read-only stays so.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            bits = stat.S_IMODE(self.root.stat().st_mode)
            if bits & 0o077:
                self.root.chmod(bits & 0o700)
