"""The log: where the details of a failure go, so that the screen and the command line can
say one plain line.

One file, `nextmove.log`, in the platform's user log folder (`~/.local/state/nextmove/log` on
Linux; NEXTMOVE_LOG_DIR overrides it), private (0700 folder, 0600 file) and rotated at 1 MB.
Nothing is written until something is logged, so a normal start touches no file. What is
logged is kept free of the person's data: SQL parameters are dropped and email addresses
replaced; passwords and tokens never reach an exception in the first place.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import traceback
from pathlib import Path

LOGGER = "nextmove"
FILE_NAME = "nextmove.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 2
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

log = logging.getLogger(LOGGER)


def log_folder() -> Path:
    override = os.environ.get("NEXTMOVE_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_path

    return user_log_path("nextmove", appauthor=False)


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """Creates its folder and file, owner-only, on the first record; gives up quietly if it
    cannot (a read-only home must not turn a logged failure into a second one)."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        super().__init__(
            folder / FILE_NAME,
            maxBytes=MAX_BYTES,
            backupCount=BACKUP_COUNT,
            encoding="utf-8",
            delay=True,
        )

    def _open(self):  # type: ignore[no-untyped-def]
        self._folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            self._folder.chmod(0o700)
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding="utf-8")

    def handleError(self, record: logging.LogRecord) -> None:
        return


def setup() -> None:
    """Send the app's log records to the log file (once per process)."""
    if any(isinstance(h, _PrivateFileHandler) for h in log.handlers):
        return
    handler = _PrivateFileHandler(log_folder())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


def scrub(text: str) -> str:
    """Text fit for the log: no email address, no SQL parameters."""
    text = re.sub(r"\[parameters: .*?\](?=\s*(\(Background|$))", "[parameters dropped]", text)
    return _ADDRESS.sub("<address>", text)


def describe(error: BaseException) -> str:
    """The error, its causes and where each was raised, without the person's data."""
    parts: list[str] = []
    current: BaseException | None = error
    seen = 0
    while current is not None and seen < 5:
        statement = getattr(current, "statement", None)
        orig = getattr(current, "orig", None)
        if statement is not None and isinstance(orig, BaseException):
            message = f"{type(orig).__name__}: {orig} [SQL: {' '.join(str(statement).split())}]"
        else:
            message = f"{type(current).__name__}: {current}"
        frames = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"{scrub(message)}\n{frames}")
        current = current.__cause__ or current.__context__
        seen += 1
    return "caused by ".join(parts).rstrip()


def failure(what: str, error: BaseException) -> None:
    """Log a failure the person was told about in one line."""
    log.error("%s\n%s", what, describe(error))
