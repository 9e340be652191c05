"""The documents kept with an application; their bytes are files named by SHA-256."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from nextmove.storage.models.base import KEEP_IDS, Base, utcnow


class Document(Base):
    __tablename__ = "document"
    __table_args__ = KEEP_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign key on purpose: see migration 0004_documents.
    application_id: Mapped[int] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent: Mapped[bool] = mapped_column(default=False)


class OutboxAttachment(Base):
    """A file attached to an email in the outbox: read from `path` when the email leaves."""

    __tablename__ = "outbox_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("outbox_message.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    file_name: Mapped[str] = mapped_column(String(255))
    path: Mapped[str] = mapped_column(String(4000))
    size: Mapped[int]
    # The application's document it came from, if any (marked sent when the email leaves).
    document_id: Mapped[int | None] = mapped_column(default=None)
