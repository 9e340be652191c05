"""Tracker commands: `nextmove import FILE.csv` and `nextmove export FILE.csv`.

Import uses the same rules as the import dialog, without the preview: headers are recognised
by their common names and any problem stops the import, leaving the data untouched; every
problem is listed with its line and column (the first 50, then how many more).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nextmove.cli import EXIT_FAILED, IMPORT_IN_APP, CommandError, fail, open_data, plural
from nextmove.domain.status import Status

if TYPE_CHECKING:
    from nextmove.domain.csv_import import ImportIssue

SHOWN_PROBLEMS = 50


def register(subparsers: Any) -> None:
    """Add this module's commands to the `nextmove` parser."""
    importer = subparsers.add_parser(
        "import",
        help="import applications from a CSV file (all rows or none)",
        description=(
            "Import applications from a CSV file. Columns are recognised by their usual names "
            "(Company, Role, Status, Date Applied, URL, Location, Salary, Notes, Contact, "
            "Contact Email, ...). Nothing is imported if any row has a problem."
        ),
    )
    importer.add_argument("file", type=Path, metavar="FILE.csv")
    importer.add_argument(
        "--unknown-status",
        choices=[s.value for s in Status],
        default=None,
        help="status to give rows whose status is not recognised (default: stop with an error)",
    )
    importer.add_argument(
        "--dry-run", action="store_true", help="check the file and report, but import nothing"
    )
    importer.set_defaults(handler=run_import, writes=IMPORT_IN_APP)

    exporter = subparsers.add_parser(
        "export",
        help="export every application and its history to a CSV file",
        description=(
            "Write every application, with its whole stage history and contacts, to a CSV "
            "file (UTF-8 with BOM, safe to open in a spreadsheet). Use - for standard output."
        ),
    )
    exporter.add_argument("file", metavar="FILE.csv")
    exporter.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    from nextmove.domain.csv_format import CsvFileError, guess_mapping
    from nextmove.domain.csv_import import convert, missing_fields, unknown_statuses
    from nextmove.storage.csv_in import import_applications, load_table

    try:
        table = load_table(args.file)
    except CsvFileError as error:
        raise CommandError(str(error)) from error
    mapping = guess_mapping(table.headers)
    missing = missing_fields(mapping)
    if missing:
        names = " or ".join(f"'{f.label}'" for f in missing)
        columns = ", ".join(table.headers)
        raise CommandError(f"{args.file.name} has no {names} column (its columns are: {columns})")
    choices: dict[str, Status] = {}
    if args.unknown_status is not None:
        fallback = Status(args.unknown_status)
        choices = dict.fromkeys(unknown_statuses(table, mapping), fallback)
    result = convert(
        table, mapping, date.today(), status_choices=choices, source_name=args.file.name
    )
    if not result.ok:
        return _report_problems(args.file.name, result.issues, result.more_issues)
    ready = plural(len(result.items), "application", "applications")
    if args.dry_run:
        verb = "is" if len(result.items) == 1 else "are"
        print(f"{ready} {verb} ready to import (nothing was imported)")
        return 0
    with open_data(args) as database:
        summary = import_applications(database, result.items)
    print(f"Imported {plural(summary.applications, 'application', 'applications')}")
    return 0


def _report_problems(name: str, issues: Sequence[ImportIssue], more: int) -> int:
    """A one-line reason, then every problem (up to SHOWN_PROBLEMS) on its own line, so one
    pass over the file fixes them all."""
    total = len(issues) + more
    fail(f"{name} has {plural(total, 'problem', 'problems')}; nothing was imported")
    lines = [f"  {issue}" for issue in issues[:SHOWN_PROBLEMS]]
    if total > SHOWN_PROBLEMS:
        lines.append(f"  …and {plural(total - SHOWN_PROBLEMS, 'more problem', 'more problems')}")
    print("\n".join(lines), file=sys.stderr, flush=True)
    return EXIT_FAILED


def run_export(args: argparse.Namespace) -> int:
    from nextmove.storage.csv_out import ExportFailedError, export_csv, export_text

    with open_data(args) as database:
        if args.file == "-":
            sys.stdout.write(export_text(database)[0])
            return 0
        path = Path(args.file)
        try:
            count = export_csv(database, path)
        except ExportFailedError as error:
            raise CommandError(str(error)) from error
    print(f"Exported {plural(count, 'application', 'applications')} to {path}")
    return 0
