"""The command line for scripting and support: `nextmove [--data-dir D] COMMAND ...`.

Each module here adds its subcommands through `register(subparsers)`; every subparser sets a
`handler` default, a function `(args) -> int`. `run(args)` calls it and turns any failure into
one line on stderr and a non-zero exit code: 1 when the command failed, 2 for a usage error.
Nothing here imports Qt: commands run without a display.

Commands that change the data (import, adding or removing a mail account, sending) set the
`writes` default to the menu command that does the same in the app: they take the window's
single-instance lock, so they refuse to run while the app is open on the same folder (the window
would show stale rows and reuse ids it believes are free), and the refusal names that command.
Read-only commands (export, backup, list) take no lock and work alongside the app: WAL lets
readers and one writer work together, and the 5 s busy timeout makes a second writer wait.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from nextmove._version import __version__

if TYPE_CHECKING:
    from nextmove.storage.database import Database, DataPaths

Handler = Callable[[argparse.Namespace], int]

EXIT_FAILED = 1
EXIT_USAGE = 2
APP_IS_OPEN = "Next Move is open on this data folder; close it first, or make the change in the app"
IMPORT_IN_APP = "File › Import CSV…"
ACCOUNTS_IN_APP = "Mail › Mail Accounts…"
COMPOSE_IN_APP = "Mail › Compose Email…"
OUTBOX_IN_APP = "Mail › Send Waiting Emails"
INBOX_IN_APP = "Mail › Check for Replies"
DAMAGED_ADVICE = (
    "open Next Move to restore a backup or start with an empty database (the damaged file is kept)"
)


def app_is_open(args: argparse.Namespace) -> str:
    """Why a writing command refused, naming the same command in the app's menus."""
    in_app = getattr(args, "writes", None)
    if not isinstance(in_app, str):
        return APP_IS_OPEN
    return f"Next Move is open on this data folder; close it first, or use {in_app} in the app"


def command_is_running(command: str) -> str:
    """Why a writing command refused when another command, not the window, holds the folder."""
    which = f" (nextmove {command})" if command else ""
    return (
        f"another Next Move command{which} is using this data folder; wait for it to finish, "
        "then try again"
    )


def command_name(args: argparse.Namespace) -> str:
    """`import`, `accounts add`, `outbox send`: the words that named the command."""
    command = getattr(args, "command", None) or ""
    action = getattr(args, f"{command}_command", None)
    return f"{command} {action}" if isinstance(action, str) else command


def plural(count: int, one: str, many: str) -> str:
    """`1 application`, `3 applications`, `1,200 applications`."""
    return f"{count:,} {one if count == 1 else many}"


class CommandError(Exception):
    """A command failed for a reason the user can act on; the message is the line shown."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, like every other failure."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    from nextmove.cli import backup, calendar, capture, inbox, insights, mail, tracker

    parser = _Parser(
        prog="nextmove",
        description="Next Move: track job applications and bounce back from rejections.",
    )
    parser.add_argument("--version", action="version", version=f"Next Move {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder holding the database and backups (default: the user data folder)",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="write debugging detail to the log (never passwords, tokens or message text)",
    )
    parser.add_argument(
        "--lang",
        default=None,
        metavar="CODE",
        help="the window's language for this run: en, de, fr or es (default: the one chosen "
        "in Preferences, else the system's)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation offscreen in a temporary folder and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (tracker, capture, backup, mail, insights, inbox, calendar):
        module.register(subparsers)
    return parser


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("nextmove", appauthor=False, roaming=True)


def data_paths(args: argparse.Namespace) -> DataPaths:
    """The data folder a command works on: `--data-dir`, else the user data folder."""
    from nextmove.storage.database import DataPaths

    return DataPaths(args.data_dir if args.data_dir is not None else default_data_dir())


@contextmanager
def open_data(args: argparse.Namespace) -> Iterator[Database]:
    """The command's database, opened (and migrated, after a backup) like the app does.

    A command that does not write (no `writes` default) still works on a read-only folder or
    file: it then opens the database read-only.
    """
    from nextmove.storage.database import open_database

    read_only = not isinstance(getattr(args, "writes", None), str)
    database = open_database(data_paths(args), read_only=read_only)
    try:
        yield database
    finally:
        database.close()


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; returns the process exit code, never raises."""
    handler: Handler = args.handler
    try:
        return handler(args)
    except CommandError as error:
        return fail(str(error), error.exit_code)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except Exception as error:
        from nextmove import logs

        logs.failure(f"nextmove {command_name(args)} failed", error)
        return fail(describe_error(error, data_paths(args).root), EXIT_FAILED)


def describe_folder_error(folder: Path, error: OSError) -> str:
    """Why a data folder cannot be used, in words: never the bare `File exists: ...`."""
    from nextmove.storage.faults import explain, file_in_the_way

    blocking = file_in_the_way(folder)
    if blocking is not None:
        return f"{blocking} is a file, not a folder; give --data-dir a folder"
    fault = explain(error, folder)
    if fault is not None:
        return str(fault)
    return f"could not use the data folder {folder}: {error.strerror or error}"


def describe_error(error: Exception, folder: Path | None = None) -> str:
    """One line for an error a command can meet, in the person's words.

    Full disk, read-only folder or file, a folder where the database should be, a data format
    this version does not know: each is named. Never SQL, parameters or library links (the
    log has the details); an unexpected error gives its short reason and where the log is.
    """
    from nextmove.storage.backups import BackupError
    from nextmove.storage.faults import explain, file_in_the_way, unexpected
    from nextmove.storage.integrity import CorruptDatabaseError
    from nextmove.storage.migrate import SchemaTooNewError

    if isinstance(error, CorruptDatabaseError):
        return f"{str(error).rstrip('.')}; {DAMAGED_ADVICE}"
    if isinstance(error, SchemaTooNewError | BackupError):
        return str(error)
    fault = explain(error, folder)
    if fault is not None:
        return str(fault)
    if isinstance(error, OSError):
        if error.filename:
            blocking = file_in_the_way(Path(error.filename))
            if blocking is not None and isinstance(error, FileExistsError | NotADirectoryError):
                return f"{blocking} is a file, not a folder"
        where = f": {error.filename}" if error.filename else ""
        return f"{error.strerror or error}{where}"
    return unexpected(error)


def fail(message: str, code: int = EXIT_FAILED) -> int:
    """Print one `nextmove: ...` line on stderr; returns `code` for the caller to exit with."""
    print(f"nextmove: {as_clause(message)}", file=sys.stderr, flush=True)
    return code


def as_clause(message: str) -> str:
    """A message in the command line's voice: one line that reads on from `nextmove:`.

    Storage and domain errors are sentences written for the window ("There is no file called
    x.csv."); after `nextmove:` they start in lower case and lose a lone full stop, like every
    message the commands write themselves. Names (files, "Next Move", SMTP) keep their case.
    """
    line = " ".join(message.split())
    first, _, rest = line.partition(" ")
    if first.isalpha() and first[:1].isupper() and first[1:].islower() and first != "Next":
        line = f"{first.lower()} {rest}" if rest else first.lower()
    if line.endswith(".") and ". " not in line and not line.endswith("..."):
        line = line[:-1]
    return line
