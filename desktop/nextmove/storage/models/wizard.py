"""Reflections from the rejection wizard, their stage ratings and learning goals.

A draft reflection keeps every answer in one JSON column, rewritten as a whole after each page,
so leaving a page costs one small UPDATE and a closed wizard leaves no half-written rows. The
ratings, goals and other rows are written only when the wizard finishes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nextmove.storage.models.base import KEEP_IDS, Base, utcnow


class Reflection(Base):
    __tablename__ = "reflection"
    __table_args__ = (Index("ix_reflection_app_state", "application_id", "state"), KEEP_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(10), default="draft")  # draft | completed
    current_step: Mapped[int] = mapped_column(default=1)
    answers: Mapped[str] = mapped_column(Text, default="{}")
    # Copied out of the answers at Finish so the insights can query them.
    rejected_on: Mapped[date | None] = mapped_column(default=None)
    stage_reached: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    feedback_requested_on: Mapped[date | None] = mapped_column(default=None)
    feedback_received_on: Mapped[date | None] = mapped_column(default=None)
    feedback_text: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(20), default="")
    beyond_control: Mapped[str] = mapped_column(Text, default="")  # one factor per line
    weekly_goal: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)


class StageRating(Base):
    __tablename__ = "stage_rating"
    __table_args__ = KEEP_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    reflection_id: Mapped[int] = mapped_column(
        ForeignKey("reflection.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    stage: Mapped[str] = mapped_column(String(200))
    score: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")


class LearningGoal(Base):
    __tablename__ = "learning_goal"
    __table_args__ = KEEP_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    reflection_id: Mapped[int | None] = mapped_column(
        ForeignKey("reflection.id", ondelete="SET NULL"), default=None
    )
    skill: Mapped[str] = mapped_column(String(200))
    course: Mapped[str] = mapped_column(String(300), default="")
    provider: Mapped[str] = mapped_column(String(200), default="")
    link: Mapped[str] = mapped_column(String(2000), default="")
    due_on: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(12), default="planned")  # planned | done
    completed_on: Mapped[date | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CompanyReapply(Base):
    """When a person would like to consider a company again."""

    __tablename__ = "company_reapply"
    __table_args__ = KEEP_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200), unique=True)
    reapply_after: Mapped[date]
    reflection_id: Mapped[int | None] = mapped_column(
        ForeignKey("reflection.id", ondelete="SET NULL"), default=None
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
