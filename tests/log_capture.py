"""The app's log file in a temporary folder for the length of a test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from nextmove import logs


@contextmanager
def log_into(folder: Path, *, verbose: bool = False) -> Iterator[Path]:
    """Route `nextmove` records to `folder/nextmove.log` as the app does; yields that file."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEXTMOVE_LOG_DIR", str(folder))
        before = list(logs.log.handlers)
        level, propagate = logs.log.level, logs.log.propagate
        for handler in before:
            logs.log.removeHandler(handler)
        logs.setup(verbose=verbose)
        try:
            yield folder / logs.FILE_NAME
        finally:
            for handler in list(logs.log.handlers):
                handler.close()
                logs.log.removeHandler(handler)
            for handler in before:
                logs.log.addHandler(handler)
            logs.log.setLevel(level)
            logs.log.propagate = propagate
