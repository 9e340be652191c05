"""The compose window's template: which one the message came from, and starting again from
another. Words the person typed are never replaced without asking, and the replacement goes
through the editor's undo (Ctrl+Z in the message brings them back)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from nextmove.domain.templates import TemplateText, render
from nextmove.ui.labels import tr_label
from nextmove.ui.mail.template_combo import TemplateCombo


class TemplateChoice(QObject):
    def __init__(
        self,
        combo: TemplateCombo,
        subject: QLineEdit,
        body: QPlainTextEdit,
        ask: Callable[[str, str], bool],
        values: Callable[[], dict[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._combo = combo
        self._subject = subject
        self._body = body
        self._ask = ask
        self._values = values
        self.templates: list[TemplateText] = []
        self.purpose = "follow_up"
        self._index = 0  # the template last applied (or kept)
        self._applied_body: str | None = ""  # the body that template produced
        self._applied_subject = ""  # the subject it produced
        combo.activated.connect(self._on_combo_activated)

    def offer(self, templates: list[TemplateText]) -> None:
        self.templates = templates
        self._combo.addItem(self.tr("(blank)"), "")
        for template in templates:
            self._combo.addItem(tr_label(template.name), template.purpose)

    def start_from(self, purpose: str) -> None:
        """Apply the template for `purpose`, if there is one."""
        index = self._combo.findData(purpose)
        if index > 0:
            self._combo.setCurrentIndex(index)
            self._on_combo_activated(index)

    def keep_written(self, purpose: str) -> None:
        """The message is the person's own text (an outbox message): ask before replacing it."""
        self.purpose = purpose
        self._applied_body = None
        self._index = 0

    def body_edited(self) -> bool:
        """Whether the body holds words of the person's own (not just a template's)."""
        text = self._body.toPlainText()
        return bool(text.strip()) and text != self._applied_body

    def typed_over_template(self) -> bool:
        """Whether a template change would replace words the person typed: body or subject."""
        subject = self._subject.text().strip()
        return self.body_edited() or (bool(subject) and subject != self._applied_subject)

    def _template(self, purpose: str) -> TemplateText | None:
        return next((t for t in self.templates if t.purpose == purpose), None)

    def _on_combo_activated(self, index: int) -> None:
        if index == self._index and not self.typed_over_template():
            return
        template = self._template(str(self._combo.itemData(index) or ""))
        if template is None:
            self._index = index  # "(blank)" keeps what is written
            return
        if self.typed_over_template() and not self._ask(
            self.tr("Replace your message?"),
            self.tr("Start again from the “{name}” template? What you wrote will be replaced "
                    "(Undo in the message brings it back).").format(name=tr_label(template.name)),
        ):  # fmt: skip
            self._combo.setCurrentIndex(self._index)
            return
        self._index = index
        self.purpose = template.purpose
        values = self._values()
        self._subject.setText(render(template.subject, values))
        # Replace through a cursor, not setPlainText: Undo brings back what the person wrote.
        cursor = self._body.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(render(template.body, values))
        self._body.setTextCursor(cursor)
        self._body.moveCursor(QTextCursor.MoveOperation.Start)
        self._applied_body = self._body.toPlainText()
        self._applied_subject = self._subject.text().strip()
