"""What the person did with each suggestion's trigger: done, dismissed, or snoozed until a day."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from nextmove.storage.models.base import Base, utcnow


class SuggestionState(Base):
    __tablename__ = "suggestion_state"

    # The trigger key from domain.suggestions ("follow_up:12:2026-11-19").
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    state: Mapped[str] = mapped_column(String(20))  # done, dismissed, snoozed
    snoozed_until: Mapped[date | None] = mapped_column(default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
