"""Applications and their timelines: one short transaction per user action."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, insert, literal_column, select, update

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import STATUS_EVENT, EventKind, Status, Workplace
from nextmove.storage.database import Database
from nextmove.storage.interviewers import interviewers_of
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.tracker import (
    Application,
    Contact,
    StageEvent,
    application_contact,
    event_contact,
)
from nextmove.storage.models.wizard import (
    CompanyReapply,
    LearningGoal,
    Reflection,
    StageRating,
)
from nextmove.storage.timeline import (
    Clock,
    change_event,
    put_event,
    settle,
    status_after_removal,
    take_event,
)
from nextmove.storage.timeline import add_event as add_timeline_event

if TYPE_CHECKING:
    from nextmove.storage.calendar import EventTimes

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
    # An interview's time ("14:30"), length, place or link, and the contacts met (names).
    starts_at: str | None = None
    duration_minutes: int | None = None
    place: str = ""
    interviewers: tuple[str, ...] = ()


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
    # (timeline entry id, contact id): the people met at its interviews.
    interviewers: tuple[tuple[int, int], ...] = ()


class ApplicationNotFoundError(LookupError):
    pass


def _to_data(app: Application) -> ApplicationData:
    values = {name: getattr(app, name) for name in _DATA_FIELDS}
    values["status"] = Status(values["status"])
    values["workplace"] = Workplace(values["workplace"])
    return ApplicationData(**values)


def _event_row(event: StageEvent, people: tuple[str, ...] = ()) -> EventRow:
    return EventRow(
        event.id,
        event.application_id,
        EventKind(event.kind),
        event.occurred_on,
        event.round,
        event.notes,
        event.starts_at,
        event.duration_minutes,
        event.place,
        people,
    )


class ApplicationRepository:
    """Applications and their timelines. The status and last activity are never written
    here: every change ends with `storage.timeline.settle`, the one writer of both."""

    def __init__(self, database: Database, *, today: Clock = date.today) -> None:
        self._db = database
        self._today = today

    def add(self, data: ApplicationData, today: date) -> int:
        """Insert an application with its first timeline event; returns its id."""
        with self._db.sessions.begin() as session:
            app = Application(**_fields(data))
            session.add(app)
            session.flush()
            session.add(
                StageEvent(
                    application_id=app.id,
                    kind=STATUS_EVENT[data.status].value,
                    occurred_on=data.applied_on or today,
                )
            )
            session.flush()
            settle(session, app.id, self._today())
            return app.id

    def get(self, application_id: int) -> ApplicationData:
        with self._db.sessions() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise ApplicationNotFoundError(application_id)
            return _to_data(app)

    def update_fields(self, application_id: int, data: ApplicationData) -> None:
        """Save every edited field except the status (which only the timeline sets)."""
        with self._db.sessions.begin() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise ApplicationNotFoundError(application_id)
            for name, value in _fields(data).items():
                setattr(app, name, value)

    def update(self, application_id: int, data: ApplicationData, today: date) -> None:
        """Save edited fields; a changed status appends an event instead of rewriting one."""
        self.update_fields(application_id, data)
        self.set_status(application_id, data.status, today)

    def set_status(self, application_id: int, status: Status, on: date) -> int | None:
        """Change the status by appending its event; returns the new event's id (None if the
        status already is that)."""
        with self._db.sessions.begin() as session:
            app = session.get(Application, application_id)
            if app is None:
                raise ApplicationNotFoundError(application_id)
            if app.status == status.value:
                return None
            event = StageEvent(
                application_id=app.id, kind=STATUS_EVENT[status].value, occurred_on=on
            )
            session.add(event)
            session.flush()
            settle(session, app.id, self._today())
            return event.id

    def undo_status(self, application_id: int, previous: Status, event_id: int | None) -> None:
        """Revert a status change made by `set_status`, removing only the event it added; the
        status is then what the rest of the timeline says (`previous`, unless time moved on)."""
        del previous
        if event_id is not None:
            self.take_event(event_id)
        else:
            with self._db.sessions.begin() as session:
                _settle_or_raise(session, application_id, self._today())

    def take_event(self, event_id: int) -> dict[str, Any] | None:
        """Delete one timeline entry, keeping its row so `put_event` can bring it back."""
        with self._db.sessions.begin() as session:
            return take_event(session, event_id, self._today())

    def change_event(self, event_id: int, values: dict[str, Any]) -> dict[str, Any] | None:
        """Edit a timeline entry (kind, occurred_on, round, notes); its values before, so the
        change can be taken back, or None when the entry is gone."""
        with self._db.sessions.begin() as session:
            return change_event(session, event_id, values, self._today())

    def put_event(self, row: dict[str, Any]) -> int:
        """Put back an entry taken by `take_event`, under its old id when still free."""
        with self._db.sessions.begin() as session:
            if session.get(Application, row["application_id"]) is None:
                raise ApplicationNotFoundError(row["application_id"])
            return put_event(session, row, self._today())

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
            event_ids = _insert_keeping_ids(
                session, _EVENT, [{**e, "application_id": app_id} for e in snapshot.events]
            )
            moved = {old["id"]: new for old, new in zip(snapshot.events, event_ids, strict=True)}
            people = [
                {"event_id": moved[event_id], "contact_id": contact_id}
                for event_id, contact_id in snapshot.interviewers
            ]
            wanted = {p["contact_id"] for p in people}
            still = set(session.scalars(select(_CONTACT.c.id).where(_CONTACT.c.id.in_(wanted))))
            if any(p["contact_id"] in still for p in people):
                session.execute(
                    insert(event_contact), [p for p in people if p["contact_id"] in still]
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
            settle(session, app_id, self._today())
            return app_id

    def events(self, application_id: int) -> list[EventRow]:
        with self._db.sessions() as session:
            rows = session.scalars(
                select(StageEvent)
                .where(StageEvent.application_id == application_id)
                .order_by(StageEvent.occurred_on, StageEvent.id)
            ).all()
            met = interviewers_of(
                session, [e.id for e in rows if e.kind == EventKind.INTERVIEW.value]
            )
            return [
                _event_row(e, tuple(name for _id, name, _email in met.get(e.id, ()))) for e in rows
            ]

    def event_times(self, event_id: int) -> EventTimes | None:
        """An entry's time, length, place and interviewers (None when the entry is gone)."""
        from nextmove.storage.calendar import event_times

        return event_times(self._db, event_id)

    def add_event(
        self,
        application_id: int,
        kind: EventKind,
        on: date,
        notes: str = "",
        round_number: int | None = None,
    ) -> int:
        """Add a timeline entry by hand. The status follows the timeline's rule
        (`domain.timeline_rules`), so a backdated entry does not override a later one."""
        try:
            return add_timeline_event(
                self._db, application_id, kind, on, notes, round_number, today=self._today
            )
        except LookupError as error:
            raise ApplicationNotFoundError(application_id) from error

    def remove_event(self, event_id: int) -> None:
        """Delete one timeline entry; the status goes back to what the rest of it says."""
        self.take_event(event_id)

    def status_after_removal(self, event_id: int) -> tuple[Status, Status] | None:
        """(status now, status after) if deleting this entry would change the status."""
        return status_after_removal(self._db, event_id, today=self._today)

    def count(self) -> int:
        with self._db.sessions() as session:
            return session.scalar(select(func.count(Application.id))) or 0


