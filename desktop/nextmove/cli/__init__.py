"""The command line for scripting and support: `nextmove [--data-dir D] COMMAND ...`.

Each module here adds its subcommands to the parser through `register(subparsers)` and handles
them in `run(args) -> int`. Nothing here imports Qt: commands run without a display.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from nextmove._version import __version__

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    from nextmove.cli import backup, mail, tracker

    parser = argparse.ArgumentParser(
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
        "--self-test",
        action="store_true",
        help="check the installation offscreen in a temporary folder and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (tracker, backup, mail):
        module.register(subparsers)
    return parser


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("nextmove", appauthor=False, roaming=True)


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; returns the process exit code."""
    handler: Handler = args.handler
    return handler(args)
