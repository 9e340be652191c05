"""What the inbox watcher found, and how far it has read each account's INBOX."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nextmove.storage.models.base import Base, utcnow


class InboxMessage(Base):
    """One received message the rules read: its kind, evidence, and the person's answer."""

    __tablename__ = "inbox_message"
    __table_args__ = (
        # The same message is never listed twice, even when UIDVALIDITY changes and the whole
        # mailbox is read again.
        UniqueConstraint("account_id", "message_key", name="uq_inbox_message_account_key"),
        Index("ix_inbox_message_state", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_account.id", ondelete="CASCADE"))
    # The Message-ID header, or a digest of date, sender and subject when it has none.
    message_key: Mapped[str] = mapped_column(String(250))
    message_id: Mapped[str] = mapped_column(String(250), default="")
    uid: Mapped[int]
    uidvalidity: Mapped[int]
    received_at: Mapped[datetime | None] = mapped_column(default=None)
    from_name: Mapped[str] = mapped_column(String(200), default="")
    from_address: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(String(998), default="")
    kind: Mapped[str] = mapped_column(String(20))
    evidence: Mapped[str] = mapped_column(Text, default="")
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="SET NULL"), default=None
    )
    state: Mapped[str] = mapped_column(String(10), default="new")  # new | accepted | ignored
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InboxState(Base):
    """Per account: the UIDVALIDITY and the last UID seen, so a scan reads only new mail."""

    __tablename__ = "inbox_state"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("mail_account.id", ondelete="CASCADE"), primary_key=True
    )
    uidvalidity: Mapped[int] = mapped_column(default=0)
    last_uid: Mapped[int] = mapped_column(default=0)
    checked_at: Mapped[datetime | None] = mapped_column(default=None)
