"""The real window at the two screen sizes people use most, under Xvfb: measured (no sideways
scrolling at 1366×768, spare width to Role and Company at 1920×1080, the goals panel closed
on the laptop) and photographed (main window, rejection bar, wizard, outbox)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.tracker_data import build_database
from tests.xserver import private_display

pytestmark = [pytest.mark.xvfb, pytest.mark.timeout(180)]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "screenshots"


def _probe(size: str, name: str, tmp_path: Path) -> dict[str, Any]:
    data = tmp_path / "data"
    build_database(data, 40, seed=5)
    home = tmp_path / "home"
    home.mkdir()
    with private_display(size) as display:
        env = dict(os.environ)
        env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            PYTHONPATH=os.pathsep.join([str(ROOT / "desktop"), str(ROOT)]),
        )
        done = subprocess.run(
            [sys.executable, "-m", "tests.e2e.layout_probe", str(data), str(tmp_path), name],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=150,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for shot in tmp_path.glob(f"*_{name}.png"):
        shutil.copyfile(shot, ARTIFACTS / shot.name)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_at_1366x768_the_key_columns_fit_without_sideways_scrolling(tmp_path: Path) -> None:
    found = _probe("1366x768", "1366x768", tmp_path)
    assert found["screen"] == [1366, 768]
    assert found["hscroll"] is False
    assert all(found["key_columns_shown"].values()), found["key_columns_shown"]
    assert found["goals_dock"] is False  # closed by default below 1600 px
    assert found["side_panel"] is True
    assert found["rejection_bar"] is True
    for name, (width, minimum, hint) in found["combos"].items():
        assert width >= min(minimum, hint), name


def test_at_1920x1080_spare_width_goes_to_role_and_company(tmp_path: Path) -> None:
    found = _probe("1920x1080", "1920x1080", tmp_path)
    assert found["hscroll"] is False
    widths = found["widths"]
    assert widths["role"] > 170
    assert widths["company"] > 150
    assert widths["location"] == 120
    assert widths["source"] == 100
    assert sum(widths.values()) == found["viewport"]
