"""Bring a database file to the schema this version knows, refusing files from the future.

Reading the stored revision costs one sqlite3 query; Alembic (slow to import) is loaded only
when a migration actually has to run.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from nextmove.storage.integrity import readonly_uri

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# The newest revision in migrations/versions. A unit test checks it against Alembic's own head,
# so a new revision that forgets to update it fails the suite.
HEAD_REVISION = "0007_interviewers"


class SchemaTooNewError(Exception):
    """The file was written by a newer Next Move; opening it here could lose data."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"The data in {path.parent} was saved by a newer version of Next Move (data "
            f"format {revision}; this version reads up to {HEAD_REVISION}). Install the newer "
            "version to open it. Your data has not been changed."
        )
        self.revision = revision


def stored_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the file, or None for a new or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        row = connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if version is None else str(version[0])
    finally:
        connection.close()


def needs_migration(path: Path) -> bool:
    """True when the file is behind this version; raises when it is ahead."""
    revision = stored_revision(path)
    if revision is not None and revision > HEAD_REVISION:
        raise SchemaTooNewError(path, revision)
    return revision != HEAD_REVISION


@functools.lru_cache(maxsize=32)
def is_known(revision: str) -> bool:
    """Is `revision` one of this version's migrations? (Imports Alembic: call it only when a
    migration is due, which imports it anyway.) A file at a revision this version never had
    (hand-edited, or from a development build) must be refused before anything is changed."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return any(r.revision == revision for r in script.walk_revisions())


def alembic_head() -> str:
    """Alembic's own idea of the head revision (imports Alembic: tests and tools only)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to `target` in one transaction: all of them or none.

    Foreign keys are off meanwhile (SQLite's own procedure for rebuilding a table): with them
    on, dropping the old copy of a table would cascade into the rows pointing at it. They are
    checked before the commit instead.
    """
    from alembic import command

    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, or it is ignored
        try:
            with connection.begin():
                config = _config()
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return config
