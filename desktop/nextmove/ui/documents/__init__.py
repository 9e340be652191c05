"""Documents per application: the side panel's Documents section and Application › Add
Document…"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host


def install(window: Host, context: AppContext) -> None:
    from nextmove.ui.documents.controller import DocumentsController

    DocumentsController(window, context)
