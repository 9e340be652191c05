"""Import is all or nothing; export carries every application and its history back out."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from nextmove.domain.application import ApplicationData
from nextmove.domain.csv_format import CsvFileError, guess_mapping, read_table
from nextmove.domain.csv_import import convert
from nextmove.domain.status import EventKind, Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.contacts import ContactRepository
from nextmove.storage.csv_io import export_csv, import_applications, load_table
from nextmove.storage.database import Database, DataPaths, open_database

TODAY = date(2026, 11, 26)


def _items(text: str):  # type: ignore[no-untyped-def]
    table = read_table(text.encode())
    result = convert(table, guess_mapping(table.headers), TODAY)
    assert result.ok, result.issues
    return result.items


def _dump(path: Path) -> list[tuple[object, ...]]:
    """Every row of every table, to compare a database before and after."""
    with sqlite3.connect(path) as connection:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return [(t, *row) for t in tables for row in connection.execute(f"SELECT * FROM {t}")]  # noqa: S608


def _rows(count: int, bad_line: int | None = None) -> str:
    lines = ["Company,Role,Status,Date Applied,Contact,Contact Email"]
    for i in range(count):
        day = "2026-02-30" if i + 2 == bad_line else "2026-10-01"
        # Ten companies, each with its recruiter (the same person at one company).
        lines.append(f"Company {i % 10},Role {i},Interview,{day},Ann {i % 10},ann{i % 10}@ex.org")
    return "\n".join(lines) + "\n"


def test_import_writes_applications_events_and_deduplicated_contacts(
    database: Database,
) -> None:
    summary = import_applications(database, _items(_rows(30)))
    assert (summary.applications, summary.events, summary.contacts_created) == (30, 60, 10)
    apps = ApplicationRepository(database)
    assert apps.count() == 30
    assert apps.get(1).status is Status.INTERVIEWING
    assert [e.kind for e in apps.events(1)] == [EventKind.APPLIED, EventKind.INTERVIEW]
    contacts = ContactRepository(database)
    assert [c.email for c in contacts.for_application(11)] == ["ann0@ex.org"]
    # A second import finds the same people again instead of duplicating them.
    assert import_applications(database, _items(_rows(5))).contacts_created == 0


def test_contacts_without_email_are_matched_by_name_and_company(database: Database) -> None:
    text = "Company,Role,Contact\nAcme,Dev,Ann Lee\nAcme,QA,ann lee\nGlobex,Dev,Ann Lee\n"
    assert import_applications(database, _items(text)).contacts_created == 2


def test_a_bad_line_500_of_1000_leaves_the_database_exactly_as_before(
    database: Database,
) -> None:
    import_applications(database, _items(_rows(3)))
    before = _dump(database.path)
    table = read_table(_rows(1000, bad_line=500).encode())
    result = convert(table, guess_mapping(table.headers), TODAY)
    assert [str(i) for i in result.issues] == [
        "line 500, column 'Date Applied': '2026-02-30' is not a date "
        "(write it like 2026-10-03 or 03/10/2026)"
    ]
    assert result.items == []
    # Even if storage fails half-way (here: on the 600th row), nothing is written.
    items = _items(_rows(1000))
    items[600].data.company = None  # type: ignore[assignment]
    with pytest.raises(Exception, match="NOT NULL"):
        import_applications(database, items)
    assert _dump(database.path) == before


def test_export_then_import_round_trips_every_application(tmp_path: Path) -> None:
    source = open_database(DataPaths(tmp_path / "a"))
    apps = ApplicationRepository(source)
    app_id = apps.add(
        ApplicationData("=1+2", "Engineer", Status.APPLIED, applied_on=date(2026, 9, 1)), TODAY
    )
    apps.add_event(app_id, EventKind.INTERVIEW, date(2026, 9, 9), "panel; tough", 1)
    apps.add_event(app_id, EventKind.REJECTED, date(2026, 9, 20))
    apps.add(ApplicationData("Globex", "Analyst", notes="-meh\nsecond line"), TODAY)
    from nextmove.domain.contact import ContactData

    ContactRepository(source).add(ContactData("Ann", "ann@ex.org"), link_to=app_id)
    out = tmp_path / "export.csv"
    assert export_csv(source, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfCompany,Role,Status")
    assert b"'=1+2" in raw
    assert b"'-meh" in raw

    target = open_database(DataPaths(tmp_path / "b"))
    table = load_table(out)
    result = convert(table, guess_mapping(table.headers), TODAY)
    import_applications(target, result.items)
    again = tmp_path / "again.csv"
    export_csv(target, again)
    assert again.read_bytes() == raw
    copy = ApplicationRepository(target)
    assert copy.get(1).company == "=1+2"
    assert copy.get(1).status is Status.REJECTED
    assert [(e.kind, e.round, e.notes) for e in copy.events(1)][1] == (
        EventKind.INTERVIEW,
        1,
        "panel; tough",
    )
    source.close()
    target.close()


def test_unreadable_paths_get_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(CsvFileError, match="no file called"):
        load_table(tmp_path / "missing.csv")
    with pytest.raises(CsvFileError, match="is a folder"):
        load_table(tmp_path)


def test_an_import_stopped_half_way_on_a_plain_connection_keeps_nothing(data_dir: Path) -> None:
    # Reopened, an up-to-date file has no SQLAlchemy engine: the import writes in plain
    # sqlite3 (as `nextmove import` does), and a stop after the first chunk rolls it all back.
    open_database(DataPaths(data_dir)).close()
    database = open_database(DataPaths(data_dir))
    before = _dump(database.path)
    seen: list[int] = []

    def stop_after_first_chunk(done: int, _total: int) -> None:
        seen.append(done)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_applications(database, _items(_rows(2500)), stop_after_first_chunk)
    assert seen == [1000]
    assert _dump(database.path) == before
    summary = import_applications(database, _items(_rows(30)))
    database.close()
    assert (summary.applications, summary.contacts_created) == (30, 10)
    assert len(_dump(data_dir / "nextmove.sqlite3")) > len(before)


def test_the_import_command_does_not_load_the_orm(data_dir: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    source = tmp_path / "apps.csv"
    source.write_text(_rows(20), "utf-8")
    open_database(DataPaths(data_dir)).close()
    code = (
        "import sys; from nextmove import app; code = app.main(sys.argv[1:]); "
        "print('sqlalchemy' in sys.modules); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), "import", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Imported 20 applications", "False"]
