"""Applications, their timeline of stage events, and the people met along the way."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from nextmove.storage.models.base import KEEP_IDS, Base, utcnow

application_contact = Table(
    "application_contact",
    Base.metadata,
    Column("application_id", ForeignKey("application.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
)

# The people met at an interview (a timeline entry): links to contacts, kept in the order chosen.
event_contact = Table(
    "event_contact",
    Base.metadata,
    Column("event_id", ForeignKey("stage_event.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
)


class Application(Base):
    __tablename__ = "application"
    __table_args__ = KEEP_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    job_url: Mapped[str] = mapped_column(String(2000), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    workplace: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    salary: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="wishlist", index=True)
    applied_on: Mapped[date | None] = mapped_column(default=None)
    next_action_on: Mapped[date | None] = mapped_column(default=None, index=True)
    next_action: Mapped[str] = mapped_column(String(500), default="")
    # Status and last activity are derived from the timeline and written by one function only,
    # `storage.timeline.settle` (the rule: `domain.timeline_rules`), so the table never aggregates.
    last_activity_on: Mapped[date | None] = mapped_column(default=None, index=True)
    job_description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    events: Mapped[list[StageEvent]] = relationship(
        back_populates="application",
        cascade="all, delete-orphan",
        order_by="(StageEvent.occurred_on, StageEvent.id)",
    )
    contacts: Mapped[list[Contact]] = relationship(
        secondary=application_contact, back_populates="applications"
    )


class StageEvent(Base):
    __tablename__ = "stage_event"
    __table_args__ = (Index("ix_stage_event_app_date", "application_id", "occurred_on"), KEEP_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    occurred_on: Mapped[date]
    round: Mapped[int | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # An interview's time ("14:30", local), length, place or video link, and the people met who
    # are not among the contacts (one "Name <address>" per line; the contacts are linked in
    # `event_contact`); the UID of the invitation it came from, if any.
    starts_at: Mapped[str | None] = mapped_column(String(5), default=None)
    duration_minutes: Mapped[int | None] = mapped_column(default=None)
    place: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    attendees: Mapped[str] = mapped_column(Text, default="", server_default="")
    invitation_uid: Mapped[str | None] = mapped_column(String(500), default=None)

    application: Mapped[Application] = relationship(back_populates="events")


class Contact(Base):
    __tablename__ = "contact"
    __table_args__ = KEEP_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    role: Mapped[str] = mapped_column(String(40), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    keep_in_touch_on: Mapped[date | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    profile_url: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    applications: Mapped[list[Application]] = relationship(
        secondary=application_contact, back_populates="contacts"
    )
