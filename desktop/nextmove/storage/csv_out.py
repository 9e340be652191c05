"""Writing every application to a CSV file, read with plain sqlite3.

Export is a read: it takes one snapshot of the tables through a plain connection, with no
per-row objects, so `nextmove export` never imports SQLAlchemy and runs at the speed of the
csv module itself. The cells are exactly those of `domain.csv_export.export_cells`.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Collection
from pathlib import Path

from nextmove.domain.csv_export import BOM, EXPORT_FIELDS, export_header
from nextmove.domain.csv_format import Field, write_csv
from nextmove.domain.csv_values import format_entry
from nextmove.domain.status import Status
from nextmove.storage.database import Database


class ExportFailedError(Exception):
    """The export file could not be written; the message is a sentence naming the folder."""


_EXPORT_EVENTS = (
    "SELECT application_id, kind, occurred_on, round, notes FROM stage_event"
    " ORDER BY application_id, occurred_on, id"
)
_EXPORT_PEOPLE = (
    "SELECT application_contact.application_id, contact.name, contact.email, contact.phone,"
    " contact.profile_url"
    " FROM application_contact JOIN contact ON contact.id = application_contact.contact_id"
    " ORDER BY application_contact.rowid"
)
_EXPORT_DOCUMENTS = (
    "SELECT application_id, file_name FROM document ORDER BY application_id, added_at, id"
)
# The columns in `EXPORT_FIELDS` order up to the job description (contacts and history follow).
_EXPORT_APPLICATIONS = (
    "SELECT id, company, role, status, applied_on, job_url, location, workplace, source,"
    " salary, next_action_on, next_action, notes, job_description FROM application ORDER BY id"
)
_STATUS_LABELS = {status.value: status.label for status in Status}


def export_rows(database: Database, ids: Collection[int] | None = None) -> list[list[str]]:
    """The cells of every application (or those in `ids`), oldest first, as `export_cells`
    gives them (read with the driver directly: no per-row objects, one pass over each table)."""
    assert EXPORT_FIELDS[13:] == (
        Field.CONTACT,
        Field.CONTACT_EMAIL,
        Field.CONTACT_PHONE,
        Field.CONTACT_PROFILE,
        Field.HISTORY,
    )
    wanted = None if ids is None else set(ids)
    connection = database.read_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("BEGIN")  # one snapshot for the four reads
        history: dict[int, list[str]] = defaultdict(list)
        for app_id, kind, on, round_number, notes in cursor.execute(_EXPORT_EVENTS):
            history[app_id].append(format_entry(on, kind, round_number, notes))
        people: dict[int, list[tuple[str, str, str, str]]] = defaultdict(list)
        for app_id, name, email, phone, link in cursor.execute(_EXPORT_PEOPLE):
            people[app_id].append((name, email, phone or "", link or ""))
        documents: dict[int, list[str]] = defaultdict(list)
        for app_id, file_name in cursor.execute(_EXPORT_DOCUMENTS):
            documents[app_id].append(file_name)
        labels = _STATUS_LABELS
        nobody: list[tuple[str, str, str, str]] = []
        none: list[str] = []
        rows = []
        for app_id, company, role, status, applied, *rest in cursor.execute(_EXPORT_APPLICATIONS):
            if wanted is not None and app_id not in wanted:
                continue
            url, location, workplace, source, salary, next_on, next_action, notes, text = rest
            contacts = people.get(app_id, nobody)
            emails = [contact[1] for contact in contacts]
            phones = [contact[2] for contact in contacts]
            links = [contact[3] for contact in contacts]
            rows.append(
                [
                    company,
                    role,
                    labels[status],
                    applied or "",
                    url,
                    location,
                    workplace,
                    source,
                    salary,
                    next_on or "",
                    next_action,
                    notes,
                    text,
                    "; ".join(contact[0] for contact in contacts),
                    "; ".join(emails) if any(emails) else "",
                    "; ".join(phones) if any(phones) else "",
                    "; ".join(links) if any(links) else "",
                    "; ".join(history.get(app_id, none)),
                    "; ".join(documents.get(app_id, none)),
                ]
            )
        return rows
    finally:
        connection.close()


def export_text(database: Database, ids: Collection[int] | None = None) -> tuple[str, int]:
    """The whole export file's text (BOM, header, formula-safe cells) and how many rows."""
    rows = export_rows(database, ids)
    return BOM + write_csv(export_header(), rows), len(rows)


def export_csv(database: Database, path: Path, ids: Collection[int] | None = None) -> int:
    """Write every application (or those in `ids`) to `path` (UTF-8 with BOM, formula-safe);
    returns how many.

    The file is written beside the target and renamed over it, so a failure never leaves a
    half-written export behind.
    """
    text, count = export_text(database, ids)
    path = path.resolve()
    folder = path.parent
    if not folder.is_dir():
        raise ExportFailedError(f"There is no folder {folder}. Choose a folder that exists.")
    if path.is_dir():
        raise ExportFailedError(f"{path} is a folder. Choose a file name for the export.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".nextmove-export-", dir=folder)
    except OSError as error:
        raise _export_failure(folder, error) from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _export_failure(folder, error) from error
        raise
    return count


def _export_failure(folder: Path, error: OSError) -> ExportFailedError:
    """A sentence about the folder; never the hidden temporary file's name."""
    if isinstance(error, PermissionError):
        return ExportFailedError(
            f"Next Move may not write in the folder {folder}. Choose another folder."
        )
    reason = (error.strerror or "the system refused").rstrip(".").lower()
    return ExportFailedError(f"The export could not be written in {folder} ({reason}).")
