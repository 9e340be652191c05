"""The timeline section of the side panel: every entry, newest first (an interview with its
time, place and the people met), with add, edit and delete."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.status import EventKind
from nextmove.storage.applications import EventRow
from nextmove.ui.date_display import format_day
from nextmove.ui.labels import tr_label


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("font-weight: 600; font-size: 11pt;")
    return label


def small_button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(tip)
    button.setToolTip(tip)
    return button


NOTES_COLUMN = 1
# An invisible break after these, so a long file name wraps instead of running off the edge.
_BREAK_AFTER = re.compile(r"([_./\\-])(?=\S)")


def _breakable(text: str) -> str:
    return _BREAK_AFTER.sub("\\1\u200b", text)


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights that follow the wrapped text: QTreeView asks for a size hint without the
    column's width, so a wrapped entry would keep a one-line row and be clipped."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.column() != NOTES_COLUMN:
            return super().sizeHint(option, index)  # the date keeps one line
        sized = QStyleOptionViewItem(option)
        # Qt wraps only within a valid rectangle: the column's width, any height.
        sized.rect = QRect(0, 0, self._view.header().sectionSize(index.column()), 1)
        return super().sizeHint(sized, index)


class TimelineSection(QWidget):
    addRequested = Signal()
    # The id of the entry the person wants to change (Edit…, a double-click).
    editRequested = Signal(int)
    # The id of the entry the person wants to delete (confirmation comes next).
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_section")
        self.list = QTreeWidget()
        self.list.setObjectName("timeline_list")
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.setHeaderLabels([self.tr("Date"), self.tr("What happened")])
        self.list.setRootIsDecorated(False)
        # Entries wrap rather than end in "…": a note such as "imported from <file>" is read
        # whole, however narrow the panel.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setUniformRowHeights(False)
        self.list.setItemDelegate(_WrappingDelegate(self.list))
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_button = small_button(
            self.tr("A&dd…"), "timeline_add", self.tr("Add an entry to the timeline")
        )
        self.edit_button = small_button(
            self.tr("&Edit…"), "timeline_edit", self.tr("Edit the selected entry")
        )
        self.delete_button = small_button(
            self.tr("De&lete"), "timeline_delete", self.tr("Delete the selected entry")
        )
        top = QHBoxLayout()
        top.addWidget(section_title(self.tr("Timeline")), 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)

        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.list.itemDoubleClicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        header.sectionResized.connect(self._on_header_section_resized)
        self.list.installEventFilter(self)
        self._on_list_current_item_changed()

    def set_events(self, events: list[EventRow]) -> None:
        self.list.clear()
        for event in sorted(events, key=lambda e: (e.occurred_on, e.id), reverse=True):
            what = (
                self.tr("Interview (round {round})").format(round=event.round)
                if event.kind == EventKind.INTERVIEW and event.round is not None
                else tr_label(event.kind.label)
            )
            details = self._details(event)
            if details:
                what = f"{what} · {details}"
            notes = _breakable(" ".join(event.notes.split()))
            item = QTreeWidgetItem(
                [format_day(event.occurred_on), f"{what} — {notes}" if notes else what]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, event.id)
            item.setToolTip(1, "\n".join(t for t in (what, event.notes) if t))
            self.list.addTopLevelItem(item)
        self._on_list_current_item_changed()

    def _details(self, event: EventRow) -> str:
        """ "14:30 (45 min), Teams link, with Dana Scully": what an interview entry adds."""
        parts: list[str] = []
        if event.starts_at:
            parts.append(
                self.tr("{time} ({minutes} min)").format(
                    time=event.starts_at, minutes=event.duration_minutes
                )
                if event.duration_minutes
                else event.starts_at
            )
        if event.place:
            parts.append(_breakable(event.place))
        if event.interviewers:
            parts.append(self.tr("with {names}").format(names=", ".join(event.interviewers)))
        return ", ".join(parts)

    def selected_event_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self._on_delete_button_clicked()
            return True
        return super().eventFilter(watched, event)

    def _on_header_section_resized(self, *_args: object) -> None:
        # A wider or narrower column wraps the entries anew (the view keeps old row heights).
        self.list.scheduleDelayedItemsLayout()

    def _on_list_current_item_changed(self, *_args: object) -> None:
        self.delete_button.setEnabled(self.list.currentItem() is not None)
        self.edit_button.setEnabled(self.list.currentItem() is not None)

    def _on_edit_button_clicked(self, *_args: object) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            self.editRequested.emit(event_id)

    def _on_delete_button_clicked(self) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            self.deleteRequested.emit(event_id)
