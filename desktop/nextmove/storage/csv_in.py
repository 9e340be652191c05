"""Writing a checked CSV file's applications into the database, in plain SQL.

An import is all or nothing: every application, event, contact and link of a file is written in
ONE transaction (`Database.transaction`), so a failure anywhere leaves the database exactly as
it was. Rows go in with the driver's `executemany`, a chunk at a time, so the caller can show
progress and cancel. Nothing here imports SQLAlchemy: `nextmove import` runs at the speed of
the csv and sqlite3 modules (in the app the same statements run on the engine's connection).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from nextmove.domain.contact import contact_keys, matches_by_name
from nextmove.domain.csv_format import MAX_FILE_BYTES, CsvFileError, CsvTable, read_table
from nextmove.domain.csv_import import ImportedApplication, ImportedContact
from nextmove.storage.database import Database, Writer

CHUNK = 1000
Progress = Callable[[int, int], None]
Clock = Callable[[], date]


@dataclass(frozen=True)
class ImportSummary:
    applications: int
    events: int
    contacts_created: int
    contacts_linked: int


def load_table(path: Path) -> CsvTable:
    """Read and parse a CSV file; every problem is a CsvFileError with a sentence for people."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CsvFileError(
                f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
                "that is not a list of applications."
            )
        data = path.read_bytes()
    except IsADirectoryError as error:
        raise CsvFileError(f"{path.name} is a folder, not a CSV file.") from error
    except FileNotFoundError as error:
        raise CsvFileError(f"There is no file called {path}.") from error
    except OSError as error:
        raise CsvFileError(f"Could not read {path.name}: {error.strerror or error}.") from error
    return read_table(data)


class _ContactIndex:
    """Existing and new contacts, matched by `domain.contact.contact_keys`: by email, then by
    name, within the same company (case and spacing do not matter)."""

    def __init__(self, writer: Writer, stamp: str) -> None:
        self._writer = writer
        self._stamp = stamp
        self.by_email: dict[tuple[str, str], int] = {}
        self.by_name: dict[tuple[str, str], tuple[int, str]] = {}
        self.created = 0
        for cid, name, email, company in writer.execute(
            "SELECT id, name, email, company FROM contact ORDER BY id"
        ):
            self._remember(cid, name, email, company)

    def _remember(self, cid: int, name: str, email: str, company: str) -> None:
        keys = contact_keys(name, email, company)
        if keys.email is not None:
            self.by_email.setdefault(keys.email, cid)
        self.by_name.setdefault(keys.name, (cid, email))

    def _find(self, contact: ImportedContact) -> int | None:
        keys = contact_keys(contact.name, contact.email, contact.company)
        if keys.email is not None and keys.email in self.by_email:
            return self.by_email[keys.email]
        named = self.by_name.get(keys.name)
        if named is not None and matches_by_name(named[1], contact.email):
            return named[0]
        return None

    def resolve_all(self, wanted: Sequence[ImportedContact]) -> list[int]:
        """The contact id for each, adding the people not met before."""
        found: list[int] = []
        for contact in wanted:
            cid = self._find(contact)
            if cid is None:
                cid = self._writer.execute(
                    _INSERT_CONTACT,
                    (
                        contact.name,
                        contact.email,
                        contact.company,
                        contact.phone,
                        contact.profile_url,
                        self._stamp,
                    ),
                )[0][0]
                self.created += 1
                self._remember(cid, contact.name, contact.email, contact.company)
            found.append(cid)
        return found


_INSERT_APPLICATION = (
    "INSERT INTO application (id, company, role, job_url, location, workplace, source, salary,"
    " status, applied_on, next_action_on, next_action, last_activity_on, job_description,"
    " notes, archived, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
)
_INSERT_EVENT = (
    "INSERT INTO stage_event (application_id, kind, occurred_on, round, notes, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_LINK = (
    "INSERT OR IGNORE INTO application_contact (application_id, contact_id) VALUES (?, ?)"
)
# The model's Python-side defaults (role, notes, keep-in-touch) written out.
_INSERT_CONTACT = (
    "INSERT INTO contact (name, email, company, phone, profile_url, created_at, role, notes,"
    " keep_in_touch_on) VALUES (?, ?, ?, ?, ?, ?, '', '', NULL) RETURNING id"
)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _stamp() -> str:
    """Now, in UTC, spelled as SQLAlchemy stores a timestamp in SQLite (both read it alike)."""
    return datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _derived(item: ImportedApplication, today: date) -> tuple[str, str | None]:
    """The row's status and last activity by the one rule (`storage.timeline`): reused from
    the conversion when it ran for the same day, else worked out again."""
    if item.derived_on == today:
        return item.data.status.value, _day(item.last_activity_on)
    from nextmove.storage.timeline import new_rows_columns

    columns = new_rows_columns([(e.kind, e.occurred_on) for e in item.events], today)
    return columns["status"], _day(columns["last_activity_on"])


def import_applications(
    database: Database,
    items: Sequence[ImportedApplication],
    progress: Progress | None = None,
    *,
    today: Clock = date.today,
) -> ImportSummary:
    """Store every application with its timeline and contacts in one transaction.

    Each row's status and last activity come from its timeline by the one rule
    (`storage.timeline`); its entries are inserted in their order, so the rule sees the same
    entry order the database then holds. `progress` may raise to stop: nothing is kept then.
    """
    day = today()
    events = linked = 0
    stamp = _stamp()
    with database.transaction() as writer:
        contacts = _ContactIndex(writer, stamp)
        next_id = int(writer.execute("SELECT COALESCE(MAX(id), 0) FROM application")[0][0])
        for start in range(0, len(items), CHUNK):
            chunk = items[start : start + CHUNK]
            ids = range(next_id + 1, next_id + 1 + len(chunk))
            next_id += len(chunk)
            rows = []
            for app_id, item in zip(ids, chunk, strict=True):
                data = item.data
                status, last = _derived(item, day)
                rows.append(
                    (
                        app_id,
                        data.company,
                        data.role,
                        data.job_url,
                        data.location,
                        data.workplace.value,
                        data.source,
                        data.salary,
                        status,
                        _day(data.applied_on),
                        _day(data.next_action_on),
                        data.next_action,
                        last,
                        data.job_description,
                        data.notes,
                        stamp,
                        stamp,
                    )
                )
            writer.executemany(_INSERT_APPLICATION, rows)
            event_rows = [
                (app_id, e.kind.value, e.occurred_on.isoformat(), e.round, e.notes, stamp)
                for app_id, item in zip(ids, chunk, strict=True)
                for e in item.events
            ]
            if event_rows:
                writer.executemany(_INSERT_EVENT, event_rows)
            people = [
                (app_id, c) for app_id, item in zip(ids, chunk, strict=True) for c in item.contacts
            ]
            if people:
                resolved = contacts.resolve_all([c for _, c in people])
                links = {(app_id, cid) for (app_id, _), cid in zip(people, resolved, strict=True)}
                writer.executemany(_INSERT_LINK, sorted(links))
                linked += len(links)
            events += len(event_rows)
            if progress is not None:
                progress(start + len(chunk), len(items))
    return ImportSummary(len(items), events, contacts.created, linked)
