"""Mail windows: accounts, compose, outbox."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host


def install(window: Host, context: AppContext) -> None:
    """Add the Mail menu, the outbox count in the status bar and background sending."""
    from nextmove.ui.mail.controller import MailController

    MailController(window, context)
