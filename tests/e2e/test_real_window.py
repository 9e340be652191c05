"""The real app in a real X server: launched as a user would, photographed, not blank.

`python -m nextmove --data-dir D` runs under a private Xvfb on a folder holding 30 realistic
applications; once the window reports that it is painted with everything loaded, the whole X
screen is captured by a separate little Qt process (QScreen.grabWindow on the root window, so no
extra tool is needed). The picture is saved under the test's tmp_path and in
artifacts/screenshots/ for people to look at.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.benchmarks.tracker_data import build_database
from tests.xserver import grab_screen, launch_app, private_display

pytestmark = [pytest.mark.xvfb, pytest.mark.timeout(120)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server with a 1280x800 screen; yields its DISPLAY."""
    with private_display() as name:
        yield name


def _wait_for(process: subprocess.Popen[str], word: str, seconds: float) -> None:
    assert process.stdout is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith(word):
            return
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"the app never reported '{word}' (exit code {process.poll()})")


def _distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    )


def test_the_real_window_shows_the_tracker(display: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    build_database(data, 30, seed=11)
    home = tmp_path / "home"
    home.mkdir()
    app = launch_app(data, display, home)
    try:
        _wait_for(app, "ready", 60)
        time.sleep(0.5)  # let the last frame reach the X server
        shot = tmp_path / "tracker_window.png"
        grab_screen(display, shot)
    finally:
        app.terminate()
        app.wait(timeout=15)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / "tracker_window.png")
    # A blank or black screen has a handful of colours; the tracker has text, chips, stripes.
    assert _distinct_colours(shot) > 40
