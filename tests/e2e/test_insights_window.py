"""The Insights window in a real X server at a laptop's and a desktop's screen size: it fits
the screen, shows every chart filled, and the screenshots are not blank."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.xserver import private_display

pytestmark = [pytest.mark.xvfb, pytest.mark.timeout(180)]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "screenshots"
CHARTS = {
    "chart_funnel",
    "chart_flow",
    "chart_rejections_by_stage",
    "chart_response_by_source",
    "chart_weekly_applications",
    "chart_stage_scores",
}


def _distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    )


@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
def test_insights_window_fits_and_shows_every_chart(size: str, tmp_path: Path) -> None:
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
        result = subprocess.run(
            [sys.executable, "-m", "tests.e2e.insights_screens", str(tmp_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=150,
            check=False,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    width, height = report["screen"]
    x, y, w, h = report["dialog"]
    assert x >= 0
    assert y >= 0
    assert x + w <= width
    assert y + h <= height
    assert report["columns"] == 2
    assert set(report["charts_with_data"]) >= CHARTS
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for part in ("", "-middle", "-bottom"):
        shot = tmp_path / f"insights-{size}{part}.png"
        assert _distinct_colours(shot) > 40, shot
        shutil.copyfile(shot, ARTIFACTS / shot.name)
