"""`nextmove calendar FILE.ics` as a real process, on a real data folder."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.calendar import EventTimes, set_event_times
from nextmove.storage.database import DataPaths, open_database
from tests.e2e.test_cli import nextmove

SOON = date.today() + timedelta(days=3)


def _seed(data_dir: Path) -> tuple[int, int]:
    database = open_database(DataPaths(data_dir))
    try:
        repo = ApplicationRepository(database)
        northwind = repo.add(
            ApplicationData(
                "Northwind",
                "Data Analyst",
                Status.APPLIED,
                next_action="Prepare case study",
                next_action_on=SOON,
            ),
            date.today(),
        )
        interview = repo.add_event(northwind, EventKind.INTERVIEW, SOON, "Panel")
        set_event_times(
            database, interview, EventTimes("14:30", 45, "Room 4", (("Dana", "dana@nw.example"),))
        )
        closed = repo.add(
            ApplicationData("Globex", "Engineer", Status.REJECTED, next_action_on=SOON),
            date.today(),
        )
        return interview, closed
    finally:
        database.close()


def test_calendar_writes_one_file_in_the_local_zone(data_dir: Path, tmp_path: Path) -> None:
    interview, _closed = _seed(data_dir)
    target = tmp_path / "jobs.ics"
    env = {**os.environ, "TZ": "Europe/Berlin"}
    result = nextmove("--data-dir", str(data_dir), "calendar", str(target), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote 2 events to {target}\n"
    calendar = Calendar.from_ical(target.read_bytes())
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert sorted(events) == [
        f"interview-{interview}@nextmove.local",
        "next-action-1@nextmove.local",
    ]
    start = events[f"interview-{interview}@nextmove.local"]["DTSTART"]
    assert start.params["TZID"] == "Europe/Berlin"
    assert (start.dt.date(), start.dt.hour, start.dt.minute) == (SOON, 14, 30)
    assert str(events["next-action-1@nextmove.local"]["SUMMARY"]) == "Northwind: Prepare case study"
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]


def test_calendar_into_a_missing_folder_says_so_in_one_line(data_dir: Path, tmp_path: Path) -> None:
    _seed(data_dir)
    target = tmp_path / "nowhere" / "jobs.ics"
    result = nextmove("--data-dir", str(data_dir), "calendar", str(target))
    assert result.returncode != 0
    assert (
        result.stderr
        == f"nextmove: the folder {target.parent} does not exist; nothing was written\n"
    )
    assert not target.parent.exists()
