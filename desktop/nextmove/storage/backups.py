"""Online backups through SQLite's backup API: consistent even while the app is writing."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_SUFFIX = ".sqlite3"


def backup_to(source: Path, destination: Path) -> Path:
    """Copy a live database into `destination` page by page, never with a file copy."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":
        partial.chmod(0o600)
    partial.replace(destination)
    return destination


def backup_name(reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"nextmove-{stamp}-{reason}{BACKUP_SUFFIX}"