def _fields(data: ApplicationData) -> dict[str, Any]:
    """The stored columns a person edits; never the status (see `storage.timeline`)."""
    values = asdict(data)
    del values["status"]
    values["workplace"] = data.workplace.value
    return values


def _settle_or_raise(session: Any, application_id: int, today: date) -> None:
    try:
        settle(session, application_id, today)
    except LookupError as error:
        raise ApplicationNotFoundError(application_id) from error


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

    events = _rows(session, _EVENT, _EVENT.c.application_id == application_id)
    return DeletedApplication(
        row=_rows(session, _APPLICATION, _APPLICATION.c.id == application_id)[0],
        events=events,
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
        interviewers=tuple(
            (event_id, contact_id)
            for event_id, contact_id in session.execute(
                select(event_contact.c.event_id, event_contact.c.contact_id)
                .where(event_contact.c.event_id.in_([e["id"] for e in events]))
                .order_by(literal_column("event_contact.rowid"))
            )
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
    session.execute(
        delete(event_contact).where(
            event_contact.c.event_id.in_([event_id for event_id, _ in snapshot.interviewers])
        )
    )
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
    # Rows keeping their ids go in first: a fresh id is only chosen once every kept one is in.
    ids: dict[int, int] = {}
    order = sorted(range(len(rows)), key=lambda i: rows[i]["id"] in taken)
    for i in order:
        values = {k: v for k, v in rows[i].items() if not (k == "id" and v in taken)}
        ids[i] = int(session.execute(insert(table).values(values)).inserted_primary_key[0])
    return [ids[i] for i in range(len(rows))]
