"""`nextmove calendar FILE.ics`: the job hunt's dates as one iCalendar file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from nextmove.cli import CommandError, open_data, plural


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "calendar",
        help="write interviews, next actions, keep-in-touch and learning-goal dates to an .ics",
        description=(
            "Write one iCalendar file with your interviews (with their time, place and people), "
            "next actions and keep-in-touch dates (all-day) and learning-goal due dates. Events "
            "keep their identity across exports, so a calendar app updates them instead of "
            "adding copies; closed applications are left out."
        ),
    )
    command.add_argument("file", type=Path, metavar="FILE.ics")
    command.set_defaults(handler=run_calendar)


def run_calendar(args: argparse.Namespace) -> int:
    from nextmove.storage.calendar_file import export_calendar

    path: Path = args.file
    if path.is_dir():
        raise CommandError(f"{path} is a folder; give a file name such as {path / 'jobs.ics'}")
    with open_data(args) as database:
        try:
            count = export_calendar(database, path, date.today())
        except FileNotFoundError as error:
            raise CommandError(
                f"the folder {path.parent} does not exist; nothing was written"
            ) from error
        except PermissionError as error:
            raise CommandError(
                f"you are not allowed to write to {path.parent}; nothing was written"
            ) from error
        except OSError as error:
            reason = (error.strerror or "it could not be written").lower()
            raise CommandError(f"cannot write {path} ({reason}); nothing was written") from error
    print(f"Wrote {plural(count, 'event', 'events')} to {path}")
    return 0
