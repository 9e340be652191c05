"""Applications and their timelines: one short transaction per user action."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import STATUS_EVENT, EventKind, Status, Workplace
from nextmove.storage.database import Database
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.tracker import Application, Contact, StageEvent, application_contact
from nextmove.storage.models.wizard import (
    CompanyReapply,
    LearningGoal,
    Reflection,
    StageRating,
)
from nextmove.storage.timeline import add_event as add_timeline_event
from nextmove.storage.timeline import remove_event as remove_timeline_event

_DATA_FIELDS = tuple(f.name for f in fields(ApplicationData))


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_APPLICATION = _table(Application)
_EVENT = _table(StageEvent)
_CONTACT = _table(Contact)
_REFLECTION = _table(Reflection)
_RATING = _table(StageRating)
_GOAL = _table(LearningGoal)
_REAPPLY = _table(CompanyReapply)
_OUTBOX = _table(OutboxMessage)


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
    reflections: tuple[dict[str, Any], ...] = ()
    ratings: tuple[dict[str, Any], ...] = ()
    # (learning goal or reapply reminder id, the reflection id it pointed at)
    goal_links: tuple[tuple[int, int], ...] = ()
    reapply_links: tuple[tuple[int, int], ...] = ()
    outbox_ids: tuple[int, ...] = ()


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
        """Delete an application and everything hanging off it, keeping a full snapshot.

        The snapshot holds the rows the delete removes (timeline, reflections and their
        ratings) and the links it cuts (contacts, learning goals, reapply reminders, outbox
        messages), so `restore` can put all of it back.
        """
        with self._db.sessions.begin() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise ApplicationNotFoundError(application_id)
            snapshot = _snapshot(session, application_id)
            _cut(session, application_id, snapshot)
            session.expunge(app)
            session.execute(delete(_APPLICATION).where(_APPLICATION.c.id == application_id))
            return snapshot

    def restore(self, snapshot: DeletedApplication) -> int:
        """Put a deleted application back with its timeline, reflections and every link.

        Ids are kept where they are still free; one taken meanwhile (another process added a
        row) gets a fresh id, and the rows pointing at it follow. Returns the application id.
        """
        with self._db.sessions.begin() as session:
            app_id = _insert_keeping_ids(session, _APPLICATION, [snapshot.row])[0]
            _insert_keeping_ids(
                session, _EVENT, [{**e, "application_id": app_id} for e in snapshot.events]
            )
            new_ids = _insert_keeping_ids(
                session,
                _REFLECTION,
                [{**r, "application_id": app_id} for r in snapshot.reflections],
            )
            reflection_ids = {
                old["id"]: new for old, new in zip(snapshot.reflections, new_ids, strict=True)
            }
            _insert_keeping_ids(
                session,
                _RATING,
                [
                    {**r, "reflection_id": reflection_ids[r["reflection_id"]]}
                    for r in snapshot.ratings
                ],
            )
            for table, links in ((_GOAL, snapshot.goal_links), (_REAPPLY, snapshot.reapply_links)):
                for row_id, reflection_id in links:
                    session.execute(
                        update(table)
                        .where(table.c.id == row_id, table.c.reflection_id.is_(None))
                        .values(reflection_id=reflection_ids[reflection_id])
                    )
            if snapshot.outbox_ids:
                session.execute(
                    update(_OUTBOX)
                    .where(
                        _OUTBOX.c.id.in_(snapshot.outbox_ids), _OUTBOX.c.application_id.is_(None)
                    )
                    .values(application_id=app_id)
                )
            if snapshot.contact_ids:
                still_there = session.scalars(
                    select(_CONTACT.c.id).where(_CONTACT.c.id.in_(snapshot.contact_ids))
                ).all()
                if still_there:
                    session.execute(
                        insert(application_contact),
                        [{"application_id": app_id, "contact_id": c} for c in still_there],
                    )
            return app_id

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
        """Add a timeline entry by hand. The status follows `storage.timeline`'s rule (the
        latest status-like entry by date, then by id), so a backdated entry moves nothing."""
        try:
            return add_timeline_event(self._db, application_id, kind, on, notes, round_number)
        except LookupError as error:
            raise ApplicationNotFoundError(application_id) from error

    def remove_event(self, event_id: int) -> None:
        """Delete one timeline entry; the status goes back to what the rest of it says."""
        remove_timeline_event(self._db, event_id)

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


def _rows(session: Any, table: Table, *where: Any) -> tuple[dict[str, Any], ...]:
    return tuple(dict(row._mapping) for row in session.execute(select(table).where(*where)))


def _snapshot(session: Any, application_id: int) -> DeletedApplication:
    reflections = _rows(session, _REFLECTION, _REFLECTION.c.application_id == application_id)
    reflection_ids = [r["id"] for r in reflections]

    def links(table: Table) -> tuple[tuple[int, int], ...]:
        query = select(table.c.id, table.c.reflection_id).where(
            table.c.reflection_id.in_(reflection_ids)
        )
        return tuple((row_id, ref_id) for row_id, ref_id in session.execute(query))

    return DeletedApplication(
        row=_rows(session, _APPLICATION, _APPLICATION.c.id == application_id)[0],
        events=_rows(session, _EVENT, _EVENT.c.application_id == application_id),
        contact_ids=tuple(
            session.scalars(
                select(application_contact.c.contact_id).where(
                    application_contact.c.application_id == application_id
                )
            ).all()
        ),
        reflections=reflections,
        ratings=_rows(session, _RATING, _RATING.c.reflection_id.in_(reflection_ids)),
        goal_links=links(_GOAL),
        reapply_links=links(_REAPPLY),
        outbox_ids=tuple(
            session.scalars(
                select(_OUTBOX.c.id).where(_OUTBOX.c.application_id == application_id)
            ).all()
        ),
    )


def _cut(session: Any, application_id: int, snapshot: DeletedApplication) -> None:
    """Remove the dependants explicitly (not by relying on the database's ON DELETE rules)."""
    reflection_ids = [r["id"] for r in snapshot.reflections]
    for table in (_GOAL, _REAPPLY):
        session.execute(
            update(table)
            .where(table.c.reflection_id.in_(reflection_ids))
            .values(reflection_id=None)
        )
    session.execute(
        update(_OUTBOX)
        .where(_OUTBOX.c.application_id == application_id)
        .values(application_id=None)
    )
    session.execute(delete(_RATING).where(_RATING.c.reflection_id.in_(reflection_ids)))
    session.execute(delete(_REFLECTION).where(_REFLECTION.c.id.in_(reflection_ids)))
    session.execute(delete(_EVENT).where(_EVENT.c.application_id == application_id))
    session.execute(
        delete(application_contact).where(application_contact.c.application_id == application_id)
    )


def _insert_keeping_ids(session: Any, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows under their old ids where still free, else under new ones; the ids used."""
    if not rows:
        return []
    taken = set(
        session.scalars(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows]))).all()
    )
    ids = []
    for row in rows:
        values = {k: v for k, v in row.items() if not (k == "id" and v in taken)}
        ids.append(int(session.execute(insert(table).values(values)).inserted_primary_key[0]))
    return ids
