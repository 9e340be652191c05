"""Writing the calendar file, and knowing the computer's time zone (IANA name)."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nextmove.domain.calendar import calendar_events
from nextmove.domain.ics import write_calendar
from nextmove.storage.calendar import calendar_facts
from nextmove.storage.database import Database


def _valid(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_zone_name() -> str:
    """The computer's time zone as an IANA name ("Europe/Berlin"): TZ if set, else the
    system's setting; "UTC" when none can be told."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name and _valid(name):
        return name
    localtime = Path("/etc/localtime")
    try:
        target = str(localtime.resolve())
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        name = target.split("zoneinfo/", 1)[1]
        if _valid(name):
            return name
    try:
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
    except OSError:
        name = ""
    return name if name and _valid(name) else "UTC"


# How far back the calendar reaches: enough to look back on the last weeks' interviews.
PAST_DAYS = 60


def export_calendar(
    database: Database, path: Path, today: date, zone_name: str | None = None
) -> int:
    """Write every event from PAST_DAYS before `today` on to `path` (replaced in one step);
    returns how many there are. OSError (a missing folder, no permission) reaches the caller,
    who words it."""
    events = calendar_events(calendar_facts(database, today - timedelta(days=PAST_DAYS)))
    data = write_calendar(events, zone_name or local_zone_name(), datetime.now(UTC))
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=".nextmove-", suffix=".ics", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(events)
