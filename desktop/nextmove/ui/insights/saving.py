"""Saving a chart as a PNG: where it goes by default and the file dialog behind a seam."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from nextmove.ui.insights.chart import Chart

# (parent, dialog title, suggested path) -> the chosen path, or "" when cancelled.
SaveAs = Callable[[QWidget, str, str], str]


def save_as_dialog(parent: QWidget, title: str, suggested: str) -> str:
    """The real seam: the platform's save dialog, for PNG files."""
    filters = QCoreApplication.translate("saving", "PNG image (*.png)")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def suggested_name(chart: Chart, today: date) -> str:
    """`next-move-funnel-2026-12-04.png`: the chart's name, and the day the figures are from."""
    slug = re.sub(r"[^a-z0-9]+", "-", chart.objectName().removeprefix("chart_").lower()).strip("-")
    return f"next-move-{slug}-{today.isoformat()}.png"


def write_png(chart: Chart, path: Path) -> str | None:
    """Save the chart; returns why it could not be saved, in words, or None."""
    if not path.parent.is_dir():
        return QCoreApplication.translate("saving", "The folder {folder} does not exist.").format(
            folder=path.parent
        )
    if not chart.to_image().save(str(path)):
        return QCoreApplication.translate(
            "saving", "Could not write {file}: check that the folder is writable."
        ).format(file=path.name)
    return None
