"""Typed ORM models. Import this package to register every table on `Base.metadata`."""

from nextmove.storage.models import mail, suggestions, tracker, wizard
from nextmove.storage.models.base import Base

__all__ = ["Base", "mail", "suggestions", "tracker", "wizard"]
