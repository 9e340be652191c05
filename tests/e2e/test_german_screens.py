"""The window in German, under Xvfb at 1366×768 and 1920×1080: no text cut off in the main
window, the preferences or the wizard's first and third pages; screenshots saved for a person
to look at (artifacts/screenshots/german_*)."""

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


def _probe(size: str, tmp_path: Path) -> dict[str, Any]:
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
            [sys.executable, "-m", "tests.e2e.german_probe", str(data), str(tmp_path), size],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=150,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-3000:]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for shot in tmp_path.glob("german_*.png"):
        assert shot.stat().st_size > 5000, f"{shot.name} looks empty"
        shutil.copyfile(shot, ARTIFACTS / shot.name)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
def test_the_german_window_shows_every_text_whole(size: str, tmp_path: Path) -> None:
    found = _probe(size, tmp_path)
    assert found["menus"][:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
    clipped = {where: texts for where, texts in found["clipped"].items() if texts}
    assert not clipped, clipped
