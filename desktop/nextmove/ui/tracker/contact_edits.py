"""Contact edits from the side panel, each one step on the window's undo stack.

Adding, linking, editing and unlinking a person all write through `ContactRepository` (one
transaction a step) and then report the application whose contacts changed, so its row and the
panel follow. A step whose contact has gone (deleted elsewhere) makes itself obsolete.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from nextmove.domain.contact import ContactData

if TYPE_CHECKING:
    from nextmove.storage.contacts import ContactRepository

# (application id) -> re-read what shows that application's contacts
Changed = Callable[[int], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactEdits", text)


class _Step(QUndoCommand):
    def __init__(
        self, contacts: ContactRepository, changed: Changed, application_id: int, text: str
    ) -> None:
        super().__init__(text)
        self._contacts = contacts
        self._changed = changed
        self.application_id = application_id

    def _run(self, step: Callable[[], None]) -> None:
        from nextmove.storage.contacts import ContactNotFoundError

        try:
            step()
        except ContactNotFoundError:
            self.setObsolete(True)
        self._changed(self.application_id)


class AddContact(_Step):
    """A new person, linked to the application; undo deletes them, redo brings them back."""

    def __init__(
        self, contacts: ContactRepository, changed: Changed, application_id: int, data: ContactData
    ) -> None:
        super().__init__(
            contacts, changed, application_id, _tr("Add {name}").format(name=data.name)
        )
        self._data = data
        self.contact_id = 0

    def redo(self) -> None:
        if self.contact_id:
            self._contacts.restore(self.contact_id, self._data, link_to=self.application_id)
        else:
            self.contact_id = self._contacts.add(self._data, link_to=self.application_id)
        self._changed(self.application_id)

    def undo(self) -> None:
        self._contacts.delete(self.contact_id)
        self._changed(self.application_id)


class EditContact(_Step):
    def __init__(
        self,
        contacts: ContactRepository,
        changed: Changed,
        application_id: int,
        contact_id: int,
        after: ContactData,
    ) -> None:
        super().__init__(
            contacts, changed, application_id, _tr("Edit {name}").format(name=after.name)
        )
        self._id = contact_id
        self._before = contacts.get(contact_id).data
        self._after = after

    def redo(self) -> None:
        self._run(lambda: self._contacts.update(self._id, self._after))

    def undo(self) -> None:
        self._run(lambda: self._contacts.update(self._id, self._before))


class LinkContact(_Step):
    """Link (or, with `link=False`, unlink) a person and an application."""

    def __init__(
        self,
        contacts: ContactRepository,
        changed: Changed,
        application_id: int,
        contact_id: int,
        *,
        link: bool,
    ) -> None:
        name = contacts.get(contact_id).name
        text = _tr("Link {name}") if link else _tr("Unlink {name}")
        super().__init__(contacts, changed, application_id, text.format(name=name))
        self._id = contact_id
        self._link = link

    def _set(self, linked: bool) -> None:
        if linked:
            self._run(lambda: self._contacts.link(self.application_id, self._id))
        else:
            self._run(lambda: self._contacts.unlink(self.application_id, self._id))

    def redo(self) -> None:
        self._set(self._link)

    def undo(self) -> None:
        self._set(not self._link)


class ContactEdits:
    """The one way the panel changes contacts: every change is an undo step."""

    def __init__(self, contacts: ContactRepository, stack: QUndoStack, changed: Changed) -> None:
        self.contacts = contacts
        self._stack = stack
        self._changed = changed

    def add(self, application_id: int, data: ContactData) -> int:
        step = AddContact(self.contacts, self._changed, application_id, data)
        self._stack.push(step)
        return step.contact_id

    def update(self, application_id: int, contact_id: int, data: ContactData) -> None:
        self._stack.push(
            EditContact(self.contacts, self._changed, application_id, contact_id, data)
        )

    def link(self, application_id: int, contact_id: int) -> None:
        self._stack.push(
            LinkContact(self.contacts, self._changed, application_id, contact_id, link=True)
        )

    def unlink(self, application_id: int, contact_id: int) -> None:
        self._stack.push(
            LinkContact(self.contacts, self._changed, application_id, contact_id, link=False)
        )
