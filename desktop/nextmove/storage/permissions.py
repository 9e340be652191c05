"""Every file the app keeps in a data folder is private to its owner, whatever the umask.

The database, its WAL files, the lock and who holds it, the clean-shutdown marker, settings,
damaged files set aside and every backup are 0600, the folder and its backups folder 0700, on
each start and each clean close (group and others lose every bit; the owner's own read-only
choice is kept). Files from before this rule, or changed by hand, are put
right too. Only POSIX has these modes; elsewhere the user's profile folder keeps data private.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from nextmove.storage.layout import DataPaths

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700

log = logging.getLogger(__name__)


def make_private(path: Path, mode: int) -> None:
    """Take from `path` every permission bit outside `mode` (0600: group and others lose all).

    Only ever removes: a file or folder the person made read-only stays read-only (it is
    private all the same), so a read-only database is never quietly made writable. A missing
    path is left alone.
    """
    if os.name != "posix":
        return
    try:
        current = path.lstat()
        if stat.S_ISLNK(current.st_mode):
            return
        bits = stat.S_IMODE(current.st_mode)
        if bits & ~mode:
            path.chmod(bits & mode)
    except FileNotFoundError:
        return


def private_lock(lock: Path) -> None:
    """QLockFile creates its file with the umask's mode; make it 0600 once it is ours."""
    try:
        make_private(lock, PRIVATE_FILE)
    except OSError as error:
        log.warning("could not make %s private: %s", lock, error.strerror)


def _entries(folder: Path) -> list[Path]:
    try:
        return [entry for entry in folder.iterdir() if not entry.is_symlink()]
    except (FileNotFoundError, NotADirectoryError):
        return []


def enforce(paths: DataPaths) -> None:
    """Make the data folder, its backups folder and every file in them private.

    A file that cannot be changed (owned by someone else) is logged and left as it is: the
    folder's own 0700 still keeps it from other users.
    """
    if os.name != "posix":
        return
    folders = [paths.root, paths.backups]
    for folder in folders:
        try:
            make_private(folder, PRIVATE_FOLDER)
        except OSError as error:
            log.warning("could not make %s private: %s", folder, error.strerror)
        for entry in _entries(folder):
            if entry in folders or not entry.is_file():
                continue
            try:
                make_private(entry, PRIVATE_FILE)
            except OSError as error:
                log.warning("could not make %s private: %s", entry, error.strerror)
