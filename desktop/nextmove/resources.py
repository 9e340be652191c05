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


# Every resource the app needs at run time; the self-test checks each one is present.
REQUIRED_RESOURCES: tuple[tuple[str, ...], ...] = (("icons", "nextmove.svg"),)
