"""One CSV row per application, with its whole stage history in one readable cell.

The columns are the ones import recognises, so exporting and re-importing gives back the
same applications, timelines and contacts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from nextmove.domain.application import ApplicationData
from nextmove.domain.csv_format import Field
from nextmove.domain.csv_values import HistoryEntry, format_history

# Every field but the import-only dates: the history column carries the whole timeline.
EXPORT_FIELDS: tuple[Field, ...] = tuple(Field)[: tuple(Field).index(Field.HISTORY) + 1]
BOM = "\ufeff"
# Export only: the file names of the application's documents (import leaves it aside).
DOCUMENTS_HEADER = "Documents"


@dataclass(frozen=True)
class ExportRecord:
    data: ApplicationData
    events: Sequence[HistoryEntry]
    # (name, email, phone, profile link) of each linked contact, in the order they were linked.
    contacts: Sequence[tuple[str, ...]]
    documents: Sequence[str] = ()


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _joined(contacts: Sequence[tuple[str, ...]], part: int) -> str:
    """One part of every contact, "; "-separated and aligned with the names; "" when none."""
    values = [c[part] if len(c) > part else "" for c in contacts]
    return "; ".join(values) if any(values) else ""


def export_header() -> list[str]:
    return [*(f.label for f in EXPORT_FIELDS), DOCUMENTS_HEADER]


def export_cells(record: ExportRecord) -> list[str]:
    data = record.data
    emails = [contact[1] for contact in record.contacts]
    values: dict[Field, str] = {
        Field.COMPANY: data.company,
        Field.ROLE: data.role,
        Field.STATUS: data.status.label,
        Field.APPLIED_ON: _day(data.applied_on),
        Field.JOB_URL: data.job_url,
        Field.LOCATION: data.location,
        Field.WORKPLACE: data.workplace.value,
        Field.SOURCE: data.source,
        Field.SALARY: data.salary,
        Field.NEXT_ACTION_ON: _day(data.next_action_on),
        Field.NEXT_ACTION: data.next_action,
        Field.NOTES: data.notes,
        Field.JOB_DESCRIPTION: data.job_description,
        Field.CONTACT: "; ".join(contact[0] for contact in record.contacts),
        Field.CONTACT_EMAIL: "; ".join(emails) if any(emails) else "",
        Field.CONTACT_PHONE: _joined(record.contacts, 2),
        Field.CONTACT_PROFILE: _joined(record.contacts, 3),
        Field.HISTORY: format_history(list(record.events)),
    }
    return [*(values[f] for f in EXPORT_FIELDS), "; ".join(record.documents)]
