"""How a backup is described to the user: its date in their format, its kind, its size."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from nextmove.ui.date_display import format_day


def when(moment: datetime) -> str:
    """The day (in the person's date format) and the time to the second: backups made a
    minute apart must not look alike."""
    return f"{format_day(moment.date())} {clock(moment)}"


def clock(moment: datetime) -> str:
    """The locale's short time with seconds added (09:07:12, 9:07:12 AM)."""
    locale = QLocale()
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if ":ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return locale.toString(QTime(moment.hour, moment.minute, moment.second), pattern)


def kind(reason: str) -> str:
    kinds = {
        "daily": QCoreApplication.translate("backup", "Daily"),
        "manual": QCoreApplication.translate("backup", "Made by you"),
        "before-upgrade": QCoreApplication.translate("backup", "Before an upgrade"),
        "before-restore": QCoreApplication.translate("backup", "Before a restore"),
    }
    return kinds.get(reason, reason)


def size(byte_count: int) -> str:
    return QLocale().formattedDataSize(
        byte_count, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )
