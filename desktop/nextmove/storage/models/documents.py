"""The documents kept with an application; their bytes are files named by SHA-256."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from nextmove.storage.models.base import Base, utcnow


class Document(Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign key on purpose: see migration 0004_documents.
    application_id: Mapped[int] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent: Mapped[bool] = mapped_column(default=False)
