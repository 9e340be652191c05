"""One SQLAlchemy engine per database file, with the pragmas every connection needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

from nextmove.storage.integrity import readonly_uri

BUSY_TIMEOUT_MS = 5000

# WAL with synchronous=NORMAL: a commit is durable once it returns as far as the application
# and the OS are concerned (a crash or SIGKILL of the app loses nothing committed); only a power
# loss or OS crash can roll back the last few commits, and never corrupts the file. FULL would
# fsync on every commit and make each edit in the table noticeably slower on laptops' disks.
CONNECTION_PRAGMAS: tuple[str, ...] = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


def apply_pragmas(connection: sqlite3.Connection) -> None:
    """Set the per-connection pragmas on a raw sqlite3 connection."""
    cursor = connection.cursor()
    try:
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


# A read-only connection neither changes the journal mode nor syncs.
READ_ONLY_PRAGMAS: tuple[str, ...] = (
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose every pooled connection carries the pragmas above."""
    from sqlalchemy import create_engine, event

    if read_only:
        uri = readonly_uri(path)
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000),
        )
    else:
        engine = create_engine(
            f"sqlite+pysqlite:///{path}",
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        )
    pragmas = READ_ONLY_PRAGMAS if read_only else CONNECTION_PRAGMAS

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
