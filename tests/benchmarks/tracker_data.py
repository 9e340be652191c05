"""Realistic tracker data for benchmarks and screenshots: N applications, three events each.

The schema comes from the app itself (`open_database` migrates a fresh file); the rows are
inserted with plain sqlite3 `executemany`, which fills 100,000 applications in a few seconds.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

COMPANIES = (
    "Acme Analytics",
    "Northwind Health",
    "Globex",
    "Initech",
    "Umbrella Labs",
    "Hooli",
    "Stark Industries",
    "Wayne Enterprises",
    "Soylent Foods",
    "Tyrell Robotics",
    "Cyberdyne",
    "Aperture Science",
    "Black Mesa",
    "Vandelay Industries",
    "Pied Piper",
    "Massive Dynamic",
    "Oscorp",
    "Wonka Confectionery",
    "Gringotts Bank",
    "Monarch Solutions",
    "Blue Sun",
    "Weyland Logistics",
    "Dunder Mifflin",
    "Prestige Worldwide",
    "Bluth Company",
)
ROLES = (
    "Data Analyst",
    "Senior Data Analyst",
    "Product Manager",
    "UX Researcher",
    "Backend Engineer",
    "Frontend Engineer",
    "Site Reliability Engineer",
    "QA Engineer",
    "Technical Writer",
    "Engineering Manager",
    "Data Scientist",
    "Product Designer",
    "Customer Success Manager",
    "Marketing Analyst",
    "DevOps Engineer",
)
LOCATIONS = (
    "London",
    "Manchester",
    "Berlin",
    "Amsterdam",
    "Remote (EU)",
    "Lisbon",
    "Dublin",
    "Paris",
    "Barcelona",
    "Edinburgh",
    "Remote",
    "Munich",
)
SOURCES = ("LinkedIn", "Company site", "Referral", "Recruiter", "Indeed", "Meetup", "")
STATUS_FLOW = (
    ("wishlist", "saved"),
    ("applied", "applied"),
    ("screening", "screen"),
    ("interviewing", "interview"),
    ("offer", "offer"),
    ("rejected", "rejected"),
    ("ghosted", "ghosted"),
    ("withdrawn", "withdrawn"),
)
NOTES = (
    "",
    "",
    "Great team, asked about on-call.",
    "Salary band not shared yet.",
    "Follow up with the recruiter about the take-home.",
    "Met the hiring manager at a meetup.",
)


def build_database(data_dir: Path, count: int, *, seed: int = 7, today: date | None = None) -> Path:
    """A migrated data folder holding `count` applications with three events each."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))
    from nextmove.storage.database import DataPaths, open_database

    database = open_database(DataPaths(data_dir))
    path = database.path
    database.close()
    rng = random.Random(seed)
    today = today or date.today()
    now = datetime(2026, 1, 1).isoformat(sep=" ")
    applications = []
    events = []
    event_id = 0
    for ident in range(1, count + 1):
        status, final_kind = rng.choice(STATUS_FLOW)
        applied = today - timedelta(days=rng.randint(3, 200))
        screen = applied + timedelta(days=rng.randint(1, 14))
        last = min(today, screen + timedelta(days=rng.randint(1, 20)))
        next_action = (
            None
            if status in {"rejected", "ghosted", "withdrawn"}
            else today + timedelta(days=rng.randint(-10, 20))
        )
        applications.append(
            (
                ident,
                rng.choice(COMPANIES),
                rng.choice(ROLES),
                f"https://jobs.example.com/{ident}",
                rng.choice(LOCATIONS),
                rng.choice(("", "on-site", "hybrid", "remote")),
                rng.choice(SOURCES),
                "",
                status,
                applied.isoformat(),
                None if next_action is None else next_action.isoformat(),
                "Send a follow-up note" if next_action else "",
                last.isoformat(),
                "",
                rng.choice(NOTES),
                0,
                now,
                now,
            )
        )
        for kind, day in (("applied", applied), ("screen", screen), (final_kind, last)):
            event_id += 1
            events.append((event_id, ident, kind, day.isoformat(), None, "", now))
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.executemany(
                "INSERT INTO application (id, company, role, job_url, location, workplace, source,"
                " salary, status, applied_on, next_action_on, next_action, last_activity_on,"
                " job_description, notes, archived, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                applications,
            )
            connection.executemany(
                "INSERT INTO stage_event (id, application_id, kind, occurred_on, round, notes,"
                " created_at) VALUES (?,?,?,?,?,?,?)",
                events,
            )
    finally:
        connection.close()
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1])
    print(build_database(target, int(sys.argv[2]) if len(sys.argv) > 2 else 1000))
