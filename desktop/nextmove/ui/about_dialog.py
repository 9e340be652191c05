"""Help › About: the version and what the app is for, in a box that closes itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from nextmove._version import __version__


def show_about(parent: QWidget) -> QMessageBox:
    """Open (not exec) the About box; it deletes itself when closed."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("AboutDialog", "About Next Move"),
        QCoreApplication.translate(
            "AboutDialog",
            "Next Move {version}\n\nTrack your applications, learn from every "
            "rejection, and plan your next move.",
        ).format(version=__version__),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("about_dialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
