"""Applications and their timelines: one short transaction per user action."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, update

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import STATUS_EVENT, EventKind, Status, Workplace
from nextmove.storage.database import Database
from nextmove.storage.models.tracker import Application, StageEvent

_DATA_FIELDS = tuple(f.name for f in fields(ApplicationData))


@dataclass(frozen=True)
class EventRow:
    id: int
    application_id: int
    kind: EventKind
    occurred_on: date
    round: int | None
    notes: str


@dataclass(frozen=True)
class DeletedApplication:
    """Everything needed to put a deleted application back exactly as it was (undo)."""

    row: dict[str, Any]
    events: tuple[dict[str, Any], ...]
    contact_ids: tuple[int, ...]


class ApplicationNotFoundError(LookupError):
    pass


def _to_data(app: Application) -> ApplicationData:
    values = {name: getattr(app, name) for name in _DATA_FIELDS}
    values["status"] = Status(values["status"])
    values["workplace"] = Workplace(values["workplace"])
    return ApplicationData(**values)


def _event_row(event: StageEvent) -> EventRow:
    return EventRow(
        event.id,
        event.application_id,
        EventKind(event.kind),
        event.occurred_on,
        event.round,
        event.notes,
    )


def _columns(table: Any) -> list[str]:
    return [column.key for column in table.__table__.columns]


class ApplicationRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, data: ApplicationData, today: date) -> int:
        """Insert an application with its first timeline event; returns its id."""
        with self._db.sessions.begin() as session:
            app = Application(**_storable(data))
            session.add(app)
            session.flush()
            first_day = data.applied_on or today
            session.add(
                StageEvent(
                    application_id=app.id,
                    kind=STATUS_EVENT[data.status].value,
                    occurred_on=first_day,
                )
            )
            app.last_activity_on = first_day
            return app.id

    def get(self, application_id: int) -> ApplicationData:
        with self._db.sessions() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise ApplicationNotFoundError(application_id)
            return _to_data(app)

    def update(self, application_id: int, data: ApplicationData, today: date) -> None:
        """Save edited fields; a changed status appends an event instead of rewriting one."""
        with self._db.sessions.begin() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise ApplicationNotFoundError(application_id)
            old_status = app.status
            for name, value in _storable(data).items():
                setattr(app, name, value)
            if data.status.value != old_status:
                _append_status_event(session, app, data.status, today)

    def set_status(self, application_id: int, status: Status, on: date) -> int | None:
        """Change the status, appending its event; returns the new event's id (None if same)."""
        with self._db.sessions.begin() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise ApplicationNotFoundError(application_id)
            if app.status == status.value:
                return None
            return _append_status_event(session, app, status, on)

    def undo_status(self, application_id: int, previous: Status, event_id: int | None) -> None:
        """Revert a status change made by `set_status`, removing only the event it added."""
        with self._db.sessions.begin() as session:
            if event_id is not None:
                session.execute(delete(StageEvent).where(StageEvent.id == event_id))
            session.execute(
                update(Application)
                .where(Application.id == application_id)
                .values(status=previous.value)
            )
            _refresh_last_activity(session, application_id)

    def delete(self, application_id: int) -> DeletedApplication:
        with self._db.sessions.begin() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise ApplicationNotFoundError(application_id)
            snapshot = DeletedApplication(
                row={name: getattr(app, name) for name in _columns(Application)},
                events=tuple(
                    {name: getattr(e, name) for name in _columns(StageEvent)} for e in app.events
                ),
                contact_ids=tuple(c.id for c in app.contacts),
            )
            session.delete(app)
            return snapshot

    def restore(self, snapshot: DeletedApplication) -> int:
        """Put a deleted application back with its id, timeline and contact links."""
        from nextmove.storage.models.tracker import Contact

        with self._db.sessions.begin() as session:
            app = Application(**snapshot.row)
            session.add(app)
            session.flush()
            session.add_all(StageEvent(**event) for event in snapshot.events)
            if snapshot.contact_ids:
                contacts = session.scalars(
                    select(Contact).where(Contact.id.in_(snapshot.contact_ids))
                ).all()
                app.contacts.extend(contacts)
            return app.id

    def events(self, application_id: int) -> list[EventRow]:
        with self._db.sessions() as session:
            rows = session.scalars(
                select(StageEvent)
                .where(StageEvent.application_id == application_id)
                .order_by(StageEvent.occurred_on, StageEvent.id)
            ).all()
            return [_event_row(e) for e in rows]

    def add_event(
        self,
        application_id: int,
        kind: EventKind,
        on: date,
        notes: str = "",
        round_number: int | None = None,
    ) -> int:
        """Add a timeline entry by hand; a status-like event also moves the status."""
        from nextmove.domain.status import EVENT_STATUS

        with self._db.sessions.begin() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise ApplicationNotFoundError(application_id)
            event = StageEvent(
                application_id=application_id,
                kind=kind.value,
                occurred_on=on,
                round=round_number,
                notes=notes,
            )
            session.add(event)
            session.flush()
            if kind in EVENT_STATUS:
                app.status = EVENT_STATUS[kind].value
            _refresh_last_activity(session, application_id)
            return event.id

    def remove_event(self, event_id: int) -> None:
        with self._db.sessions.begin() as session:
            event = session.get(StageEvent, event_id)
            if event is None:
                return
            application_id = event.application_id
            session.delete(event)
            session.flush()
            _refresh_last_activity(session, application_id)

    def count(self) -> int:
        with self._db.sessions() as session:
            return session.scalar(select(func.count(Application.id))) or 0


def _storable(data: ApplicationData) -> dict[str, Any]:
    values = asdict(data)
    values["status"] = data.status.value
    values["workplace"] = data.workplace.value
    return values


def _append_status_event(session: Any, app: Application, status: Status, on: date) -> int:
    app.status = status.value
    event = StageEvent(application_id=app.id, kind=STATUS_EVENT[status].value, occurred_on=on)
    session.add(event)
    session.flush()
    _refresh_last_activity(session, app.id)
    return event.id


def _refresh_last_activity(session: Any, application_id: int) -> None:
    latest = select(func.max(StageEvent.occurred_on)).where(
        StageEvent.application_id == application_id
    )
    session.execute(
        update(Application)
        .where(Application.id == application_id)
        .values(last_activity_on=latest.scalar_subquery())
    )
