"""Desktop notifications for suggestions that become due while the app runs.

Checked at start, every hour and after the computer wakes (a minute timer that finds the wall
clock jumped). Where the desktop has a system tray, a tray icon (`tray_icon`, with "Show Next
Move", the number of due items and Quit) shows the message; elsewhere a bar at the top of the
window does. Clicking either brings the window forward on the item. `notify` is the seam tests
watch. Preferences › Tray (`notifications/tray_icon`, default on; `notifications/keep_running`,
default off) turn the icon off, or keep the app running in the tray when the window closes;
both apply at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QToolBar,
    QToolButton,
    QWidget,
)

from nextmove.resources import icon_files
from nextmove.ui.preferences_reminders import KEEP_RUNNING_KEY, TRAY_KEY, flag

if TYPE_CHECKING:
    from nextmove.domain.suggestions import Suggestion
    from nextmove.ui.context import AppContext
    from nextmove.ui.host import Host
    from nextmove.ui.suggestions.controller import SuggestionsController

HOUR_MS = 60 * 60 * 1000
TICK_MS = 60 * 1000
# A minute timer that fired this much later than due means the computer slept.
WAKE_GAP_S = 5 * 60
MESSAGE_MS = 10_000


class NotificationBar(QWidget):
    """The in-window fallback: one line, Show and Dismiss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notification_bar")
        self.setAccessibleName(self.tr("Notification"))
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("notification_show")
        self.close_button = QToolButton()
        self.close_button.setObjectName("notification_dismiss")
        self.close_button.setText(self.tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)


