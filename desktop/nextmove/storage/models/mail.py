"""Mail accounts (never a password: that lives in the OS keyring), the outbox, templates."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nextmove.domain.outbox_state import OutboxState
from nextmove.storage.models.base import KEEP_IDS, Base, utcnow


class MailAccount(Base):
    __tablename__ = "mail_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    from_address: Mapped[str] = mapped_column(String(320))
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int]
    security: Mapped[str] = mapped_column(String(10))  # "tls" (implicit) or "starttls"
    username: Mapped[str] = mapped_column(String(320))
    # The name shown in the From header (and the {your_name} placeholder).
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    ca_file: Mapped[str] = mapped_column(String(1000), default="")
    is_default: Mapped[bool] = mapped_column(default=False)
    auto_send: Mapped[bool] = mapped_column(default=False)
    # "password" or "oauth". For oauth the refresh token is in the keyring, like a password.
    auth_kind: Mapped[str] = mapped_column(String(10), default="password")
    oauth_auth_url: Mapped[str] = mapped_column(String(2000), default="")
    oauth_token_url: Mapped[str] = mapped_column(String(2000), default="")
    oauth_revoke_url: Mapped[str] = mapped_column(String(2000), default="")
    oauth_scopes: Mapped[str] = mapped_column(String(2000), default="")
    oauth_client_id: Mapped[str] = mapped_column(String(500), default="")
    # The provider refused the refresh token (revoked grant): "Sign in again".
    signin_needed: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    # -- Reading replies (IMAP, read-only; see storage/inbox.py) ---------------------------
    # Off by default; the same credential as sending. Where the scan got to lives in
    # InboxState, what it found in InboxMessage.
    watch_inbox: Mapped[bool] = mapped_column(default=False)
    imap_host: Mapped[str] = mapped_column(String(255), default="")
    imap_port: Mapped[int] = mapped_column(default=993)
    imap_security: Mapped[str] = mapped_column(String(10), default="tls")  # "tls" | "starttls"


class OutboxMessage(Base):
    __tablename__ = "outbox_message"
    __table_args__ = (Index("ix_outbox_message_state", "state"), KEEP_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    # None until sent: a message written offline before any account exists still waits here.
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("mail_account.id", ondelete="SET NULL"), default=None
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="SET NULL"), default=None
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), default=None
    )
    # thank_you, feedback_request, ask_specifics, thanks_for_feedback, follow_up,
    # keep_in_touch, experts
    purpose: Mapped[str] = mapped_column(String(40))
    # One address or several, separated by ", " (each checked when queued).
    to_address: Mapped[str] = mapped_column(String(320))
    cc_addresses: Mapped[str] = mapped_column(Text, default="")
    bcc_addresses: Mapped[str] = mapped_column(Text, default="")  # never in a header
    subject: Mapped[str] = mapped_column(String(998))
    body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(250), default="")
    state: Mapped[str] = mapped_column(String(10), default=OutboxState.QUEUED)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)


class Template(Base):
    __tablename__ = "template"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(998))
    body: Mapped[str] = mapped_column(Text)
    builtin: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
