"""Keep Alt+letter out of the wizard's text fields.

Alt+letter is how a person jumps to a field by its underlined letter. When the letter belongs
to nothing on the page, Qt's text fields would type it instead, and "x" appears mid-sentence
in a letter to a recruiter. AltGr (typing @ or € on many keyboards) is a different modifier
and is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)


class AltLetterGuard(QObject):
    """Watches focus inside `window` and guards each text field the cursor enters."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._guarded: set[int] = set()
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.focusChanged.connect(self._on_application_focusChanged)

    def guard(self, field: QWidget) -> None:
        key = id(field)
        if key in self._guarded:
            return
        self._guarded.add(key)
        field.installEventFilter(self)
        field.destroyed.connect(lambda: self._guarded.discard(key))

    def _on_application_focusChanged(self, old: QWidget | None, new: QWidget | None) -> None:
        del old
        if new is not None and isinstance(new, _TEXT_FIELDS) and self._window.isAncestorOf(new):
            self.guard(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers()
            alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
            ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
            text = event.text()
            if alt and not ctrl and text and text.isprintable():
                return True  # a mnemonic that matched nothing: never typed into the text
        return super().eventFilter(watched, event)
