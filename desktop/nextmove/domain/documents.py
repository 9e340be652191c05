"""Documents kept with an application: their kinds, and the rules that need no storage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

# Above this, many mail providers refuse a message (Gmail's limit is 25 MB once encoded).
ATTACHMENT_WARNING_BYTES = 20 * 1024 * 1024


class DocumentKind(StrEnum):
    CV = "cv"
    COVER_LETTER = "cover-letter"
    PORTFOLIO = "portfolio"
    OFFER_LETTER = "offer-letter"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def can_be_sent(self) -> bool:
        """Only a CV or a cover letter is marked "sent with this application"."""
        return self in (DocumentKind.CV, DocumentKind.COVER_LETTER)


_LABELS = {
    DocumentKind.CV: "CV",
    DocumentKind.COVER_LETTER: "Cover letter",
    DocumentKind.PORTFOLIO: "Portfolio",
    DocumentKind.OFFER_LETTER: "Offer letter",
    DocumentKind.OTHER: "Other",
}
_NAME_HINTS = (
    (DocumentKind.COVER_LETTER, ("cover", "anschreiben", "motivation")),
    (DocumentKind.CV, ("cv", "resume", "résumé", "lebenslauf", "curriculum")),
    (DocumentKind.PORTFOLIO, ("portfolio",)),
    (DocumentKind.OFFER_LETTER, ("offer", "contract", "angebot")),
)


def kind_from_name(file_name: str) -> DocumentKind:
    """The kind a file's name suggests, offered as the default the person can change."""
    name = file_name.casefold()
    for kind, hints in _NAME_HINTS:
        if any(hint in name for hint in hints):
            return kind
    return DocumentKind.OTHER


@dataclass(frozen=True)
class DocumentRow:
    id: int
    application_id: int
    kind: DocumentKind
    file_name: str
    sha256: str
    size: int
    added_at: datetime
    sent: bool


@dataclass(frozen=True)
class AttachmentRef:
    """A file to attach: its name in the email, where it is read from when the email leaves,
    its size when it was attached, and the document it is (if it is one)."""

    file_name: str
    path: str
    size: int
    document_id: int | None = None


def attachments_too_large(refs: list[AttachmentRef] | tuple[AttachmentRef, ...]) -> bool:
    return sum(ref.size for ref in refs) > ATTACHMENT_WARNING_BYTES


def readable_size(size: int) -> str:
    """`512 bytes`, `84 KB`, `2.4 MB`."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
