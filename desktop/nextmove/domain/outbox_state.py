"""Where an outbox message stands. The values are what the database stores."""

from __future__ import annotations

from enum import StrEnum


class OutboxState(StrEnum):
    DRAFT = "draft"  # kept, not to be sent (no address yet, or the account was removed)
    QUEUED = "queued"  # waiting to be sent (now, or at its next attempt)
    SENDING = "sending"  # marked before the server sees it; left so by a crash mid-send
    SENT = "sent"
    FAILED = "failed"  # refused for a reason only the person can fix
