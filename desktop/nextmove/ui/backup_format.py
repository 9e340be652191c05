"""How a backup is described to the user: its date in their locale, its kind, its size."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def when(moment: datetime) -> str:
    locale = QLocale()
    day = locale.toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat
    )
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {time}"


def kind(reason: str) -> str:
    tr = QCoreApplication.translate
    kinds = {
        "daily": tr("backup", "Daily"),
        "manual": tr("backup", "Made by you"),
        "before-upgrade": tr("backup", "Before an upgrade"),
        "before-restore": tr("backup", "Before a restore"),
    }
    return kinds.get(reason, reason)


def size(byte_count: int) -> str:
    return QLocale().formattedDataSize(
        byte_count, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )
