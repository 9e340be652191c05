"""`nextmove capture URL|FILE [--json] [--add]`: read a job posting, optionally track it.

Without `--add` nothing is written and no lock is taken. With `--add` the first posting
becomes an application (saved, with its description) and its id is printed; it takes the
window's lock like every writing command, since the window would not see the new row. A
posting already tracked (same address, or same company and role) is not added again: the
existing application's id is printed, with a note on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from nextmove.cli import CommandError, open_data

CAPTURE_IN_APP = "Application › New from Posting…"
_LABELS = (
    ("company", "Company"),
    ("role", "Role"),
    ("location", "Location"),
    ("workplace", "Workplace"),
    ("salary", "Salary"),
    ("posted_on", "Posted on"),
    ("closes_on", "Closes on"),
    ("url", "URL"),
    ("source", "Read from"),
)


class _AddAction(argparse.Action):
    """`--add` makes the command a writing one (the lock is taken only then)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        namespace.add = True
        namespace.writes = CAPTURE_IN_APP


def register(subparsers: Any) -> None:
    """Add `capture` to the `nextmove` parser."""
    parser = subparsers.add_parser(
        "capture",
        help="read a job posting from its address or a saved page",
        description=(
            "Read a job posting: company, role, location, workplace, salary, dates, address "
            "and description, from the page's schema.org data, OpenGraph tags or headings. "
            "Only http and https addresses are fetched (15 s, 5 MB, 5 redirects at most)."
        ),
    )
    parser.add_argument("source", metavar="URL|FILE", help="an address, or a .html/.mhtml/.txt")
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object per posting, one per line"
    )
    parser.add_argument(
        "--add",
        action=_AddAction,
        nargs=0,
        default=False,
        help="add the (first) posting as an application and print its id",
    )
    parser.set_defaults(handler=run_capture, writes=None)


def run_capture(args: argparse.Namespace) -> int:
    from nextmove.capture.posting import CaptureError
    from nextmove.capture.source import read_source

    try:
        postings = read_source(args.source)
    except CaptureError as error:
        raise CommandError(str(error)) from error
    added: int | None = None
    if args.add:
        added = _add(args, postings[0])
    if args.json:
        for index, posting in enumerate(postings):
            line = posting.as_json()
            if index == 0 and added is not None:
                line["id"] = added
            print(json.dumps(line, ensure_ascii=False))
    elif added is not None:
        print(added)
    else:
        print(_readable(postings))
    return 0


def _add(args: argparse.Namespace, posting: Any) -> int:
    from nextmove.capture.application import find_duplicate, to_application
    from nextmove.domain.application import validate_application
    from nextmove.storage.applications import ApplicationRepository
    from nextmove.storage.capture import possible_duplicates

    data = to_application(posting)
    missing = [name for name in ("company", "role") if not getattr(data, name).strip()]
    if missing:
        what = " and the ".join(missing)
        raise CommandError(
            f"the page does not state the {what}; add it with {CAPTURE_IN_APP} in the app"
        )
    today = date.today()
    check = validate_application(data, today)
    if not check.ok:
        raise CommandError(next(iter(check.errors.values())))
    with open_data(args) as database:
        duplicate = find_duplicate(data, possible_duplicates(database, data.company, data.job_url))
        if duplicate is not None:
            # Adding the same posting again is not an error: its id is the answer.
            print(
                f"nextmove: already tracked as application {duplicate.id} "
                f"({duplicate.company} – {duplicate.role}); not added again",
                file=sys.stderr,
            )
            return duplicate.id
        return ApplicationRepository(database).add(data, today)


def _readable(postings: list[Any]) -> str:
    blocks: list[str] = []
    for number, posting in enumerate(postings, start=1):
        values = posting.as_json()
        lines = [f"Posting {number} of {len(postings)}"] if len(postings) > 1 else []
        width = max(len(label) for _, label in _LABELS) + 1
        for key, label in _LABELS:
            value = values[key]
            lines.append(f"{label + ':':<{width}} {value if value is not None else '–'}")
        description = values["description"]
        lines.append("Description:")
        lines.extend(f"  {line}" if line else "" for line in (description or "–").splitlines())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
