"""Adding and removing a document as undo steps on the window's stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from nextmove.domain.documents import DocumentRow
from nextmove.storage.documents import DocumentRepository


class AddDocument(QUndoCommand):
    """A document already added (the file copied, which can fail, before the push); undo
    takes it off the application, redo puts it back."""

    def __init__(
        self, repository: DocumentRepository, row: DocumentRow, changed: Callable[[int], None]
    ) -> None:
        super().__init__(
            QCoreApplication.translate("DocumentCommands", "Add {name}").format(name=row.file_name)
        )
        self._repository = repository
        self.row = row
        self._changed = changed
        self._first = True

    def redo(self) -> None:
        if not self._first:
            self.row = self._repository.restore(self.row)
        self._first = False
        self._changed(self.row.application_id)

    def undo(self) -> None:
        self.row = self._repository.remove(self.row.id)
        self._changed(self.row.application_id)


class RemoveDocument(QUndoCommand):
    def __init__(
        self, repository: DocumentRepository, row: DocumentRow, changed: Callable[[int], None]
    ) -> None:
        super().__init__(
            QCoreApplication.translate("DocumentCommands", "Remove {name}").format(
                name=row.file_name
            )
        )
        self._repository = repository
        self._row = row
        self._changed = changed

    def redo(self) -> None:
        self._row = self._repository.remove(self._row.id)
        self._changed(self._row.application_id)

    def undo(self) -> None:
        self._row = self._repository.restore(self._row)
        self._changed(self._row.application_id)
