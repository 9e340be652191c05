"""`nextmove backup`: a checked backup now, printed as a path so scripts can use it."""

from __future__ import annotations

import argparse
import configparser
from pathlib import Path
from typing import Any

from nextmove.cli import CommandError, data_paths

SETTINGS_FILE = "settings.ini"


def register(subparsers: Any) -> None:
    """Add this module's commands to the `nextmove` parser."""
    parser = subparsers.add_parser(
        "backup",
        help="back up the database now and print the backup's path",
        description=(
            "Copy the database, even while Next Move is open, into the data folder's backups "
            "folder, check the copy, and keep the newest backups as the app does."
        ),
    )
    parser.set_defaults(handler=_backup)


def keep_setting(data_dir: Path) -> int:
    """How many backups to keep: the app's `backups/keep` setting, else the default.

    The app writes settings.ini through QSettings; its INI format is plain enough to read here
    without Qt.
    """
    from nextmove.storage.backups import DEFAULT_KEEP

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(data_dir / SETTINGS_FILE, encoding="utf-8")
        keep = parser.getint("backups", "keep", fallback=DEFAULT_KEEP)
    except (configparser.Error, ValueError, UnicodeDecodeError):
        return DEFAULT_KEEP
    return keep if keep > 0 else DEFAULT_KEEP


def _backup(args: argparse.Namespace) -> int:
    from nextmove.storage.backups import MANUAL, create_backup
    from nextmove.storage.faults import database_is_folder

    paths = data_paths(args)
    if paths.database.is_dir():
        raise database_is_folder(paths.database)
    if not paths.database.is_file():
        raise CommandError(f"there is no Next Move database in {paths.root}")
    info = create_backup(paths.database, paths.backups, MANUAL, keep=keep_setting(paths.root))
    print(info.path, flush=True)
    return 0
