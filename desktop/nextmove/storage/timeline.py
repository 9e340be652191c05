"""Timeline edits that must keep the status honest.

THE rule, kept here only: an application's status is the one its latest status-like timeline
entry gives (latest by date; on the same date, the one added last). With no such entry the
status stays as it is. Adding, deleting and previewing a deletion all go through
`current_status`, so the table never shows a status the history contradicts.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nextmove.domain.status import EVENT_STATUS, EventKind, Status
from nextmove.storage.database import Database
from nextmove.storage.models.tracker import Application, StageEvent

_STATUS_KINDS = [kind.value for kind in EVENT_STATUS]


def current_status(
    session: Session, application_id: int, fallback: Status, *, without: int | None = None
) -> Status:
    """The status the timeline gives (`without` leaves one entry out, for a preview)."""
    query = select(StageEvent.kind).where(
        StageEvent.application_id == application_id, StageEvent.kind.in_(_STATUS_KINDS)
    )
    if without is not None:
        query = query.where(StageEvent.id != without)
    latest = session.scalar(
        query.order_by(StageEvent.occurred_on.desc(), StageEvent.id.desc()).limit(1)
    )
    return EVENT_STATUS[EventKind(latest)] if latest is not None else fallback


def _settle(session: Session, app: Application) -> Status | None:
    """Apply the rule and refresh the last activity; returns the new status if it changed."""
    status = current_status(session, app.id, Status(app.status))
    changed = status.value != app.status
    app.status = status.value
    app.last_activity_on = session.scalar(
        select(func.max(StageEvent.occurred_on)).where(StageEvent.application_id == app.id)
    )
    return status if changed else None


def add_event(
    database: Database,
    application_id: int,
    kind: EventKind,
    on: date,
    notes: str = "",
    round_number: int | None = None,
) -> int:
    """Add a timeline entry by hand; returns its id. The status follows the rule above, so a
    backdated entry does not override something that happened after it."""
    with database.sessions.begin() as session:
        app = session.get(Application, application_id)
        if app is None:
            raise LookupError(application_id)
        event = StageEvent(
            application_id=application_id,
            kind=kind.value,
            occurred_on=on,
            round=round_number,
            notes=notes,
        )
        session.add(event)
        session.flush()
        _settle(session, app)
        return event.id


def status_after_removal(database: Database, event_id: int) -> tuple[Status, Status] | None:
    """(status now, status after) if deleting this entry would change the status, else None.

    What the confirmation shows before anything is deleted.
    """
    with database.sessions() as session:
        event = session.get(StageEvent, event_id)
        if event is None:
            return None
        app = session.get(Application, event.application_id)
        assert app is not None
        now = Status(app.status)
        after = current_status(session, app.id, now, without=event_id)
        return (now, after) if after is not now else None


def remove_event(database: Database, event_id: int) -> Status | None:
    """Delete one timeline entry; returns the new status when removing it changed the status.

    Deleting a mistaken "rejected" entry puts the application back where its timeline says it
    is, in the same transaction.
    """
    with database.sessions.begin() as session:
        event = session.get(StageEvent, event_id)
        if event is None:
            return None
        application_id = event.application_id
        session.delete(event)
        session.flush()
        app = session.get(Application, application_id)
        assert app is not None
        return _settle(session, app)
