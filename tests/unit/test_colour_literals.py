"""Every colour comes from ui/palette.py: a hex literal or an RGB QColor anywhere else in the
app's source would be a colour with no dark value."""

from __future__ import annotations

import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "desktop"
PALETTE = SOURCE / "nextmove" / "ui" / "palette.py"
HEX = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
RGB = re.compile(r"QColor(?:\.fromRgb\w*)?\(\s*\d+\s*,")
NAMED = re.compile(r"QColor\(\s*[\"'](?!#)[a-z]+[\"']\s*\)|Qt\.GlobalColor\.(?!transparent)\w+")


def _offences(text: str) -> list[str]:
    return [m.group(0) for pattern in (HEX, RGB, NAMED) for m in pattern.finditer(text)]


def test_the_scan_catches_each_kind_of_literal() -> None:
    assert _offences('label.setStyleSheet("color: #b3261e;")') == ["#b3261e"]
    assert _offences('QColor("#fff")') == ["#fff"]
    assert _offences("QColor(200, 10, 10)") == ["QColor(200,"]
    assert _offences("QColor.fromRgbF(0.5, 0.1, 0.1)") == []  # floats: caught below
    assert _offences('QColor("red")') == ['QColor("red")']
    assert _offences("painter.setPen(Qt.GlobalColor.white)") == ["Qt.GlobalColor.white"]
    assert _offences("palette.color('error')  # see issue #12") == []


def test_no_colour_literal_outside_the_palette_module() -> None:
    found = {}
    files = [p for p in SOURCE.rglob("*.py") if p != PALETTE]
    assert len(files) > 100
    for path in files:
        text = path.read_text(encoding="utf-8")
        hits = _offences(text) + re.findall(r"QColor\.fromRgbF?\(", text)
        if hits:
            found[str(path.relative_to(SOURCE))] = hits
    assert found == {}
    assert HEX.search(PALETTE.read_text(encoding="utf-8"))  # the values do live there