class Notifier(QObject):
    def __init__(
        self, window: Host, context: AppContext, suggestions: SuggestionsController
    ) -> None:
        super().__init__(window.widget())
        self.setObjectName("notifier")
        self._window = window
        self._context = context
        self._suggestions = suggestions
        self._told: set[str] = set()
        self._first_key = ""
        # The seam: (title, text) -> shown somewhere; tests replace it to watch.
        self.notify: Callable[[str, str], None] = self._show
        self.tray: QSystemTrayIcon | None = None
        self._count_action: QAction | None = None
        self._quitting = False
        self.apply_tray()
        self.bar = NotificationBar()
        self._bar_holder = QToolBar(self.tr("Notifications"))
        self._bar_holder.setObjectName("notification_toolbar")
        self._bar_holder.setMovable(False)
        self._bar_holder.addWidget(self.bar)
        window.widget().addToolBarBreak()
        window.widget().addToolBar(self._bar_holder)
        self._bar_holder.hide()
        self.bar.show_button.clicked.connect(self._on_opened)
        self.bar.close_button.clicked.connect(self._bar_holder.hide)
        self._hourly = QTimer(self)
        self._hourly.setInterval(HOUR_MS)
        self._hourly.timeout.connect(self.check)
        self._hourly.start()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start()
        self._last_tick = time.time()
        suggestions.suggestionsChanged.connect(self._update_count)
        self._check_pending = False
        suggestions.refreshed.connect(self._on_suggestions_refreshed)
        window.widget().installEventFilter(self)  # closing hides the window while it keeps running
        window.action("action_quit").triggered.connect(self.quit)
        context.events.settingChanged.connect(self._on_setting_changed)
        QTimer.singleShot(0, self.check)  # at start, once the window is up

    def apply_tray(self) -> None:
        """Show or take away the tray icon, as Preferences and the desktop say."""
        wanted = flag(self._context.settings, TRAY_KEY, True)
        if wanted and self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._build_tray()
        elif not wanted and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
            self._count_action = None
            if self._window.widget().isHidden():  # no icon left to bring it back with
                self._bring_forward()

    def keeps_running(self) -> bool:
        """Closing the window only hides it (Preferences, with a tray icon to come back by)."""
        return self.tray is not None and flag(self._context.settings, KEEP_RUNNING_KEY, False)

    def _on_setting_changed(self, key: str) -> None:
        if key == TRAY_KEY:
            self.apply_tray()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._window.widget()
            and event.type() == QEvent.Type.Close
            and not self._quitting
            and self.keeps_running()
        ):
            event.ignore()
            self._window.widget().hide()
            return True
        return super().eventFilter(watched, event)

    def quit(self) -> None:
        """File › Quit and the tray's Quit: close the window for good and end the app."""
        self._quitting = True
        self._window.widget().close()
        QApplication.quit()

    def _build_tray(self) -> None:
        icon = QIcon()
        try:
            for path in icon_files():
                icon.addFile(str(path))
        except FileNotFoundError:
            icon = self._window.widget().windowIcon()
        tray = QSystemTrayIcon(icon, self)
        tray.setObjectName("tray_icon")
        tray.setToolTip(self.tr("Next Move"))
        menu = QMenu(self._window.widget())
        show = menu.addAction(self.tr("Show Next Move"))
        show.setObjectName("tray_show")
        show.triggered.connect(self._bring_forward)
        self._count_action = menu.addAction("")
        self._count_action.setObjectName("tray_count")
        self._count_action.setEnabled(False)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("Quit"))
        quit_action.setObjectName("tray_quit")
        quit_action.triggered.connect(self.quit)
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self._on_opened)
        tray.activated.connect(self._on_tray_activated)
        tray.show()
        self.tray = tray
        self._update_count()

    def _update_count(self) -> None:
        count = len(self._suggestions.shown)
        text = self.tr("%n things to do", None, count)
        if self._count_action is not None:
            self._count_action.setText(text)
        if self.tray is not None:
            self.tray.setToolTip(self.tr("Next Move — {what}").format(what=text))

    def check(self) -> None:
        """Tell about suggestions not told about yet in this session (once the refresh this
        starts is done)."""
        self._check_pending = True
        self._suggestions.refresh_in_background()

    def _on_suggestions_refreshed(self) -> None:
        if not self._check_pending:
            return
        self._check_pending = False
        fresh = [s for s in self._suggestions.shown if s.key not in self._told]
        if not fresh:
            return
        self._told.update(s.key for s in fresh)
        self._first_key = fresh[0].key
        describe = self._suggestions.panel.describe
        if len(fresh) == 1:
            title = self.tr("Next Move: %n things to do", None, 1)
            text = describe(fresh[0])
        else:
            title = self.tr("Next Move: %n things to do", None, len(fresh))
            text = "\n".join(describe(s) for s in fresh[:3])
            if len(fresh) > 3:
                text += "\n" + self.tr("…and {n} more").format(n=len(fresh) - 3)
        self.notify(title, text)

    def _show(self, title: str, text: str) -> None:
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
            return
        self.bar.label.setText(f"{title} — {text.splitlines()[0]}" if text else title)
        self.bar.label.setToolTip(text)
        self._bar_holder.show()

    def _on_tick_timeout(self) -> None:
        now = time.time()
        slept = now - self._last_tick > TICK_MS / 1000 + WAKE_GAP_S
        self._last_tick = now
        if slept:
            self.check()

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._bring_forward()

    def _bring_forward(self) -> None:
        self._window.widget().showNormal()
        self._window.widget().raise_()
        self._window.widget().activateWindow()

    def _on_opened(self) -> None:
        """The message was clicked: show the window on the first item told about."""
        self._bring_forward()
        self._bar_holder.hide()
        suggestion: Suggestion | None = self._suggestions.panel.suggestion(self._first_key)
        if suggestion is None:
            return
        self._suggestions.reveal(suggestion.key)
        application_id = suggestion.application_id
        if application_id is not None:
            window = self._window
            if window.model.row_of(application_id) is None:  # hidden by a search or filter
                window.clear_filters()
            window.select_application(application_id)


def install(window: Host, context: AppContext, suggestions: SuggestionsController) -> Notifier:
    return Notifier(window, context, suggestions)
