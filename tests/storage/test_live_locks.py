"""A backup taken while the app runs must leave the app's SQLite locks in place.

On POSIX, closing any descriptor of a file drops every fcntl lock the process holds on it.
If the app lost its locks, another process opening and closing the database (a command-line
export) would believe it was the last connection and delete the WAL under the running app.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from nextmove.storage.backups import create_backup
from nextmove.storage.database import DataPaths, open_database

READ_AND_CLOSE = (
    "import sqlite3, sys\n"
    "connection = sqlite3.connect(sys.argv[1])\n"
    "print(connection.execute('SELECT count(*) FROM application').fetchone()[0])\n"
    "connection.close()\n"
)


def _count_from_another_process(database: Path) -> int:
    result = subprocess.run(
        [sys.executable, "-c", READ_AND_CLOSE, str(database)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return int(result.stdout)


def _insert(engine, company: str) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO application (company, role, job_url, location, workplace, source,"
                " salary, status, next_action, job_description, notes, archived, created_at,"
                " updated_at) VALUES (:c, 'Engineer', '', '', '', '', '', 'applied', '', '', '',"
                " 0, '2026-11-26', '2026-11-26')"
            ),
            {"c": company},
        )


def test_a_backup_while_the_app_runs_keeps_its_wal_safe(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    database = open_database(paths)
    try:
        # The app's pooled connection stays open, as in the running window.
        _insert(database.engine, "Before Backup Ltd")
        create_backup(paths.database, paths.backups, "manual")

        # A command-line export opens and closes the database from another process.
        assert _count_from_another_process(paths.database) == 1
        wal = paths.database.with_name(paths.database.name + "-wal")
        assert wal.exists(), "another process deleted the WAL of the running app"

        # What the app writes next is still seen by everyone else.
        _insert(database.engine, "After Backup Ltd")
        assert _count_from_another_process(paths.database) == 2
    finally:
        database.close()
