"""Faults named in the person's words, without root: SQLite itself reports a full database
(`PRAGMA max_page_count`), and whatever a library's error holds (SQL, parameters, links), the
command line's line never shows it."""

from __future__ import annotations

import errno
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from nextmove import cli
from nextmove.domain.csv_format import guess_mapping
from nextmove.domain.csv_import import convert
from nextmove.storage.csv_io import import_applications, load_table
from nextmove.storage.database import DataPaths, open_database
from nextmove.storage.faults import Fault, explain
from tests.storage.helpers import companies


def test_sqlite_reporting_a_full_database_is_called_a_full_disk(
    data_dir: Path, tmp_path: Path
) -> None:
    database = open_database(DataPaths(data_dir))
    pages = database.engine.connect()
    limit = pages.exec_driver_sql("PRAGMA page_count").scalar_one()
    pages.close()
    database.engine.dispose()

    @event.listens_for(database.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit + 2}")

    csv = tmp_path / "many.csv"
    rows = [f"Co {i},Dev,{'n' * 400},p{i}@example.org" for i in range(500)]
    csv.write_text("Company,Role,Notes,Contact Email\n" + "\n".join(rows) + "\n", "utf-8")
    table = load_table(csv)
    items = convert(table, guess_mapping(table.headers), date(2026, 12, 1)).items

    with pytest.raises(OperationalError) as raised:
        import_applications(database, items)
    database.close()

    fault = explain(raised.value, data_dir)
    assert fault is not None
    assert fault.fault is Fault.DISK_FULL
    line = cli.as_clause(cli.describe_error(raised.value, data_dir))
    assert line == (
        f"the disk is full, so nothing more can be saved in {data_dir}; free some space and "
        "try again (nothing was changed)"
    )
    assert companies(data_dir / "nextmove.sqlite3") == []


@pytest.mark.parametrize(
    ("number", "fault"),
    [(errno.ENOSPC, Fault.DISK_FULL), (errno.EDQUOT, Fault.DISK_FULL)],
)
def test_the_systems_full_disk_errors_are_a_full_disk(
    data_dir: Path, number: int, fault: Fault
) -> None:
    data_dir.mkdir()
    found = explain(OSError(number, "No space left on device", str(data_dir / "x")), data_dir)
    assert found is not None
    assert found.fault is fault


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(
    reason=_TEXT,
    statement=st.sampled_from(["INSERT INTO contact (name, email) VALUES (?, ?)", "SELECT 1"]),
    params=st.lists(st.integers(0, 10**6).map(lambda n: f"row-data-{n}@example.org"), max_size=3),
)
def test_no_library_error_reaches_the_command_line_with_sql_or_parameters(
    reason: str, statement: str, params: list[str]
) -> None:
    wrapped = OperationalError(statement, params, sqlite3.OperationalError(reason))
    assert "row-data-" not in reason
    line = cli.as_clause(cli.describe_error(wrapped, None))
    assert "\n" not in line
    assert "\r" not in line
    assert "[SQL" not in line
    assert "INSERT INTO" not in line
    assert "sqlalche.me" not in line
    assert "row-data-" not in line  # no parameter, whatever the reason says
