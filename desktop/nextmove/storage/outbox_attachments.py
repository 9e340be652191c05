"""What each email in the outbox carries: files read when the email leaves, not before.

Reading at send time keeps the outbox small; a file gone by then holds the email (queued,
with the reason) instead of sending it without what the person meant to attach.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from nextmove.domain.documents import AttachmentRef, DocumentKind
from nextmove.storage.database import Database
from nextmove.storage.models.documents import Document, OutboxAttachment


class AttachmentMissingError(Exception):
    """An attached file cannot be read; the message says which, in plain words."""


def add_in(session: Session, message_id: int, refs: Sequence[AttachmentRef]) -> None:
    for position, ref in enumerate(refs):
        session.add(
            OutboxAttachment(
                message_id=message_id,
                position=position,
                file_name=ref.file_name[:255],
                path=ref.path,
                size=ref.size,
                document_id=ref.document_id,
            )
        )


def refs_of(database: Database, message_id: int) -> list[AttachmentRef]:
    with database.sessions() as session:
        return refs_in(session, message_id)


def refs_in(session: Session, message_id: int) -> list[AttachmentRef]:
    """A message's attachments, in order, inside an open session."""
    query = (
        select(OutboxAttachment)
        .where(OutboxAttachment.message_id == message_id)
        .order_by(OutboxAttachment.position)
    )
    return [
        AttachmentRef(a.file_name, a.path, a.size, a.document_id) for a in session.scalars(query)
    ]


def read_all(refs: Sequence[AttachmentRef]) -> list[tuple[str, bytes]]:
    """(name, bytes) of each attachment; AttachmentMissingError for the first one gone."""
    loaded: list[tuple[str, bytes]] = []
    for ref in refs:
        try:
            loaded.append((ref.file_name, Path(ref.path).read_bytes()))
        except FileNotFoundError as error:
            raise AttachmentMissingError(
                f"The attachment {ref.file_name} is no longer at {ref.path}. Put it back, or "
                "remove it from the email, then send again."
            ) from error
        except OSError as error:
            raise AttachmentMissingError(
                f"The attachment {ref.file_name} could not be read "
                f"({error.strerror or error}); nothing was sent."
            ) from error
    return loaded


def sent_in(connection: Connection, message_id: int) -> list[str]:
    """In the transaction that marks the email sent: the names it carried, and its CV and
    cover letter documents marked "sent with this application"."""
    rows = connection.execute(
        select(OutboxAttachment.file_name, OutboxAttachment.document_id)
        .where(OutboxAttachment.message_id == message_id)
        .order_by(OutboxAttachment.position)
    ).all()
    documents = [row.document_id for row in rows if row.document_id is not None]
    if documents:
        connection.execute(
            update(Document)
            .where(
                Document.id.in_(documents),
                Document.kind.in_((DocumentKind.CV.value, DocumentKind.COVER_LETTER.value)),
            )
            .values(sent=True)
        )
    return [row.file_name for row in rows]
