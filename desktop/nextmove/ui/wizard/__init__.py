"""The rejection wizard, reflections and insights."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host


def install(window: Host, context: AppContext) -> None:
    """Enable "Handle rejection…" and the wizard's other actions on the main window."""
    from nextmove.ui.wizard.controller import WizardController

    context.features.wizard = WizardController(window, context)
