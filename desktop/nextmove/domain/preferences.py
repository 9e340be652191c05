"""The person's preferences: plain values with their defaults, read by the window and the CLI.

They live in the data folder's `settings.ini` (under the keys in `KEYS`); the window writes
them through QSettings, the command line reads them with `storage.preferences`.
"""

from __future__ import annotations

from dataclasses import dataclass

# The date format key meaning "the operating system's medium date format".
SYSTEM_DATE_FORMAT = "system"


@dataclass(frozen=True)
class Preferences:
    # SYSTEM_DATE_FORMAT, or a Qt/Unicode date pattern such as "dd MMM yyyy" or "yyyy-MM-dd".
    date_format: str = SYSTEM_DATE_FORMAT
    # "Your details": the name that signs every email and fills {your_name}, and the signature.
    your_name: str = ""
    signature: str = ""


# settings.ini key of each field ("section/key", as QSettings writes it).
KEYS: dict[str, str] = {
    "date_format": "display/date_format",
    "your_name": "details/name",
    "signature": "details/signature",
}
