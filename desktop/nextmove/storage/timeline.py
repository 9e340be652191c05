"""Timeline edits that must keep the status honest: the status is the latest status event."""

from __future__ import annotations

from sqlalchemy import func, select

from nextmove.domain.status import EVENT_STATUS, EventKind, Status
from nextmove.storage.database import Database
from nextmove.storage.models.tracker import Application, StageEvent


def remove_event(database: Database, event_id: int) -> Status | None:
    """Delete one timeline entry; returns the new status when removing it changed the status.

    Deleting a mistaken "rejected" entry puts the application back where its timeline says it
    is, in the same transaction, so the table never shows a status the history contradicts.
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
        kinds = [k.value for k in EVENT_STATUS]
        latest = session.scalar(
            select(StageEvent.kind)
            .where(StageEvent.application_id == application_id, StageEvent.kind.in_(kinds))
            .order_by(StageEvent.occurred_on.desc(), StageEvent.id.desc())
            .limit(1)
        )
        status = EVENT_STATUS[EventKind(latest)] if latest is not None else Status(app.status)
        changed = status.value != app.status
        app.status = status.value
        app.last_activity_on = session.scalar(
            select(func.max(StageEvent.occurred_on)).where(
                StageEvent.application_id == application_id
            )
        )
        return status if changed else None
