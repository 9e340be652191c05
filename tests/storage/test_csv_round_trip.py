"""Export then import gives back every application exactly, whatever its text holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from nextmove.domain.application import ApplicationData
from nextmove.domain.csv_format import guess_mapping
from nextmove.domain.csv_import import convert
from nextmove.domain.status import EventKind
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.csv_io import export_csv, import_applications, load_table
from nextmove.storage.database import Database, DataPaths, open_database
from nextmove.storage.timeline import add_event

TODAY = date(2026, 11, 26)
TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
) | st.text(
    st.sampled_from(
        [" ", "\t", "\n", "\r", '"', "'", "=", "+", "-", "@", ";", "\\", "\xa0", "\uff1d"]
    ),
    max_size=10,
)
NAME = TEXT.filter(lambda t: t.strip() != "")


def test_export_then_import_gives_back_every_cell(tmp_path: Path) -> None:
    source = open_database(DataPaths(tmp_path / "a"))
    target = open_database(DataPaths(tmp_path / "b"))
    try:
        _round_trip(source, target, tmp_path)
    finally:
        source.close()
        target.close()


def _round_trip(source: Database, target: Database, folder: Path) -> None:
    @settings(max_examples=30, deadline=None)
    @given(
        company=NAME,
        role=NAME,
        location=TEXT,
        salary=TEXT,
        next_action=TEXT,
        description=TEXT,
        notes=TEXT,
        entry_notes=TEXT,
    )
    def check(
        company: str,
        role: str,
        location: str,
        salary: str,
        next_action: str,
        description: str,
        notes: str,
        entry_notes: str,
    ) -> None:
        data = ApplicationData(
            company=company,
            role=role,
            location=location,
            salary=salary,
            next_action=next_action,
            job_description=description,
            notes=notes,
            applied_on=date(2026, 10, 1),
        )
        apps = ApplicationRepository(source)
        app_id = apps.add(data, TODAY)
        add_event(
            source, app_id, EventKind.NOTE, date(2026, 10, 5), entry_notes, today=lambda: TODAY
        )
        exported = folder / "out.csv"
        export_csv(source, exported)
        table = load_table(exported)
        result = convert(table, guess_mapping(table.headers), TODAY)
        assert result.ok, [str(i) for i in result.issues]
        import_applications(target, result.items[-1:], today=lambda: TODAY)
        _assert_same(source, target, app_id)

    check()


def _assert_same(source: Database, target: Database, app_id: int) -> None:
    before, after = ApplicationRepository(source), ApplicationRepository(target)
    assert after.get(app_id) == before.get(app_id)
    assert [(e.kind, e.occurred_on, e.round, e.notes) for e in after.events(app_id)] == [
        (e.kind, e.occurred_on, e.round, e.notes) for e in before.events(app_id)
    ]
