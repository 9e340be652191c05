"""The command line writes dates in the format chosen in the window's Preferences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nextmove.cli.dates import day_writer, strftime_order
from nextmove.domain.preferences import KEYS

DAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("short", "order"),
    [
        ("%d/%m/%y", "dmy"),
        ("%m/%d/%Y", "mdy"),
        ("%Y-%m-%d", "ymd"),
        ("%d.%m.%Y", "dmy"),
        ("%x", ""),
    ],
)
def test_the_order_of_a_locale_short_format(short: str, order: str) -> None:
    assert strftime_order(short) == order


def test_a_chosen_format_is_used_as_stored_by_the_window(tmp_path: Path) -> None:
    section, key = KEYS["date_format"].split("/")
    (tmp_path / "settings.ini").write_text(f"[{section}]\n{key}=dd/MM/yyyy\n", encoding="utf-8")
    assert day_writer(tmp_path)(DAY) == "20/11/2026"


def test_the_system_format_is_a_medium_one_with_the_month_in_words(tmp_path: Path) -> None:
    assert day_writer(tmp_path)(DAY) in {"20 Nov 2026", "Nov 20, 2026", "2026-11-20"}
