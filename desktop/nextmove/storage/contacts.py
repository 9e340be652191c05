"""The people met along the way, and which applications they belong to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, insert, literal_column, or_, select
from sqlalchemy.orm import Session

from nextmove.domain.contact import ContactData, check_contact
from nextmove.domain.status import ContactRole
from nextmove.storage.database import Database
from nextmove.storage.models.tracker import Application, Contact, application_contact


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    email: str
    role: ContactRole | None
    company: str
    notes: str
    keep_in_touch_on: date | None
    phone: str = ""
    profile_url: str = ""

    @property
    def data(self) -> ContactData:
        return ContactData(
            self.name,
            self.email,
            self.role,
            self.company,
            self.notes,
            self.keep_in_touch_on,
            self.phone,
            self.profile_url,
        )


class ContactNotFoundError(LookupError):
    pass


class InvalidContactError(ValueError):
    """Raised when a caller skipped `check_contact`; the UI checks first and shows the message."""


def _row(contact: Contact) -> ContactRow:
    role = ContactRole(contact.role) if contact.role in set(ContactRole) else None
    return ContactRow(
        contact.id,
        contact.name,
        contact.email,
        role,
        contact.company,
        contact.notes,
        contact.keep_in_touch_on,
        contact.phone or "",
        contact.profile_url or "",
    )


def _values(data: ContactData) -> dict[str, object]:
    check = check_contact(data)
    if not check.ok:
        raise InvalidContactError("; ".join(check.errors.values()))
    return {
        "name": data.name.strip(),
        "email": check.email,
        "role": data.role.value if data.role is not None else "",
        "company": data.company.strip(),
        "notes": data.notes,
        "keep_in_touch_on": data.keep_in_touch_on,
        "phone": check.phone,
        "profile_url": check.profile_url,
    }


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ContactRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, contact_id: int) -> ContactRow:
        with self._db.sessions() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise ContactNotFoundError(contact_id)
            return _row(contact)

    def all(self) -> list[ContactRow]:
        """Every contact, by name."""
        with self._db.sessions() as session:
            rows = session.scalars(select(Contact).order_by(func.lower(Contact.name), Contact.id))
            return [_row(c) for c in rows]

    def for_application(self, application_id: int) -> list[ContactRow]:
        """Contacts linked to an application, in the order they were linked."""
        with self._db.sessions() as session:
            rows = session.scalars(
                select(Contact)
                .join(application_contact, application_contact.c.contact_id == Contact.id)
                .where(application_contact.c.application_id == application_id)
                .order_by(literal_column("application_contact.rowid"))
            )
            return [_row(c) for c in rows]

    def add(self, data: ContactData, *, link_to: int | None = None) -> int:
        """Save a new contact (and link it to an application) in one transaction."""
        values = _values(data)
        with self._db.sessions.begin() as session:
            contact = Contact(**values)
            session.add(contact)
            session.flush()
            if link_to is not None:
                _link(session, link_to, contact.id)
            return contact.id

    def restore(self, contact_id: int, data: ContactData, *, link_to: int | None = None) -> None:
        """Put back a deleted contact under its old id (ids are never reused), so the steps
        that name it still find it (undo, then redo)."""
        with self._db.sessions.begin() as session:
            session.add(Contact(id=contact_id, **_values(data)))
            session.flush()
            if link_to is not None:
                _link(session, link_to, contact_id)

    def update(self, contact_id: int, data: ContactData) -> None:
        values = _values(data)
        with self._db.sessions.begin() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise ContactNotFoundError(contact_id)
            for name, value in values.items():
                setattr(contact, name, value)

    def delete(self, contact_id: int) -> None:
        with self._db.sessions.begin() as session:
            session.execute(delete(Contact).where(Contact.id == contact_id))

    def link(self, application_id: int, contact_id: int) -> None:
        with self._db.sessions.begin() as session:
            _link(session, application_id, contact_id)

    def unlink(self, application_id: int, contact_id: int) -> None:
        """Take the contact off this application; the person stays in the address book."""
        with self._db.sessions.begin() as session:
            session.execute(
                delete(application_contact).where(
                    application_contact.c.application_id == application_id,
                    application_contact.c.contact_id == contact_id,
                )
            )

    def search(
        self, text: str, *, limit: int = 50, exclude_application: int | None = None
    ) -> list[ContactRow]:
        """Contacts whose name, email or company contains `text` (for the 'link existing' list)."""
        query = select(Contact).order_by(func.lower(Contact.name), Contact.id).limit(limit)
        if text.strip():
            pattern = _like(text.strip())
            query = query.where(
                or_(
                    Contact.name.ilike(pattern, escape="\\"),
                    Contact.email.ilike(pattern, escape="\\"),
                    Contact.company.ilike(pattern, escape="\\"),
                )
            )
        if exclude_application is not None:
            linked = select(application_contact.c.contact_id).where(
                application_contact.c.application_id == exclude_application
            )
            query = query.where(Contact.id.not_in(linked))
        with self._db.sessions() as session:
            return [_row(c) for c in session.scalars(query)]

    def due_keep_in_touch(self, today: date) -> list[ContactRow]:
        """Contacts whose keep-in-touch date has come, oldest first."""
        with self._db.sessions() as session:
            rows = session.scalars(
                select(Contact)
                .where(Contact.keep_in_touch_on.is_not(None), Contact.keep_in_touch_on <= today)
                .order_by(Contact.keep_in_touch_on, Contact.id)
            )
            return [_row(c) for c in rows]


def _link(session: Session, application_id: int, contact_id: int) -> None:
    if session.get(Application, application_id) is None:
        raise LookupError(f"application {application_id} does not exist")
    if session.get(Contact, contact_id) is None:
        raise ContactNotFoundError(contact_id)
    session.execute(
        insert(application_contact)
        .values(application_id=application_id, contact_id=contact_id)
        .prefix_with("OR IGNORE")
    )
