"""The calendar file and interview invitations: written and read back with `icalendar`."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from nextmove.domain.calendar import (
    CalendarFacts,
    GoalFact,
    InterviewFact,
    KeepInTouchFact,
    NextActionFact,
    calendar_events,
)
from nextmove.domain.ics import InvitationError, parse_invitation, write_calendar
from nextmove.domain.status import Status

SAMPLES = Path(__file__).parent / "invitations"
BERLIN = "Europe/Berlin"
STAMP = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

INTERVIEW = InterviewFact(
    41,
    7,
    "Northwind",
    "Data Analyst",
    Status.INTERVIEWING,
    date(2026, 12, 3),
    "14:30",
    45,
    "https://meet.example/abc",
    (("Dana Scully", "dana@northwind.example"),),
    "Panel",
)
FACTS = CalendarFacts(
    interviews=(
        INTERVIEW,
        dataclasses.replace(INTERVIEW, event_id=42, starts_at=None, on=date(2026, 12, 9)),
        dataclasses.replace(INTERVIEW, event_id=43, status=Status.REJECTED, company="Globex"),
    ),
    next_actions=(
        NextActionFact(7, "Northwind", "Data Analyst", Status.INTERVIEWING, date(2026, 12, 1),
                       "Prepare case study"),
        NextActionFact(8, "Globex", "Engineer", Status.WITHDRAWN, date(2026, 12, 1), "Call"),
    ),
    keep_in_touch=(KeepInTouchFact(5, "Monica Hall", "Pied Piper", date(2027, 1, 15)),),
    goals=(
        GoalFact(3, "SQL", "Window functions", date(2026, 12, 20), False),
        GoalFact(4, "Negotiation", "", date(2026, 12, 21), True),
    ),
)  # fmt: skip


def _events(data: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_every_event_is_written_with_the_right_times_and_names() -> None:
    data = write_calendar(calendar_events(FACTS), BERLIN, STAMP)
    events = _events(data)
    assert sorted(events) == [
        "interview-41@nextmove.local",
        "interview-42@nextmove.local",
        "keep-in-touch-5@nextmove.local",
        "learning-goal-3@nextmove.local",
        "next-action-7@nextmove.local",
    ]
    interview = events["interview-41@nextmove.local"]
    start, end = interview["DTSTART"], interview["DTEND"]  # type: ignore[index]
    assert start.params["TZID"] == BERLIN
    assert start.dt == datetime(2026, 12, 3, 14, 30, tzinfo=ZoneInfo(BERLIN))
    assert start.dt.astimezone(UTC) == datetime(2026, 12, 3, 13, 30, tzinfo=UTC)
    assert end.dt - start.dt == (datetime(2026, 1, 1, 0, 45) - datetime(2026, 1, 1))
    assert str(interview["SUMMARY"]) == "Northwind: Interview (Data Analyst)"  # type: ignore[index]
    assert str(interview["LOCATION"]) == "https://meet.example/abc"  # type: ignore[index]
    attendee = interview["ATTENDEE"]  # type: ignore[index]
    assert str(attendee) == "mailto:dana@northwind.example"
    assert attendee.params["CN"] == "Dana Scully"
    untimed = events["interview-42@nextmove.local"]
    assert untimed["DTSTART"].dt == date(2026, 12, 9)  # type: ignore[index]
    action = events["next-action-7@nextmove.local"]
    assert str(action["SUMMARY"]) == "Northwind: Prepare case study"  # type: ignore[index]
    assert action["DTSTART"].dt == date(2026, 12, 1)  # type: ignore[index]
    assert action["DTEND"].dt == date(2026, 12, 2)  # type: ignore[index]
    assert (
        str(events["keep-in-touch-5@nextmove.local"]["SUMMARY"])  # type: ignore[index]
        == "Pied Piper: Keep in touch with Monica Hall"
    )
    assert (
        str(events["learning-goal-3@nextmove.local"]["SUMMARY"])  # type: ignore[index]
        == "Learning goal due: SQL — Window functions"
    )
    # The local zone travels with the file, defined before it is used.
    zones = Calendar.from_ical(data).walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == [BERLIN]
    assert data.index(b"BEGIN:VTIMEZONE") < data.index(b"BEGIN:VEVENT")


def test_uids_are_stable_and_a_moved_interview_keeps_its_uid() -> None:
    first = write_calendar(calendar_events(FACTS), BERLIN, STAMP)
    again = write_calendar(calendar_events(FACTS), BERLIN, datetime.now(UTC))
    assert sorted(_events(first)) == sorted(_events(again))
    moved = dataclasses.replace(
        FACTS, interviews=(dataclasses.replace(INTERVIEW, starts_at="16:00"),)
    )
    event = _events(write_calendar(calendar_events(moved), BERLIN, STAMP))[
        "interview-41@nextmove.local"
    ]
    assert event["DTSTART"].dt == datetime(2026, 12, 3, 16, 0, tzinfo=ZoneInfo(BERLIN))  # type: ignore[index]


def test_outlook_invitation_in_a_windows_zone() -> None:
    invitation = parse_invitation((SAMPLES / "outlook.ics").read_bytes(), BERLIN)
    assert (invitation.day, invitation.starts_at, invitation.duration_minutes) == (
        date(2026, 12, 3),
        "14:30",
        60,
    )
    assert invitation.summary == "Interview: Data Analyst (round 2)"
    assert invitation.place == "Microsoft Teams Meeting"
    assert invitation.attendees == (
        ("Dana Scully", "dana.scully@northwind.example"),
        ("Alex Candidate", "alex@example.org"),
        ("Fox Mulder", "fox.mulder@northwind.example"),
    )
    # Read from New York, the same moment is earlier in the day.
    assert (
        parse_invitation((SAMPLES / "outlook.ics").read_bytes(), "America/New_York").starts_at
        == "08:30"
    )


def test_google_invitation_in_utc_with_a_meet_link() -> None:
    invitation = parse_invitation((SAMPLES / "google.ics").read_bytes(), BERLIN)
    assert (invitation.day, invitation.starts_at, invitation.duration_minutes) == (
        date(2026, 12, 4),
        "10:00",
        45,
    )
    assert invitation.place == "https://meet.google.com/abc-defg-hij"
    assert invitation.uid == "5k2v8q1f0m3c7d9e@google.com"
    assert invitation.attendees[0] == ("jo@globex.example", "jo@globex.example")
    assert ("Jo Reyes", "jo@globex.example") not in invitation.attendees[1:]


def test_apple_invitation_with_an_iana_zone() -> None:
    invitation = parse_invitation((SAMPLES / "apple.ics").read_bytes(), BERLIN)
    assert (invitation.day, invitation.starts_at, invitation.duration_minutes) == (
        date(2026, 12, 7),
        "16:00",
        90,
    )
    assert invitation.place == "5230 Newell Road\nPalo Alto"
    assert invitation.attendees == (
        ("Monica Hall", "monica@piedpiper.example"),
        ("Alex Candidate", "alex@example.org"),
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Company,Role\nAcme,Analyst\n", "This file is not a calendar invitation (.ics)."),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
            "This calendar file holds no event.",
        ),
    ],
)
def test_files_that_are_not_invitations_say_so(data: bytes, message: str) -> None:
    with pytest.raises(InvitationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_invitation(data, BERLIN)
