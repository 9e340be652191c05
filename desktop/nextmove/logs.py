"""The log: where the details of a failure go, so that the screen and the command line can
say one plain line.

One file, `nextmove.log`, in the platform's user log folder (`~/.local/state/nextmove/log` on
Linux; NEXTMOVE_LOG_DIR overrides it), private (0700 folder, 0600 file) and rotated at 1 MB
(two old files kept). INFO by default, DEBUG with `--verbose`; each start of the app is logged.
Unhandled exceptions on any thread are logged with their traceback (`install_hooks`), and
fatal crashes (a segfault in Qt) are written by faulthandler to `crash.log` beside it.
What is logged is kept free of the person's data: SQL parameters are dropped, email
addresses and anything that looks like a password or token are replaced on the way out.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

LOGGER = "nextmove"
FILE_NAME = "nextmove.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 2
CRASH_FILE = "crash.log"
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# key=value / key: value pairs whose value is a secret (to the end of the line: a password
# may hold spaces), and bearer or OAuth tokens.
_SECRET = re.compile(
    r"(?i)\b(password|passwd|pwd|secret|token|access_token|refresh_token|client_secret"
    r"|authorization|code_verifier)(\s*[=:]\s*)([^\n]+)"
)
_BEARER = re.compile(r"(?i)\b(bearer|xoauth2)\s+[A-Za-z0-9._~+/=-]{8,}")
_crash_file: IO[str] | None = None

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


class _ScrubbingFormatter(logging.Formatter):
    """Whatever reaches the file (message, traceback) passes through `scrub` last."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def setup(*, verbose: bool = False) -> None:
    """Send the app's log records to the log file (once per process); DEBUG when verbose."""
    log.setLevel(logging.DEBUG if verbose else logging.INFO)
    if any(isinstance(h, _PrivateFileHandler) for h in log.handlers):
        return
    handler = _PrivateFileHandler(log_folder())
    handler.setFormatter(
        _ScrubbingFormatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    log.addHandler(handler)
    log.propagate = False


def log_file() -> Path:
    return log_folder() / FILE_NAME


def log_start(version: str, data_dir: Path) -> None:
    """One line per start: what runs, where, on which data."""
    log.info(
        "Next Move %s starting; %s, Python %s; data folder %s",
        version,
        platform.platform(),
        platform.python_version(),
        data_dir,
    )


def enable_crash_file() -> Path | None:
    """Fatal crashes (no Python exception to catch) go to `crash.log` beside the log."""
    global _crash_file
    if _crash_file is not None:
        return Path(_crash_file.name)
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / CRASH_FILE
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        _crash_file = open(fd, "a", encoding="utf-8")  # noqa: SIM115  kept open for faulthandler
    except OSError:
        return None
    faulthandler.enable(_crash_file, all_threads=True)
    return path


def scrub(text: str) -> str:
    """Text fit for the log: no email address, no SQL parameters, no password or token."""
    text = re.sub(r"\[parameters: .*?\](?=\s*(\(Background|$))", "[parameters dropped]", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} <secret>", text)
    text = _SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}<secret>", text)
    return _ADDRESS.sub("<address>", text)


def unhandled_text(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> str:
    """The traceback of an unhandled exception, fit for the log and the crash dialog."""
    return scrub("".join(traceback.format_exception(kind, error, tb)).rstrip())


def install_hooks(report: Callable[[str], None] | None = None) -> None:
    """Log unhandled exceptions from any thread; `report` (thread-safe) tells the person.

    The process carries on after a slot or a worker raised: Qt's event loop keeps running.
    """

    def on_main(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = unhandled_text(kind, error, tb)
        log.error("Unhandled exception\n%s", details)
        if report is not None:
            report(details)

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        details = unhandled_text(args.exc_type, args.exc_value, args.exc_traceback)
        log.error("Unhandled exception in thread %s\n%s", name, details)
        if report is not None:
            report(details)

    sys.excepthook = on_main
    threading.excepthook = on_thread


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
