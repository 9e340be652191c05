"""Replies in the inbox: which application a message is about, and what it says.

Plain rules, no network and no model: `examine()` takes a message and the tracked applications
and returns a `Finding` (a kind, the sentence that decided it, the matched application).
"""

from nextmove.domain.inbox.classify import classify
from nextmove.domain.inbox.match import match
from nextmove.domain.inbox.model import (
    Classification,
    Finding,
    IncomingMail,
    Kind,
    Tracked,
    TrackedContact,
    examine,
)

__all__ = [
    "Classification",
    "Finding",
    "IncomingMail",
    "Kind",
    "Tracked",
    "TrackedContact",
    "classify",
    "examine",
    "match",
]
