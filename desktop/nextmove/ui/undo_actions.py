"""Edit › Undo and Redo, tied to the window's undo stack: their texts say what they would take
back or do again, and after each step the status bar says what happened, replacing any older
message (which may no longer be true)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QStatusBar


class UndoActions(QObject):
    def __init__(
        self,
        stack: QUndoStack,
        undo: QAction,
        redo: QAction,
        status_bar: QStatusBar,
        message_ms: int,
    ) -> None:
        super().__init__(stack)
        self._stack = stack
        self._undo = undo
        self._redo = redo
        self._status_bar = status_bar
        self._message_ms = message_ms
        undo.triggered.connect(self._on_undo_triggered)
        redo.triggered.connect(self._on_redo_triggered)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        stack.redoTextChanged.connect(self._on_stack_redo_text_changed)

    def _on_undo_triggered(self) -> None:
        what = self._stack.undoText()
        self._stack.undo()
        message = self.tr("Undone: {what}").format(what=what)
        self._say(message, self._stack.command(self._stack.index()))

    def _on_redo_triggered(self) -> None:
        what = self._stack.redoText()
        self._stack.redo()
        message = self.tr("Redone: {what}").format(what=what)
        self._say(message, self._stack.command(self._stack.index() - 1))

    def _say(self, message: str, command: QUndoCommand | None) -> None:
        """The step, and what else it did that the person would not see (a command's
        `outcome`: emails taken out of the outbox or put back)."""
        outcome = str(getattr(command, "outcome", "") or "")
        if outcome:
            message = f"{message} — {outcome}"
        self._status_bar.showMessage(message, self._message_ms)

    # The Edit menu and the tooltip say what would be undone; the toolbar keeps its short
    # icon text ("Undo"), so it never changes width.
    def _on_stack_undo_text_changed(self, text: str) -> None:
        self._undo.setText(self.tr("&Undo {what}").format(what=text) if text else self.tr("&Undo"))
        self._undo.setToolTip(self.tr("Undo {what}").format(what=text) if text else self.tr("Undo"))

    def _on_stack_redo_text_changed(self, text: str) -> None:
        self._redo.setText(self.tr("&Redo {what}").format(what=text) if text else self.tr("&Redo"))
        self._redo.setToolTip(self.tr("Redo {what}").format(what=text) if text else self.tr("Redo"))
