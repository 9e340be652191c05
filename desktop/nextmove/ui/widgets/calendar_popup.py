"""A calendar that drops down from a date field and always fits on the screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QFrame, QVBoxLayout, QWidget


class CalendarPopup(QFrame):
    # A day was clicked or chosen with Enter.
    picked = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("date_calendar")
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.activated.connect(self._on_calendar_clicked)

    def show_at(self, day: date, anchor: QRect) -> None:
        """Open on `day`, under `anchor` (global), or above it, kept inside the screen."""
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.adjustSize()
        size = self.sizeHint()
        screen = QGuiApplication.screenAt(anchor.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = min(max(anchor.left(), area.left()), area.right() - size.width() + 1)
        y = anchor.bottom() + 1
        if y + size.height() > area.bottom() + 1:
            y = anchor.top() - size.height()
        y = min(max(y, area.top()), area.bottom() - size.height() + 1)
        self.setGeometry(QRect(x, y, size.width(), size.height()))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def _on_calendar_clicked(self, day: QDate) -> None:
        picked = day.toPython()
        self.hide()
        if isinstance(picked, date):
            self.picked.emit(picked)
