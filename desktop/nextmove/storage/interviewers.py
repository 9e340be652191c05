"""The contacts met at an interview: links from a timeline entry to contacts, in the order
they were chosen. Written inside the caller's transaction (the timeline's writers, undo)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, insert, literal_column, select
from sqlalchemy.orm import Session

from nextmove.storage.models.tracker import Contact, event_contact

Executor = Session


def interviewer_ids(executor: Executor, event_id: int) -> tuple[int, ...]:
    """The linked contacts' ids, first chosen first."""
    return tuple(
        executor.scalars(
            select(event_contact.c.contact_id)
            .where(event_contact.c.event_id == event_id)
            .order_by(literal_column("event_contact.rowid"))
        ).all()
    )


def set_interviewer_ids(executor: Executor, event_id: int, contact_ids: Sequence[int]) -> None:
    """Link exactly these contacts (the ones that still exist), in this order."""
    executor.execute(delete(event_contact).where(event_contact.c.event_id == event_id))
    wanted = list(dict.fromkeys(contact_ids))
    if not wanted:
        return
    existing = set(executor.scalars(select(Contact.id).where(Contact.id.in_(wanted))).all())
    rows = [{"event_id": event_id, "contact_id": c} for c in wanted if c in existing]
    if rows:
        executor.execute(insert(event_contact), rows)


def interviewers_of(
    executor: Executor, event_ids: Iterable[int]
) -> dict[int, tuple[tuple[int, str, str], ...]]:
    """(contact id, name, email) of the people linked to each entry, in the order chosen."""
    ids = list(event_ids)
    found: dict[int, list[tuple[int, str, str]]] = {}
    if not ids:
        return {}
    rows = executor.execute(
        select(event_contact.c.event_id, Contact.id, Contact.name, Contact.email)
        .join(Contact, Contact.id == event_contact.c.contact_id)
        .where(event_contact.c.event_id.in_(ids))
        .order_by(literal_column("event_contact.rowid"))
    )
    for event_id, contact_id, name, email in rows:
        found.setdefault(event_id, []).append((contact_id, name, email))
    return {event_id: tuple(people) for event_id, people in found.items()}
