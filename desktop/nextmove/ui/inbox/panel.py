"""The Inbox panel: what the watcher found, the sentence that decided it, and what to do."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.inbox import Kind
from nextmove.storage.inbox import FindingRow
from nextmove.ui.labels import QT_TRANSLATE_NOOP

PANEL_WIDTH = 360

_LOOKS_LIKE = {
    Kind.REJECTION: QT_TRANSLATE_NOOP("InboxPanel", "this looks like a rejection"),
    Kind.INTERVIEW: QT_TRANSLATE_NOOP("InboxPanel", "this looks like an interview invitation"),
    Kind.OFFER: QT_TRANSLATE_NOOP("InboxPanel", "this looks like an offer"),
    Kind.ASSESSMENT: QT_TRANSLATE_NOOP("InboxPanel", "this looks like an assessment"),
    Kind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP(
        "InboxPanel", "this looks like an acknowledgement of your application"
    ),
    Kind.FEEDBACK: QT_TRANSLATE_NOOP(
        "InboxPanel", "this looks like a reply to your feedback request"
    ),
    Kind.OTHER: QT_TRANSLATE_NOOP("InboxPanel", "a reply about this application"),
}
_ADD_LABEL = {
    Kind.INTERVIEW: QT_TRANSLATE_NOOP("InboxPanel", "Add &Interview"),
    Kind.OFFER: QT_TRANSLATE_NOOP("InboxPanel", "Add O&ffer"),
    Kind.ASSESSMENT: QT_TRANSLATE_NOOP("InboxPanel", "Add &Assessment"),
    Kind.FEEDBACK: QT_TRANSLATE_NOOP("InboxPanel", "Record &Feedback"),
}


def short_date(value: datetime | None) -> str:
    """`Mon 3 Nov` in the person's language."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM")


