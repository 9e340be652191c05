"""iCalendar files (RFC 5545, with the `icalendar` package): write the job-hunt calendar, and
read an interview invitation sent by Outlook, Google Calendar or Apple Calendar.

Timed events are written in the person's own time zone (TZID, with its VTIMEZONE in the file);
all-day events as dates. An invitation's times are turned into that same local zone, whatever
zone (UTC, an IANA or a Windows zone name, or none) the sender wrote them in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Component, Event, vCalAddress, vText

from nextmove.domain.calendar import CalendarEvent

PRODID = "-//Next Move//Job search calendar//EN"


class InvitationError(ValueError):
    """An .ics file that cannot be read as an invitation, said in the person's words."""


def zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def write_calendar(events: list[CalendarEvent], zone_name: str, stamp: datetime) -> bytes:
    """The whole calendar as one .ics file; `stamp` (UTC) is each event's DTSTAMP."""
    local = zone(zone_name)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Next Move")
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        if item.all_day:
            event.add("dtstart", item.day)
            event.add("dtend", item.day + timedelta(days=1))
            event.add("transp", "TRANSPARENT")  # a reminder, not a busy slot
        else:
            event.add("dtstart", item.starts().replace(tzinfo=local))
            event.add("dtend", item.ends().replace(tzinfo=local))
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        for name, address in item.attendees:
            attendee = vCalAddress(f"mailto:{address}")
            if name:
                attendee.params["cn"] = vText(name)
            attendee.params["role"] = vText("REQ-PARTICIPANT")
            event.add("attendee", attendee, encode=False)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


@dataclass(frozen=True)
class Invitation:
    uid: str
    summary: str
    day: date
    starts_at: str | None  # "14:30" in the local zone; None for an all-day invitation
    duration_minutes: int | None
    place: str
    attendees: tuple[tuple[str, str], ...]  # (name, address), the organizer first
    description: str = ""


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _address(value: object) -> tuple[str, str]:
    address = _text(value)
    if address.lower().startswith("mailto:"):
        address = address[7:]
    params = getattr(value, "params", {})
    return _text(params.get("CN", "")).strip('"'), address


def _place(event: Component) -> str:
    for name in ("LOCATION", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "URL"):
        text = _text(event.get(name))
        if text:
            return text
    return ""


def parse_invitation(data: bytes, zone_name: str) -> Invitation:
    """The first event of an invitation file, with its times in the local zone."""
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        raise InvitationError("This file is not a calendar invitation (.ics).") from error
    events = list(calendar.walk("VEVENT"))
    if not events:
        raise InvitationError("This calendar file holds no event.")
    event = events[0]
    start = event.get("DTSTART")
    if start is None:
        raise InvitationError("The invitation has no start date.")
    begins = start.dt
    local = zone(zone_name)
    starts_at: str | None = None
    minutes: int | None = None
    if isinstance(begins, datetime):
        # A time with no zone is "floating": it is read as local time.
        begins_local = (
            begins.astimezone(local) if begins.tzinfo is not None else begins.replace(tzinfo=local)
        )
        ends = event.get("DTEND")
        duration = event.get("DURATION")
        if ends is not None and isinstance(ends.dt, datetime):
            end = ends.dt if ends.dt.tzinfo is not None else ends.dt.replace(tzinfo=local)
            minutes = max(0, int((end - begins_local).total_seconds() // 60))
        elif duration is not None:
            minutes = int(duration.dt.total_seconds() // 60)
        day = begins_local.date()
        starts_at = f"{begins_local:%H:%M}"
    elif isinstance(begins, date):
        day = begins
    else:
        raise InvitationError("The invitation's start date cannot be read.")
    people: list[tuple[str, str]] = []
    organizer = event.get("ORGANIZER")
    if organizer is not None:
        people.append(_address(organizer))
    attendees = event.get("ATTENDEE", [])
    for attendee in attendees if isinstance(attendees, list) else [attendees]:
        person = _address(attendee)
        if person[1] and person[1].lower() not in {p[1].lower() for p in people}:
            people.append(person)
    return Invitation(
        uid=_text(event.get("UID")),
        summary=_text(event.get("SUMMARY")),
        day=day,
        starts_at=starts_at,
        duration_minutes=minutes,
        place=_place(event),
        attendees=tuple(p for p in people if p[1]),
        description=_text(event.get("DESCRIPTION")),
    )
