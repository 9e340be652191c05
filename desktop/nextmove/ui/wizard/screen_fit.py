"""Size a window to the screen it opens on, so nothing runs off a small laptop display."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the frame and title bar the window manager adds around the window.
FRAME_ALLOWANCE = QSize(16, 48)


def available_room(window: QWidget) -> QRect | None:
    """The part of the window's screen not taken by panels and docks (None without a screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def fit_to_screen(window: QWidget, preferred: QSize, minimum: QSize) -> None:
    """Open at `preferred` where it fits, else as large as the screen allows, centred.

    The window's content must scroll for this to help: a smaller window, never hidden buttons.
    """
    room = available_room(window)
    if room is None:
        window.resize(preferred)
        return
    width = min(preferred.width(), room.width() - FRAME_ALLOWANCE.width())
    height = min(preferred.height(), room.height() - FRAME_ALLOWANCE.height())
    window.setMinimumSize(min(minimum.width(), width), min(minimum.height(), height))
    window.resize(width, height)
    frame = window.frameGeometry()
    frame.moveCenter(room.center())
    window.move(max(room.left(), frame.left()), max(room.top(), frame.top()))
