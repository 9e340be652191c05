"""Small builders for storage tests: data written with plain sqlite3, pages damaged on purpose."""

from __future__ import annotations

import sqlite3
from pathlib import Path

APPLICATION_INSERT = (
    "INSERT INTO application (company, role, job_url, location, workplace, source, salary, "
    "status, next_action, job_description, notes, archived, created_at, updated_at) "
    "VALUES (?, ?, '', '', '', '', '', 'applied', '', ?, '', 0, "
    "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
)


def add_applications(path: Path, count: int, *, prefix: str = "Company", text: str = "") -> None:
    with sqlite3.connect(path) as connection:
        connection.executemany(
            APPLICATION_INSERT, [(f"{prefix} {i}", "Engineer", text) for i in range(count)]
        )
    connection.close()


def companies(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT company FROM application ORDER BY id")]
    finally:
        connection.close()


def damage_table_pages(path: Path) -> None:
    """Overwrite the middle of the application table's pages, the way a bad disk would."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    finally:
        connection.close()
    with path.open("r+b") as stream:
        for page in range(2, pages):
            stream.seek(page * page_size + 8)
            stream.write(b"\xa5" * 64)
