"""Replies in the inbox: the background watcher, Mail › Check for Replies, the Inbox panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host


def install(window: Host, context: AppContext) -> None:
    """Add the Inbox panel, Check for Replies (F5) and the watcher that runs every 15 minutes."""
    from nextmove.ui.inbox.controller import InboxController

    InboxController(window, context)
