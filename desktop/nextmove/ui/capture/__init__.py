"""New from Posting: read a job posting (link, saved page, pasted HTML or text) into the tracker."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host


def install(window: Host, context: AppContext) -> None:
    """Add Application › New from Posting… and accept links and saved pages dropped on the
    window."""
    from nextmove.ui.capture.controller import CaptureController

    CaptureController(window, context)
