"""CSV files in and out of the database.

An import is all or nothing: every application, event, contact and link of a file is written in
ONE transaction, so a failure anywhere leaves the database exactly as it was. Rows go in with
bulk inserts, in chunks, so ten thousand rows take a moment and the caller can show progress.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, literal_column, select
from sqlalchemy.orm import Session

from nextmove.domain.application import ApplicationData
from nextmove.domain.contact import contact_keys, matches_by_name
from nextmove.domain.csv_export import ExportRecord
from nextmove.domain.csv_format import (
    MAX_FILE_BYTES,
    CsvFileError,
    CsvTable,
    read_table,
)
from nextmove.domain.csv_import import ImportedApplication, ImportedContact
from nextmove.domain.csv_values import HistoryEntry
from nextmove.domain.status import EventKind, Status, Workplace
from nextmove.storage.csv_out import ExportFailedError, export_csv, export_rows, export_text
from nextmove.storage.database import Database
from nextmove.storage.models.base import utcnow
from nextmove.storage.models.documents import Document
from nextmove.storage.models.tracker import Application, Contact, StageEvent, application_contact
from nextmove.storage.timeline import Clock, new_rows_columns

__all__ = [
    "ExportFailedError",
    "ImportSummary",
    "export_csv",
    "export_records",
    "export_rows",
    "export_text",
    "import_applications",
    "known_applications",
    "load_table",
]

CHUNK = 1000
# Core tables: bulk inserts skip the ORM's per-row bookkeeping (about twice as fast here).
_APPLICATION = cast(Table, Application.__table__)
_STAGE_EVENT = cast(Table, StageEvent.__table__)
_CONTACT = cast(Table, Contact.__table__)
_DATA_COLUMNS = tuple(f.name for f in fields(ApplicationData))
Progress = Callable[[int, int], None]


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

    def __init__(self, session: Session) -> None:
        self._session = session
        self.by_email: dict[tuple[str, str], int] = {}
        self.by_name: dict[tuple[str, str], tuple[int, str]] = {}
        self.created = 0
        for cid, name, email, company in session.execute(
            select(Contact.id, Contact.name, Contact.email, Contact.company).order_by(Contact.id)
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
        """The contact id for each, creating the new people in one bulk insert."""
        found: list[int] = []
        new: list[ImportedContact] = []
        for contact in wanted:
            cid = self._find(contact)
            if cid is None:
                new.append(contact)
                cid = -len(new)  # a stand-in until the insert gives the real id
                self._remember(cid, contact.name, contact.email, contact.company)
            found.append(cid)
        if not new:
            return found
        real = self._session.scalars(
            insert(_CONTACT).returning(_CONTACT.c.id, sort_by_parameter_order=True),
            [
                {
                    "name": c.name,
                    "email": c.email,
                    "company": c.company,
                    "phone": c.phone,
                    "profile_url": c.profile_url,
                }
                for c in new
            ],
        ).all()
        self.created += len(real)
        for contact, cid in zip(new, real, strict=True):
            keys = contact_keys(contact.name, contact.email, contact.company)
            if keys.email is not None and self.by_email.get(keys.email, 0) < 0:
                self.by_email[keys.email] = cid
            named = self.by_name.get(keys.name)
            if named is not None and named[0] < 0:
                self.by_name[keys.name] = (cid, named[1])
        return [real[-cid - 1] if cid < 0 else cid for cid in found]


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


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _stamp(value: datetime) -> str:
    """A timestamp spelled as SQLAlchemy stores one in SQLite (so both read it alike)."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _derived(item: ImportedApplication, today: date) -> tuple[str, str | None]:
    """The row's status and last activity by the one rule (`storage.timeline`): reused from
    the conversion when it ran for the same day, else worked out again."""
    if item.derived_on == today:
        return item.data.status.value, _day(item.last_activity_on)
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
    entry order the database then holds. Rows go in with the driver's `executemany`, a chunk
    at a time, inside the session's one transaction (no per-row SQLAlchemy work).
    """
    day = today()
    events = linked = 0
    stamp = _stamp(utcnow())
    with database.sessions.begin() as session:
        # Plain SQL through the session's connection: the driver's executemany, with
        # SQLAlchemy's error wrapping (faults are explained the same way as anywhere else).
        connection = session.connection()
        contacts = _ContactIndex(session)
        next_id = int(
            connection.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM application").scalar_one()
        )
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
            connection.exec_driver_sql(_INSERT_APPLICATION, rows)
            event_rows = [
                (app_id, e.kind.value, e.occurred_on.isoformat(), e.round, e.notes, stamp)
                for app_id, item in zip(ids, chunk, strict=True)
                for e in item.events
            ]
            if event_rows:
                connection.exec_driver_sql(_INSERT_EVENT, event_rows)
            people = [
                (app_id, c) for app_id, item in zip(ids, chunk, strict=True) for c in item.contacts
            ]
            if people:
                resolved = contacts.resolve_all([c for _, c in people])
                links = {(app_id, cid) for (app_id, _), cid in zip(people, resolved, strict=True)}
                connection.exec_driver_sql(_INSERT_LINK, sorted(links))
                linked += len(links)
            events += len(event_rows)
            if progress is not None:
                progress(start + len(chunk), len(items))
    return ImportSummary(len(items), events, contacts.created, linked)


def known_applications(database: Database) -> set[tuple[str, str]]:
    """(company, role) of every stored application, lower-cased: to warn about re-imports."""
    with database.sessions() as session:
        rows = session.execute(select(Application.company, Application.role))
        return {(company.lower(), role.lower()) for company, role in rows}


def export_records(database: Database, ids: Collection[int] | None = None) -> list[ExportRecord]:
    """Every application (archived ones too; or only those in `ids`) with its timeline and
    contacts, oldest first."""
    wanted = None if ids is None else set(ids)
    with database.sessions() as session:
        events: dict[int, list[HistoryEntry]] = defaultdict(list)
        for app_id, kind, on, round_number, notes in session.execute(
            select(
                StageEvent.application_id,
                StageEvent.kind,
                StageEvent.occurred_on,
                StageEvent.round,
                StageEvent.notes,
            ).order_by(StageEvent.application_id, StageEvent.occurred_on, StageEvent.id)
        ):
            events[app_id].append(HistoryEntry(EventKind(kind), on, round_number, notes))
        people: dict[int, list[tuple[str, ...]]] = defaultdict(list)
        for app_id, name, email, phone, link in session.execute(
            select(
                application_contact.c.application_id,
                Contact.name,
                Contact.email,
                Contact.phone,
                Contact.profile_url,
            )
            .join(Contact, Contact.id == application_contact.c.contact_id)
            .order_by(literal_column("application_contact.rowid"))
        ):
            people[app_id].append((name, email, phone or "", link or ""))
        documents: dict[int, list[str]] = defaultdict(list)
        for app_id, file_name in session.execute(
            select(Document.application_id, Document.file_name).order_by(
                Document.application_id, Document.added_at, Document.id
            )
        ):
            documents[app_id].append(file_name)
        records = []
        columns = [getattr(Application, name) for name in _DATA_COLUMNS]
        for row in session.execute(select(Application.id, *columns).order_by(Application.id)):
            if wanted is not None and row[0] not in wanted:
                continue
            values = dict(zip(_DATA_COLUMNS, row[1:], strict=True))
            values["status"] = Status(values["status"])
            values["workplace"] = Workplace(values["workplace"])
            records.append(
                ExportRecord(
                    ApplicationData(**values), events[row[0]], people[row[0]], documents[row[0]]
                )
            )
        return records
