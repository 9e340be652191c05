"""The icon files the installers use hold every size they promise (made by make_icons.py)."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _load_make_icons() -> ModuleType:
    # packaging/ is a folder of scripts, not a package (and `packaging` is a PyPI name).
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_icons = _load_make_icons()


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_MAGIC)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_hicolor_png_has_the_size_in_its_name_and_is_not_blank() -> None:
    for size in make_icons.PNG_SIZES:
        path = ICONS / f"nextmove-{size}.png"
        assert png_size(path.read_bytes()) == (size, size), path.name
        image = QImage(str(path))
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255, path.name  # the tile is opaque...
        assert corner.alpha() < 64, path.name  # ...and its rounded corners are see-through


def test_the_windows_icon_holds_each_size_as_png() -> None:
    data = (ICONS / "nextmove.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        blob = data[offset : offset + length]
        assert png_size(blob)[0] == (width or 256)
        sizes.append(width or 256)
    assert sizes == sorted(make_icons.ICO_SIZES)


def test_the_macos_icon_holds_every_standard_and_retina_slot() -> None:
    data = (ICONS / "nextmove.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found: dict[bytes, int] = {}
    offset = 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        found[kind] = png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert found == dict(make_icons.ICNS_TYPES)
