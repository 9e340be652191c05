"""Documents per application: one short transaction per action, files in the store."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import delete, select, update

from nextmove.domain.documents import DocumentKind, DocumentRow
from nextmove.storage import document_files
from nextmove.storage.database import Database
from nextmove.storage.models.documents import Document
from nextmove.storage.models.tracker import Application


def _row(document: Document) -> DocumentRow:
    return DocumentRow(
        id=document.id,
        application_id=document.application_id,
        kind=DocumentKind(document.kind),
        file_name=document.file_name,
        sha256=document.sha256,
        size=document.size,
        added_at=document.added_at,
        sent=document.sent,
    )


class DocumentNotFoundError(LookupError):
    pass


class DocumentRepository:
    def __init__(self, database: Database) -> None:
        self._db = database
        self.folder = document_files.folder_for(database.path)

    def add(
        self, application_id: int, source: Path, kind: DocumentKind | None = None
    ) -> DocumentRow:
        """Copy `source` into the store and list it with the application."""
        from nextmove.domain.documents import kind_from_name

        sha, size = document_files.store(self.folder, source)
        with self._db.sessions.begin() as session:
            if session.get(Application, application_id) is None:
                raise DocumentNotFoundError(application_id)
            document = Document(
                application_id=application_id,
                kind=(kind or kind_from_name(source.name)).value,
                file_name=source.name[:255],
                sha256=sha,
                size=size,
                sent=False,
            )
            session.add(document)
            session.flush()
            return _row(document)

    def for_application(self, application_id: int) -> list[DocumentRow]:
        query = (
            select(Document)
            .where(Document.application_id == application_id)
            .order_by(Document.added_at, Document.id)
        )
        with self._db.sessions() as session:
            return [_row(d) for d in session.scalars(query)]

    def get(self, document_id: int) -> DocumentRow:
        with self._db.sessions() as session:
            document = session.get(Document, document_id)
            if document is None:
                raise DocumentNotFoundError(document_id)
            return _row(document)

    def path(self, row: DocumentRow) -> Path:
        """The stored file (read it, open it, attach it; never write to it)."""
        return document_files.blob_path(self.folder, row.sha256)

    def remove(self, document_id: int) -> DocumentRow:
        """Take the document off its application; the file stays for undo."""
        row = self.get(document_id)
        with self._db.sessions.begin() as session:
            session.execute(delete(Document).where(Document.id == document_id))
        return row

    def restore(self, row: DocumentRow) -> DocumentRow:
        """Put a removed document back (undo), under its old id when still free."""
        with self._db.sessions.begin() as session:
            taken = session.get(Document, row.id) is not None
            document = Document(
                application_id=row.application_id,
                kind=row.kind.value,
                file_name=row.file_name,
                sha256=row.sha256,
                size=row.size,
                added_at=row.added_at,
                sent=row.sent,
            )
            if not taken:
                document.id = row.id
            session.add(document)
            session.flush()
            return replace(row, id=document.id)

    def set_sent(self, document_id: int, sent: bool) -> None:
        with self._db.sessions.begin() as session:
            session.execute(update(Document).where(Document.id == document_id).values(sent=sent))

    def set_kind(self, document_id: int, kind: DocumentKind) -> None:
        with self._db.sessions.begin() as session:
            values: dict[str, object] = {"kind": kind.value}
            if not kind.can_be_sent:
                values["sent"] = False
            session.execute(update(Document).where(Document.id == document_id).values(**values))

    def tidy(self) -> None:
        """At startup (no undo history yet): forget documents of applications deleted for
        good, then files nothing refers to."""
        with self._db.sessions.begin() as session:
            session.execute(
                delete(Document).where(Document.application_id.not_in(select(Application.id)))
            )
            keep = set(session.scalars(select(Document.sha256)).all())
        document_files.prune(self.folder, keep)
