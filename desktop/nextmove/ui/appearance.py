"""Light, dark or as the system says: the colour scheme of every window.

Stored in the data folder's settings.ini as `appearance/scheme` (`system`, `light` or `dark`).
`system` follows `QStyleHints.colorScheme` live. A chosen scheme, or the system's dark one,
gets the Fusion style with a palette built from `ui.palette`, so dark is dark even where the
platform reports no scheme (offscreen, older desktops); otherwise the platform's own style and
palette stay untouched. Switching re-colours every open window at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from nextmove.ui import palette

KEY = "appearance/scheme"
SYSTEM = "system"
LIGHT = "light"
DARK = "dark"
SCHEMES = (SYSTEM, LIGHT, DARK)
_FUSION = "fusion"


def stored_scheme(settings: QSettings) -> str:
    value = str(settings.value(KEY, SYSTEM) or SYSTEM).strip().lower()
    return value if value in SCHEMES else SYSTEM


class Appearance(QObject):
    """Owned by the QApplication: one scheme for all its windows."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("appearance")
        self._app = app
        self._native_style = app.style().name()
        self._scheme = SYSTEM
        self._applied: str | None = None  # "native", "light" or "dark"
        # What the platform says (a seam: offscreen it always says Unknown).
        self.system_scheme = app.styleHints().colorScheme
        app.styleHints().colorSchemeChanged.connect(self._on_hints_color_scheme_changed)

    def scheme(self) -> str:
        return self._scheme

    def set_scheme(self, scheme: str) -> None:
        self._scheme = scheme if scheme in SCHEMES else SYSTEM
        self._apply()

    def dark(self) -> bool:
        """Whether the windows are dark now."""
        return palette.is_dark()

    def _wanted(self) -> str:
        if self._scheme == DARK:
            return DARK
        system_dark = self.system_scheme() == Qt.ColorScheme.Dark
        if self._scheme == LIGHT:
            return LIGHT if system_dark else "native"
        return DARK if system_dark else "native"

    def _apply(self) -> None:
        wanted = self._wanted()
        if wanted == self._applied:
            return
        if wanted == "native":
            if self._applied is not None:  # back from a built palette
                self._app.setStyle(self._native_style)
                # An empty palette resolves to the platform's own (its theme, then the style).
                self._app.setPalette(QPalette())
        else:
            if self._app.style().name().lower() != _FUSION:
                self._app.setStyle("Fusion")
            self._app.setPalette(palette.build_palette(dark=wanted == DARK))
        self._applied = wanted
        QApplication.sendPostedEvents()  # every widget has its new palette on return
        palette.restyle_all()
        for widget in self._app.allWidgets():
            widget.update()

    def _on_hints_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self._apply()


def appearance(app: QApplication | None = None) -> Appearance:
    """The application's Appearance (made on first use)."""
    instance = app or QApplication.instance()
    assert isinstance(instance, QApplication)
    found = instance.findChild(Appearance, "appearance", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else Appearance(instance)


def apply_stored(settings: QSettings) -> None:
    """Put the stored scheme into effect (at start, before the first window shows)."""
    appearance().set_scheme(stored_scheme(settings))
