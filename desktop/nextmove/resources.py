"""Find files under the project's `resources/` folder, from source or inside a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource; raises FileNotFoundError naming it when it is missing."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)} (looked in {path})")
    return path


# The window icon, as PNGs: no image plugin beyond Qt's built-in PNG reader is needed.
ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_files() -> list[Path]:
    """The app icon's PNG files, smallest first, for QIcon to pick from."""
    return [resource_path("icons", f"nextmove-{size}.png") for size in ICON_SIZES]


# Everything shipped that the app loads at run time; the self-test checks each one is present.
REQUIRED_RESOURCES: tuple[tuple[str, ...], ...] = (
    ("icons", "nextmove.svg"),
    ("icons", "actions"),
    *(("icons", f"nextmove-{size}.png") for size in ICON_SIZES),
    ("templates",),
)
