"""Learning goals and due reminders, in a panel beside the tracker (View ▸ Goals and Reminders)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nextmove.storage.learning_goals import DONE, GoalRow, LearningGoalRepository, Reminder
from nextmove.ui import palette
from nextmove.ui.date_display import date_display
from nextmove.ui.tracker.table_model import format_day

# Narrow enough that the tracker table keeps its columns on a laptop screen.
DOCK_WIDTH = 240


class GoalsRead(NamedTuple):
    """What the panel shows, as read on `today`."""

    today: date
    weekly: int
    reminders: list[Reminder]
    goals: list[GoalRow]


class GoalsDock(QDockWidget):
    # The person wants to see the unfinished reflections.
    resumeRequested = Signal()
    # A reminder about this application was activated: show it in the tracker.
    applicationRequested = Signal(int)

    def __init__(
        self,
        goals: LearningGoalRepository,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        fill: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goals_dock")
        self.setWindowTitle(self.tr("Goals and Reminders"))
        self.setAccessibleName(self.tr("Goals and reminders"))
        self._goals = goals
        self._today = today
        self.reminders = QListWidget()
        self.reminders.setObjectName("reminder_list")
        self.reminders.setAccessibleName(self.tr("Due reminders"))
        self.goal_list = QListWidget()
        self.goal_list.setObjectName("goal_checklist")
        self.goal_list.setAccessibleName(self.tr("Learning goals"))
        for widget in (self.reminders, self.goal_list):
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setMinimumWidth(120)
        self.weekly = QLabel()
        self.weekly.setObjectName("weekly_goal_label")
        self.weekly.setWordWrap(True)
        # A link that wraps, where a button would cut its text short in a narrow panel.
        self.unfinished_link = QLabel()
        self.unfinished_link.setObjectName("dock_unfinished_reflections")
        self.unfinished_link.setTextFormat(Qt.TextFormat.RichText)
        self.unfinished_link.setWordWrap(True)
        self.unfinished_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.unfinished_link.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.unfinished_link.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.unfinished_link.hide()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.unfinished_link)
        layout.addWidget(self.weekly)
        due = QLabel(self.tr("Due this week"))
        goals_title = QLabel(self.tr("Learning goals (tick when done)"))
        for label in (due, goals_title, self.weekly):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(due)
        layout.addWidget(self.reminders, 1)
        layout.addWidget(goals_title)
        layout.addWidget(self.goal_list, 1)
        self.setWidget(body)
        self._filling = False
        self._fresh = False  # being shown by reveal_as_read
        self.shown_reads = 0  # how many reads were shown (a slower one must not undo a newer)
        self.goal_list.itemChanged.connect(self._on_goal_list_itemChanged)
        self.unfinished_link.linkActivated.connect(self._on_unfinished_link_linkActivated)
        self.reminders.itemActivated.connect(self._on_reminders_itemActivated)
        self.visibilityChanged.connect(self._on_self_visibilityChanged)
        date_display().changed.connect(self.refresh)
        if fill:  # else the owner calls refresh() when it suits it
            self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(DOCK_WIDTH, super().sizeHint().height())

    def has_items(self) -> bool:
        return (
            not self.unfinished_link.isHidden()
            or _has_real_items(self.goal_list)
            or _has_real_items(self.reminders)
        )

    def set_unfinished(self, count: int) -> None:
        """Offer the reflections left half-way, so none is forgotten."""
        if count == 1:
            text = self.tr("1 unfinished reflection — resume…")
        else:
            text = self.tr("{count} unfinished reflections — resume…").format(count=count)
        self.unfinished_link.setText(f'<a href="resume">{html.escape(text)}</a>')
        self.unfinished_link.setAccessibleName(text)
        self.unfinished_link.setVisible(count > 0)

    def _on_unfinished_link_linkActivated(self, link: str) -> None:
        del link
        self.resumeRequested.emit()

    def refresh(self) -> None:
        """Read the goals and reminders and show them (see `read` and `show_read`)."""
        self.show_read(self.read())

    def read(self) -> GoalsRead:
        """What the panel shows, from the database (no widget touched: any thread)."""
        today = self._today()
        return GoalsRead(
            today, self._goals.weekly_goal(), self._goals.reminders(today), self._goals.goals()
        )

    def reveal_as_read(self) -> None:
        """Show the panel with what it holds, just read (showing it reads it again else)."""
        self._fresh = True
        try:
            self.show()
        finally:
            self._fresh = False

    def show_read(self, read: GoalsRead) -> None:
        """Show what `read` found."""
        self.shown_reads += 1
        today, weekly = read.today, read.weekly
        self.weekly.setText(
            self.tr("Your weekly goal: {count} applications").format(count=weekly) if weekly else ""
        )
        self.weekly.setVisible(bool(weekly))
        self._filling = True
        try:
            self.reminders.clear()
            for reminder in read.reminders:
                item = QListWidgetItem(
                    self.tr("{day}  {text}").format(
                        day=format_day(reminder.due_on.isoformat()), text=reminder.text
                    )
                )
                if reminder.kind == "next_action":
                    item.setData(Qt.ItemDataRole.UserRole, reminder.target_id)
                if reminder.due_on < today:
                    # Said in words as well as in red, for anyone who cannot tell the colour.
                    overdue = self._overdue_text((today - reminder.due_on).days)
                    palette.item_foreground(item, "error")
                    item.setToolTip(overdue)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{overdue}: {item.text()}")
                self.reminders.addItem(item)
            if not self.reminders.count():
                placeholder = QListWidgetItem(self.tr("Nothing due. Enjoy the breathing room."))
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.reminders.addItem(placeholder)
            self.goal_list.clear()
            for goal in read.goals:
                text = goal.skill
                if goal.course:
                    text += f" — {goal.course}"
                if goal.due_on:
                    text += self.tr(" (by {day})").format(day=format_day(goal.due_on.isoformat()))
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, goal.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                done = goal.status == DONE
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                self.goal_list.addItem(item)
            if not self.goal_list.count():
                placeholder = QListWidgetItem(
                    self.tr("No learning goals yet. Finishing a reflection suggests some.")
                )
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.goal_list.addItem(placeholder)
        finally:
            self._filling = False

    def _overdue_text(self, days: int) -> str:
        if days == 1:
            return self.tr("Overdue by 1 day")
        return self.tr("Overdue by {days} days").format(days=days)

    def _on_goal_list_itemChanged(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        goal_id = item.data(Qt.ItemDataRole.UserRole)
        if goal_id is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        self._goals.set_done(int(goal_id), done, self._today())

    def _on_reminders_itemActivated(self, item: QListWidgetItem) -> None:
        application_id = item.data(Qt.ItemDataRole.UserRole)
        if application_id is not None:
            self.applicationRequested.emit(int(application_id))

    def _on_self_visibilityChanged(self, visible: bool) -> None:
        if visible and not self._fresh:
            self.refresh()


def _has_real_items(widget: QListWidget) -> bool:
    """True when the list holds more than its empty-state line."""
    return any(widget.item(i).flags() != Qt.ItemFlag.NoItemFlags for i in range(widget.count()))
