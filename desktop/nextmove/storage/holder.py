"""Who holds a data folder's lock: the window, or a command (and which).

The lock itself is a QLockFile (the window's and the writing commands' alike); it records a
process id but not what that process is. The holder writes this small file beside it once the
lock is theirs, so that a refusal can say "Next Move is open" or "another Next Move command
(import) is using this data folder" truthfully. A file whose process id is not the lock's is
ignored (left by a killed holder).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from nextmove.storage.layout import DataPaths

HOLDER_NAME = "nextmove.lock.holder"
WINDOW = "window"
COMMAND = "command"


@dataclass(frozen=True)
class Holder:
    pid: int
    kind: str
    command: str = ""


def write_holder(paths: DataPaths, kind: str, command: str = "") -> None:
    """Say who holds the lock just taken (owner-only file, whatever the umask)."""
    path = paths.root / HOLDER_NAME
    data = json.dumps({"pid": os.getpid(), "kind": kind, "command": command})
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError:
        return  # the refusal then uses the general wording; the lock still protects
    with open(fd, "w", encoding="utf-8") as stream:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        stream.write(data)


def read_holder(paths: DataPaths, lock_pid: int) -> Holder | None:
    """The holder recorded for the process `lock_pid` holding the lock, if it wrote one."""
    try:
        data = json.loads((paths.root / HOLDER_NAME).read_text(encoding="utf-8"))
        holder = Holder(int(data["pid"]), str(data["kind"]), str(data.get("command", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return holder if holder.pid == lock_pid else None


def clear_holder(paths: DataPaths) -> None:
    """Remove the record before releasing the lock (only the holder calls this)."""
    try:
        (paths.root / HOLDER_NAME).unlink(missing_ok=True)
    except OSError:
        return
