"""Tracker commands: import and export CSV files, back up the database."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add this module's commands to the `nextmove` parser."""
    del subparsers


def handle(args: argparse.Namespace) -> int:
    del args
    return 0
