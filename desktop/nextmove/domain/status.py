"""Where an application stands, and the events that make up its timeline."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """The current state of an application: what its timeline says (`timeline_rules.derive`)."""

    WISHLIST = "wishlist"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"

    @property
    def label(self) -> str:
        return self.value.capitalize()


CLOSED_STATUSES = frozenset({Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN, Status.GHOSTED})


class EventKind(StrEnum):
    """One entry on an application's timeline."""

    SAVED = "saved"
    APPLIED = "applied"
    SCREEN = "screen"
    ASSESSMENT = "assessment"
    INTERVIEW = "interview"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"
    EMAIL_SENT = "email_sent"
    NOTE = "note"

    @property
    def label(self) -> str:
        return EVENT_LABELS[self]


EVENT_LABELS: dict[EventKind, str] = {
    EventKind.SAVED: "Saved",
    EventKind.APPLIED: "Applied",
    EventKind.SCREEN: "Screening call",
    EventKind.ASSESSMENT: "Assessment",
    EventKind.INTERVIEW: "Interview",
    EventKind.OFFER: "Offer",
    EventKind.ACCEPTED: "Accepted",
    EventKind.REJECTED: "Rejected",
    EventKind.WITHDRAWN: "Withdrawn",
    EventKind.GHOSTED: "Ghosted",
    EventKind.EMAIL_SENT: "Email sent",
    EventKind.NOTE: "Note",
}

# The event appended to the timeline when the status changes to a given value.
STATUS_EVENT: dict[Status, EventKind] = {
    Status.WISHLIST: EventKind.SAVED,
    Status.APPLIED: EventKind.APPLIED,
    Status.SCREENING: EventKind.SCREEN,
    Status.INTERVIEWING: EventKind.INTERVIEW,
    Status.OFFER: EventKind.OFFER,
    Status.ACCEPTED: EventKind.ACCEPTED,
    Status.REJECTED: EventKind.REJECTED,
    Status.WITHDRAWN: EventKind.WITHDRAWN,
    Status.GHOSTED: EventKind.GHOSTED,
}

# Events that move the status when added to the timeline by hand.
EVENT_STATUS: dict[EventKind, Status] = {
    EventKind.SAVED: Status.WISHLIST,
    EventKind.APPLIED: Status.APPLIED,
    EventKind.SCREEN: Status.SCREENING,
    EventKind.ASSESSMENT: Status.INTERVIEWING,
    EventKind.INTERVIEW: Status.INTERVIEWING,
    EventKind.OFFER: Status.OFFER,
    EventKind.ACCEPTED: Status.ACCEPTED,
    EventKind.REJECTED: Status.REJECTED,
    EventKind.WITHDRAWN: Status.WITHDRAWN,
    EventKind.GHOSTED: Status.GHOSTED,
}


class Workplace(StrEnum):
    UNSPECIFIED = ""
    ONSITE = "on-site"
    HYBRID = "hybrid"
    REMOTE = "remote"


class ContactRole(StrEnum):
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring manager"
    INTERVIEWER = "interviewer"
    MENTOR = "mentor"
    OTHER = "other"
