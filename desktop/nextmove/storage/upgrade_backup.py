"""The before-upgrade backup: made once per version step, not once per attempt.

When an upgrade fails (rolled back, the file unchanged), every later start would otherwise
take another copy of the same data, and those copies would push the older, different backups
out when backups are pruned. A small record in the backups folder remembers which revision
and which state of the file the last before-upgrade backup was taken from; while both still
match and that backup exists, no new one is made; a successful upgrade removes the record.
Any change to the file (it was used with the version that wrote it, or restored) means a new
backup.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from nextmove.storage.backups import BEFORE_UPGRADE, create_backup
from nextmove.storage.layout import DataPaths

RECORD_NAME = "before-upgrade.json"


def _state(database: Path, revision: str) -> dict[str, object]:
    stat = database.stat()
    wal = database.with_name(database.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    return {
        "revision": revision,
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "wal_size": wal_size,
    }


def ensure(paths: DataPaths, revision: str) -> Path:
    """A before-upgrade backup of the database as it is now: the existing one, or a new one."""
    record = paths.backups / RECORD_NAME
    state = _state(paths.database, revision)
    try:
        saved = json.loads(record.read_text(encoding="utf-8"))
        existing = paths.backups / str(saved["backup"])
        if saved["state"] == state and existing.is_file():
            return existing
    except (OSError, ValueError, KeyError, TypeError):
        pass
    info = create_backup(paths.database, paths.backups, BEFORE_UPGRADE)
    text = json.dumps({"state": state, "backup": info.path.name})
    fd = os.open(record, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as stream:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        stream.write(text)
    return info.path


def upgraded(paths: DataPaths) -> None:
    """The step is done: the record is no longer needed (the backup itself stays)."""
    (paths.backups / RECORD_NAME).unlink(missing_ok=True)