class _FindingList(QListWidget):
    """A list whose wrapped items are always tall enough for their whole text."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_items()

    def fit_items(self) -> None:
        width = max(self.viewport().width() - 12, 80)
        metrics = self.fontMetrics()
        for index in range(self.count()):
            item = self.item(index)
            box = metrics.boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text()
            )
            item.setSizeHint(QSize(width, box.height() + 8))


class InboxPanel(QDockWidget):
    # The person asked for something on the selected finding: (what, finding id).
    # what: "wizard", "reject", "timeline", "reassign", "ignore".
    actionRequested = Signal(str, int)
    checkRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_panel")
        self.setWindowTitle(self.tr("Inbox"))
        self.setAccessibleName(self.tr("Replies found in your inbox"))
        self._rows: dict[int, FindingRow] = {}

        self.status = self._label("inbox_status", self.tr("Inbox status"))
        self.list = _FindingList()
        self.list.setObjectName("inbox_list")
        self.list.setAccessibleName(self.tr("Replies found"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        # Wrapped items are laid out again when the panel is resized, never cut short.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.evidence = self._label("inbox_evidence", self.tr("The sentence that decided it"))
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = self._label("inbox_empty", self.tr("Nothing found"))
        self.empty.setText(
            self.tr(
                "No replies to look at. Turn on “Watch the inbox for replies” for an account "
                "in Mail › Mail Accounts…, then Mail › Check for Replies (F5)."
            )
        )
        self.buttons = {
            "wizard": self._button("inbox_open_wizard", self.tr("Open the &Wizard…")),
            "reject": self._button("inbox_mark_rejected", self.tr("Mark &Rejected")),
            "timeline": self._button("inbox_add_to_timeline", self.tr("Add to &Timeline")),
            "reassign": self._button(
                "inbox_not_this_application", self.tr("&Not This Application…")
            ),
            "ignore": self._button("inbox_ignore", self.tr("I&gnore")),
        }
        self.check_button = self._button("inbox_check_now", self.tr("&Check Now"))
        self.check_button.setEnabled(True)
        self._layout()
        self.list.currentRowChanged.connect(self._on_list_currentRowChanged)
        # Keys on the list: Delete ignores (undoable), Enter takes the suggested step.
        for keys, slot in (("Delete", self._on_ignore_key), ("Return", self._on_enter_key),
                           ("Enter", self._on_enter_key)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.check_button.clicked.connect(self.checkRequested)
        for what, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, w=what: self._request(w))
        self.show_findings([])

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setEnabled(False)
        return button

    def _layout(self) -> None:
        body = QWidget()
        body.setObjectName("inbox_panel_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QGridLayout()
        top.addWidget(self.status, 0, 0)
        top.addWidget(self.check_button, 0, 1)
        top.setColumnStretch(0, 1)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.evidence)
        grid = QGridLayout()
        grid.addWidget(self.buttons["wizard"], 0, 0)
        grid.addWidget(self.buttons["reject"], 0, 1)
        grid.addWidget(self.buttons["timeline"], 1, 0)
        grid.addWidget(self.buttons["reassign"], 1, 1)
        grid.addWidget(self.buttons["ignore"], 2, 1)
        layout.addLayout(grid)
        self.setWidget(body)

    # -- content -----------------------------------------------------------------------------

    def describe(self, row: FindingRow) -> str:
        """`Acme — Data Analyst: this looks like a rejection (Mon 3 Nov, from Jane Roe)`."""
        if row.company is not None:
            what = self.tr("{company} — {role}").format(company=row.company, role=row.role)
        else:
            what = self.tr("Not matched to an application")
        sender = row.from_name or row.from_address
        when = short_date(row.received_at)
        details = (
            self.tr("{when}, from {sender}").format(when=when, sender=sender)
            if when
            else self.tr("from {sender}").format(sender=sender)
        )
        return f"{what}: {self.tr(_LOOKS_LIKE[row.kind])} ({details})"

    def show_findings(self, rows: list[FindingRow]) -> None:
        current = self.current_id()
        self._rows = {row.id: row for row in rows}
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(self.describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.subject)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.fit_items()
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        ids = [row.id for row in rows]
        if rows:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)
        self._on_list_currentRowChanged(self.list.currentRow())

    def current_id(self) -> int:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else 0

    def current(self) -> FindingRow | None:
        return self._rows.get(self.current_id())

    def select(self, finding_id: int) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(Qt.ItemDataRole.UserRole) == finding_id:
                self.list.setCurrentRow(index)
                return

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def _on_list_currentRowChanged(self, _row: int) -> None:
        row = self.current()
        matched = row is not None and row.application_id is not None
        self.buttons["wizard"].setEnabled(matched)
        self.buttons["reject"].setEnabled(matched)
        self.buttons["timeline"].setEnabled(matched)
        self.buttons["reassign"].setEnabled(row is not None)
        self.buttons["ignore"].setEnabled(row is not None)
        kind = row.kind if row is not None else Kind.OTHER
        self.buttons["timeline"].setText(self.tr(_ADD_LABEL.get(kind, "Add to &Timeline")))
        self.buttons["reassign"].setText(
            self.tr("&Not This Application…") if matched else self.tr("Choose &Application…")
        )
        if row is None:
            self.evidence.clear()
            self.evidence.hide()
            return
        quote = f"“{row.evidence}”" if row.evidence else self.tr("(no deciding sentence)")
        self.evidence.setText(
            self.tr("{quote}\nSubject: {subject}").format(quote=quote, subject=row.subject)
        )
        self.evidence.show()

    def _on_ignore_key(self) -> None:
        if self.buttons["ignore"].isEnabled():
            self._request("ignore")

    def _on_enter_key(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.application_id is None:
            self._request("reassign")
        elif row.kind is Kind.REJECTION:
            self._request("wizard")
        else:
            self._request("timeline")

    def _request(self, what: str) -> None:
        finding_id = self.current_id()
        if finding_id:
            self.actionRequested.emit(what, finding_id)
