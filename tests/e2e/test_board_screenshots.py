"""The board in a real window under Xvfb, at a laptop's and a desktop's screen size.

The app is launched as a user would, on 60 realistic applications with the board chosen last
time; the whole X screen is saved under artifacts/screenshots/ for people to look at.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from tests.benchmarks.tracker_data import build_database
from tests.e2e.test_real_window import ARTIFACTS, _distinct_colours, _wait_for
from tests.xserver import grab_screen, launch_app, private_display

pytestmark = [pytest.mark.xvfb, pytest.mark.timeout(120)]


@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
def test_the_board_in_a_real_window(size: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    build_database(data, 60, seed=5)
    # The view chosen last time, as View › Board leaves it in the settings file.
    (data / "settings.ini").write_text("[tracker]\nview=board\n", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    with private_display(size) as display:
        app = launch_app(data, display, home)
        try:
            _wait_for(app, "ready", 60)
            time.sleep(0.8)  # let the last frame reach the X server
            shot = tmp_path / f"board_{size}.png"
            grab_screen(display, shot)
        finally:
            app.terminate()
            app.wait(timeout=15)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / shot.name)
    assert _distinct_colours(shot) > 40
