"""CSV files in and out of the database: the reads that need the ORM, and one place to import
the plain-SQL import (`storage.csv_in`) and export (`storage.csv_out`) from."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import fields

from sqlalchemy import literal_column, select

from nextmove.domain.application import ApplicationData
from nextmove.domain.csv_export import ExportRecord
from nextmove.domain.csv_values import HistoryEntry
from nextmove.domain.status import EventKind, Status, Workplace
from nextmove.storage.csv_in import ImportSummary, import_applications, load_table
from nextmove.storage.csv_out import ExportFailedError, export_csv, export_rows, export_text
from nextmove.storage.database import Database
from nextmove.storage.models.documents import Document
from nextmove.storage.models.tracker import Application, Contact, StageEvent, application_contact

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

_DATA_COLUMNS = tuple(f.name for f in fields(ApplicationData))


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
