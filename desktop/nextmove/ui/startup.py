"""Opening a data folder for the window: one running app per folder, and clear words when the
data cannot be opened (already running, from a newer version, damaged).

Every question goes through an `ask` seam, so tests answer them without a modal loop.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QWidget

from nextmove.storage.layout import DataPaths

if TYPE_CHECKING:
    from nextmove.ui.ask import Ask
    from nextmove.ui.context import AppContext

Opener = Callable[[Path], "AppContext"]


def _real_ask() -> Ask:
    # Imported only when there is something to say: QMessageBox costs ~25 ms to load, and
    # the lock is taken before the first frame.
    from nextmove.ui.ask import ask

    return ask


def claim_data_folder(
    data_dir: Path, parent: QWidget | None = None, *, ask: Ask | None = None
) -> QLockFile | None:
    """Lock `data_dir` for this process, or explain why not and return None.

    Cheap (no database import), so it runs before the first frame and a second launch shows
    only its message. A lock whose process is gone (killed, crashed) is reclaimed by QLockFile;
    the stale time is 0 so a long-running app's lock never counts as stale by age alone.
    """
    paths = DataPaths(data_dir)
    try:
        paths.create()
    except OSError as error:
        ask = ask or _real_ask()
        _say(
            parent,
            ask,
            QCoreApplication.translate("startup", "Next Move cannot open your data"),
            _cannot_create(data_dir, error),
        )
        return None
    lock = QLockFile(str(paths.lock))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        from nextmove.storage.holder import WINDOW, write_holder
        from nextmove.storage.permissions import private_lock

        private_lock(paths.lock)
        write_holder(paths, WINDOW)
        return lock
    ask = ask or _real_ask()
    from nextmove.storage.faults import read_only_folder, writable

    if lock.error() == QLockFile.LockError.LockFailedError:
        command = _command_holding(paths, lock)
        if command is not None:
            text = QCoreApplication.translate(
                "startup",
                "Another Next Move command ({command}) is using this data folder:\n{folder}"
                "\n\nWait for it to finish, then start Next Move again.",
            ).format(command=f"nextmove {command}" if command else "", folder=data_dir)
            _say(
                parent,
                ask,
                QCoreApplication.translate("startup", "Next Move is busy"),
                text.replace(" ()", ""),
            )
            return None
        text = QCoreApplication.translate(
            "startup",
            "Next Move is already open with this data folder:\n{folder}\n\n"
            "Switch to its window, or quit it and start Next Move again.",
        )
        _say(
            parent,
            ask,
            QCoreApplication.translate("startup", "Next Move is already running"),
            text.format(folder=data_dir),
        )
    elif not writable(data_dir):
        _say(
            parent,
            ask,
            QCoreApplication.translate("startup", "Next Move cannot open your data"),
            str(read_only_folder(data_dir)),
        )
    else:
        text = QCoreApplication.translate(
            "startup",
            "Next Move could not lock its data folder:\n{folder}\n\nCheck that you may write to it.",  # noqa: E501
        )
        _say(
            parent,
            ask,
            QCoreApplication.translate("startup", "Next Move cannot open your data"),
            text.format(folder=data_dir),
        )
    return None


def _command_holding(paths: DataPaths, lock: QLockFile) -> str | None:
    """The command (possibly "") holding the lock, or None when it is not a command."""
    from nextmove.storage.holder import COMMAND, read_holder

    pid = lock.getLockInfo()[0]  # (pid, host name, app name); pid 0 when unreadable
    holder = read_holder(paths, pid) if pid else None
    return holder.command if holder is not None and holder.kind == COMMAND else None


def open_data(
    parent: QWidget, data_dir: Path, opener: Opener, *, ask: Ask | None = None
) -> AppContext | None:
    """The opened data folder, or None (after saying why) when the app should quit."""
    ask = ask or _real_ask()
    from nextmove.storage.database import CorruptDatabaseError
    from nextmove.storage.migrate import SchemaTooNewError

    try:
        return opener(data_dir)
    except SchemaTooNewError as error:
        _say(
            parent,
            ask,
            QCoreApplication.translate("startup", "This data needs a newer Next Move"),
            str(error),
        )
    except CorruptDatabaseError:
        return _recover(parent, data_dir, opener, ask)
    except Exception as error:
        from nextmove import logs
        from nextmove.storage.faults import explain

        logs.failure("opening the data folder failed", error)
        fault = explain(error, data_dir)
        if fault is not None:
            text = str(fault)
        elif isinstance(error, OSError | sqlite3.Error):
            text = _cannot_create(data_dir, error)
        else:  # e.g. a failed migration: rolled back, the file is as it was
            text = QCoreApplication.translate(
                "startup",
                "Next Move could not open its data in\n{folder}\n\nThe file has not been "
                "changed. ({reason})",
            ).format(folder=data_dir, reason=_first_line(error))
        _say(
            parent,
            ask,
            QCoreApplication.translate("startup", "Next Move cannot open your data"),
            text,
        )
    return None


def _recover(parent: QWidget, data_dir: Path, opener: Opener, ask: Ask) -> AppContext | None:
    """Offer the latest good backup or an empty start; the damaged file is kept either way.

    Nothing moves until the person chooses: Quit leaves the folder exactly as it was, so the
    next start asks again rather than quietly opening an empty database.
    """
    from nextmove.storage.backups import latest_good_backup, restore_into
    from nextmove.storage.database import move_aside
    from nextmove.ui import backup_format

    paths = DataPaths(data_dir)
    best = latest_good_backup(paths.backups)
    lines = [
        QCoreApplication.translate(
            "startup",
            "Next Move could not read its data file: it is damaged or is not a Next Move database.",
        )
    ]
    choices = []
    if best is not None:
        when = backup_format.when(best.created)
        lines.append(
            QCoreApplication.translate(
                "startup", "The most recent good backup is from {when}."
            ).format(when=when)
        )
        choices.append(
            QCoreApplication.translate("startup", "Restore Backup from {when}").format(when=when)
        )
    else:
        lines.append(QCoreApplication.translate("startup", "There is no backup to restore from."))
    if best is not None:
        kept = QCoreApplication.translate(
            "startup", "If you restore the backup or start with an empty database, the damaged file"
        )
    else:
        kept = QCoreApplication.translate(
            "startup", "If you start with an empty database, the damaged file"
        )
    lines.append(
        QCoreApplication.translate(
            "startup",
            "{kept} is kept: it is renamed, with “damaged” and today’s date added to its "
            "name, in\n{folder}",
        ).format(kept=kept, folder=data_dir)
    )
    lines.append(
        QCoreApplication.translate(
            "startup", "Quit leaves the file untouched; Next Move asks again when it next starts."
        )
    )
    choices += [
        QCoreApplication.translate("startup", "Start with an Empty Database"),
        QCoreApplication.translate("startup", "Quit"),
    ]
    answer = ask(
        parent,
        QCoreApplication.translate("startup", "Your data file is damaged"),
        "\n\n".join(lines),
        choices,
    )
    if answer < 0 or answer == len(choices) - 1:
        return None
    try:
        move_aside(paths.database)
        if best is not None and answer == 0:
            restore_into(best.path, paths.database)
    except OSError as error:
        _say(
            parent,
            ask,
            QCoreApplication.translate("startup", "Next Move cannot open your data"),
            _cannot_create(data_dir, error),
        )
        return None
    return open_data(parent, data_dir, opener, ask=ask)


def _cannot_create(data_dir: Path, error: Exception) -> str:
    from nextmove.storage.faults import file_in_the_way

    blocking = file_in_the_way(data_dir)
    if blocking is not None:
        return QCoreApplication.translate(
            "startup",
            "Next Move keeps its data in a folder, but this is a file:\n{file}\n\n"
            "Start Next Move with a folder instead.",
        ).format(file=blocking)
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return QCoreApplication.translate(
        "startup", "Next Move could not use its data folder:\n{folder}\n\n{reason}"
    ).format(folder=data_dir, reason=reason)


def _first_line(error: Exception) -> str:
    """Enough of an unexpected error to report it, without a class name, SQL or parameters."""
    from nextmove.storage.faults import unexpected

    return unexpected(error).removeprefix("unexpected error: ")


def _say(parent: QWidget | None, ask: Ask, title: str, text: str) -> None:
    ask(parent, title, text, [QCoreApplication.translate("startup", "Quit")])
