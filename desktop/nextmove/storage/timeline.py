"""The one writer of an application's derived state: its status and last activity.

The rule itself lives in `domain.timeline_rules.derive`; `settle` applies it to the stored
timeline and is called by every path that changes a timeline (the dialog, inline edits, set
status, import, undo and redo, the wizard's finish, a sent email, timeline add and delete) in
the same transaction as the change. Nothing else writes `status` or `last_activity_on`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, exists, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from nextmove.domain.status import EventKind, Status
from nextmove.domain.timeline_rules import Derived, Entry, derive
from nextmove.storage.database import Database
from nextmove.storage.interviewers import interviewer_ids, set_interviewer_ids
from nextmove.storage.models.tracker import Application, StageEvent

Clock = Callable[[], date]
_APPLICATION = cast(Table, Application.__table__)
_EVENT = cast(Table, StageEvent.__table__)
Executor = Session | Connection
# The key of a taken or changed entry's row that holds its interviewers' contact ids.
INTERVIEWERS = "interviewer_ids"


# Built once: `settle` runs after every change (and per message in a sending batch), and
# building SQLAlchemy statements costs more than SQLite takes to run them.
_STATUS_OF = select(_APPLICATION.c.status).where(_APPLICATION.c.id == bindparam("app_id"))
_ENTRIES_OF = select(_EVENT.c.id, _EVENT.c.kind, _EVENT.c.occurred_on).where(
    _EVENT.c.application_id == bindparam("app_id")
)
_WRITE = (
    update(_APPLICATION)
    .where(_APPLICATION.c.id == bindparam("app_id"))
    .values(status=bindparam("status"), last_activity_on=bindparam("last"))
)


def _connection(executor: Executor) -> Connection:
    if isinstance(executor, Session):
        executor.flush()
        return executor.connection()
    return executor


def _entries(executor: Executor, application_id: int, without: int | None = None) -> list[Entry]:
    rows = _connection(executor).execute(_ENTRIES_OF, {"app_id": application_id})
    return [Entry(i, EventKind(kind), on) for i, kind, on in rows if i != without]


def derived(executor: Executor, application_id: int, today: date) -> Derived:
    """What the stored timeline gives today (read only)."""
    return derive(_entries(executor, application_id), today)


def settle(executor: Executor, application_id: int, today: date) -> Status | None:
    """Write the status and last activity the timeline gives; the new status if it changed.

    Raises LookupError when the application does not exist. Works in the caller's
    transaction; application objects loaded in a Session are refreshed.
    """
    connection = _connection(executor)
    old = connection.execute(_STATUS_OF, {"app_id": application_id}).scalar()
    if old is None:
        raise LookupError(application_id)
    result = derived(connection, application_id, today)
    connection.execute(
        _WRITE,
        {"app_id": application_id, "status": result.status.value, "last": result.last_activity_on},
    )
    if isinstance(executor, Session):
        app = executor.identity_map.get(identity_key(Application, application_id))
        if app is not None:
            executor.expire(app, ["status", "last_activity_on", "updated_at"])
    return result.status if result.status.value != old else None


def new_rows_columns(entries: Sequence[tuple[EventKind, date]], today: date) -> dict[str, Any]:
    """Status and last activity for an application inserted in bulk (the import) with these
    entries, inserted in this order (so their ids follow it)."""
    result = derive((Entry(i, kind, on) for i, (kind, on) in enumerate(entries)), today)
    return {"status": result.status.value, "last_activity_on": result.last_activity_on}


def settle_due(database: Database, today: date, since: date | None = None) -> list[int]:
    """Let entries whose day has come take effect (a booked interview, the morning of it);
    returns the ids of the applications settled.

    `since` is the last day this ran for: only entries dated after it, up to today, can have
    come due (one pass over the dates). Without it, every application with an entry dated
    after its last activity, up to today, is looked at.
    """
    # An entry not yet in effect: dated after the application's last activity, up to today.
    pending = (_EVENT.c.occurred_on <= today) & (
        _APPLICATION.c.last_activity_on.is_(None)
        | (_EVENT.c.occurred_on > _APPLICATION.c.last_activity_on)
    )
    if since is not None:
        query = (
            select(_EVENT.c.application_id)
            .join(_APPLICATION, _APPLICATION.c.id == _EVENT.c.application_id)
            .where(_EVENT.c.occurred_on > since, pending)
            .distinct()
        )
    else:
        newer = exists().where(_EVENT.c.application_id == _APPLICATION.c.id, pending)
        query = select(_APPLICATION.c.id).where(newer)
    with database.sessions.begin() as session:
        ids = list(session.scalars(query).all())
        for application_id in ids:
            settle(session.connection(), application_id, today)
        return ids


def add_event(
    database: Database,
    application_id: int,
    kind: EventKind,
    on: date,
    notes: str = "",
    round_number: int | None = None,
    *,
    today: Clock = date.today,
) -> int:
    """Add a timeline entry by hand; returns its id. The status follows the rule, so a
    backdated entry does not override something that happened after it."""
    with database.sessions.begin() as session:
        if session.get(Application, application_id) is None:
            raise LookupError(application_id)
        event_id = session.execute(
            insert(_EVENT)
            .values(
                application_id=application_id,
                kind=kind.value,
                occurred_on=on,
                round=round_number,
                notes=notes,
            )
            .returning(_EVENT.c.id)
        ).scalar_one()
        settle(session, application_id, today())
        return int(event_id)


def status_after_removal(
    database: Database, event_id: int, *, today: Clock = date.today
) -> tuple[Status, Status] | None:
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
        after = derive(_entries(session, app.id, without=event_id), today()).status
        return (now, after) if after is not now else None


def take_event(executor: Executor, event_id: int, today: date) -> dict[str, Any] | None:
    """Delete one entry and settle its application; the deleted row (to put back), or None."""
    row = executor.execute(select(_EVENT).where(_EVENT.c.id == event_id)).first()
    if row is None:
        return None
    taken = dict(row._mapping)
    if isinstance(executor, Session):  # the people met go with it, and come back with it
        taken[INTERVIEWERS] = interviewer_ids(executor, event_id)
    executor.execute(delete(_EVENT).where(_EVENT.c.id == event_id))
    settle(executor, row.application_id, today)
    return taken


def put_event(executor: Executor, row: dict[str, Any], today: date) -> int:
    """Put a taken entry back exactly as it was (same id when still free); returns its id."""
    taken = executor.execute(select(_EVENT.c.id).where(_EVENT.c.id == row["id"])).first()
    values = {
        k: v for k, v in row.items() if not (k == "id" and taken is not None) and k != INTERVIEWERS
    }
    event_id = int(
        executor.execute(insert(_EVENT).values(values).returning(_EVENT.c.id)).scalar_one()
    )
    if row.get(INTERVIEWERS) and isinstance(executor, Session):
        set_interviewer_ids(executor, event_id, row[INTERVIEWERS])
    settle(executor, row["application_id"], today)
    return event_id


def change_event(
    executor: Executor, event_id: int, values: dict[str, Any], today: date
) -> dict[str, Any] | None:
    """Change an entry's columns (kind, date, round, notes, time, place...) and, under
    INTERVIEWERS, the contacts met, then settle; its values before, or None."""
    row = executor.execute(select(_EVENT).where(_EVENT.c.id == event_id)).first()
    if row is None:
        return None
    columns = {key: value for key, value in values.items() if key != INTERVIEWERS}
    before = {key: getattr(row, key) for key in columns}
    if columns:
        executor.execute(update(_EVENT).where(_EVENT.c.id == event_id).values(columns))
    if INTERVIEWERS in values and isinstance(executor, Session):
        before[INTERVIEWERS] = interviewer_ids(executor, event_id)
        set_interviewer_ids(executor, event_id, values[INTERVIEWERS])
    settle(executor, row.application_id, today)
    return before


def remove_event(database: Database, event_id: int, *, today: Clock = date.today) -> Status | None:
    """Delete one timeline entry; returns the new status when removing it changed the status.

    Deleting a mistaken "rejected" entry puts the application back where its timeline says it
    is, in the same transaction.
    """
    with database.sessions.begin() as session:
        row = session.execute(
            select(_EVENT.c.application_id).where(_EVENT.c.id == event_id)
        ).first()
        if row is None:
            return None
        session.execute(delete(_EVENT).where(_EVENT.c.id == event_id))
        return settle(session, row.application_id, today())
