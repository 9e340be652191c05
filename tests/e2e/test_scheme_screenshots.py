"""The main window, two wizard pages and Insights in the light and the dark scheme, in a real X
server (Xvfb), switched live through Preferences › Appearance; saved to
artifacts/screenshots/schemes/ for a person to look at.

Run as a module with `--shoot OUT_DIR DATA_DIR` it is the child that takes them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots" / "schemes"
NAMES = ["main_window", "wizard_3", "wizard_7", "insights"]


def _shoot(out: Path, data_dir: Path) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QComboBox

    from nextmove.app import build
    from nextmove.domain.application import ApplicationData
    from nextmove.domain.status import Status
    from nextmove.storage.applications import ApplicationRepository
    from nextmove.storage.database import DataPaths, open_database
    from nextmove.ui.preferences_dialog import PreferencesDialog
    from nextmove.ui.wizard.controller import WizardController
    from nextmove.ui.wizard.insights_dialog import InsightsDialog
    from tests.e2e.insights_screens import seed
    from tests.gui.wizard_helpers import add_interviewed_application, click_next, fill_page

    today = date.today()
    database = open_database(DataPaths(data_dir))
    seed(database, today)
    repo = ApplicationRepository(database)
    for company, due, status in (
        ("Northwind", today - timedelta(days=3), Status.INTERVIEWING),
        ("Contoso", today, Status.SCREENING),
        ("Fabrikam", today + timedelta(days=4), Status.OFFER),
        ("Initech", None, Status.ACCEPTED),
        ("Umbrella", None, Status.WISHLIST),
    ):
        repo.add(
            ApplicationData(company, "Backend Engineer", status, next_action_on=due,
                            next_action="Send portfolio" if due else ""),
            today=today,
        )  # fmt: skip
    # One rejection per scheme: a wizard reopens its draft where it was left.
    rejected = {s: add_interviewed_application(database, f"Żabka {s}") for s in ("light", "dark")}
    database.close()

    app = QApplication([])
    window = build(data_dir)
    window.resize(1280, 760)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.select_application(rejected["light"])
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    for scheme in ("light", "dark"):
        window.findChild(QAction, "action_preferences").trigger()
        dialog = window.findChild(PreferencesDialog, "preferences_dialog")
        combo = dialog.findChild(QComboBox, "pref_appearance")
        combo.setCurrentIndex(combo.findData(scheme))
        dialog.close()
        QTest.qWait(200)
        window.grab().save(str(out / f"{scheme}_main_window.png"))
        wizard = controller.open_for(rejected[scheme])
        assert wizard is not None
        QTest.qWaitForWindowExposed(wizard)
        while wizard.currentId() < 7:
            fill_page(wizard)
            if wizard.currentId() == 3:
                QTest.qWait(100)
                wizard.grab().save(str(out / f"{scheme}_wizard_3.png"))
            click_next(wizard)
        fill_page(wizard)
        QTest.qWait(100)
        wizard.grab().save(str(out / f"{scheme}_wizard_7.png"))
        wizard.close()
        insights = InsightsDialog(controller.service, window)
        insights.resize(1200, 740)
        insights.show()
        QTest.qWaitForWindowExposed(insights)
        QTest.qWait(1500)
        insights.grab().save(str(out / f"{scheme}_insights.png"))
        insights.close()
    app.quit()


def _mean_lightness(path: Path) -> float:
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    values = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(0, image.width(), 9)
        for y in range(0, image.height(), 9)
    ]
    return sum(values) / len(values)


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb")
def test_both_schemes_are_captured_and_dark_is_dark(data_dir: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("*.png"):
        old.unlink()
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x800x24", sys.executable, "-m",
         "tests.e2e.test_scheme_screenshots", "--shoot", str(SHOTS), str(data_dir)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=150,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    for name in NAMES:
        light, dark = SHOTS / f"light_{name}.png", SHOTS / f"dark_{name}.png"
        assert light.stat().st_size > 5000, light.name
        assert _mean_lightness(light) > 170, name
        assert _mean_lightness(dark) < 90, name


if __name__ == "__main__":
    if sys.argv[1:2] == ["--shoot"]:
        _shoot(Path(sys.argv[2]), Path(sys.argv[3]))
        os._exit(0)
