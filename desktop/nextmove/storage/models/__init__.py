"""Typed ORM models. Import this package to register every table on `Base.metadata`."""

from nextmove.storage.models import documents, inbox, mail, suggestions, tracker, wizard
from nextmove.storage.models.base import Base

__all__ = ["Base", "documents", "inbox", "mail", "suggestions", "tracker", "wizard"]
