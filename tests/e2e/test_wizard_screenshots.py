"""A screenshot of every wizard page (and the views after it) in a real X server (Xvfb),
saved to artifacts/screenshots/ for a person to look at.

Run as a module with `--shoot OUT_DIR DATA_DIR` it is the child that takes them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"


def _shoot(out: Path, data_dir: Path) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from nextmove.app import build
    from nextmove.ui.wizard.controller import WizardController
    from nextmove.ui.wizard.insights_dialog import InsightsDialog
    from nextmove.ui.wizard.reflections_dialog import ReflectionsDialog
    from nextmove.ui.wizard.template_editor import TemplateEditor
    from tests.gui.wizard_helpers import add_interviewed_application, click_next, fill_page

    app = QApplication([])
    window = build(data_dir)
    window.show()
    assert window.context is not None
    app_id = add_interviewed_application(window.context.database)
    other = add_interviewed_application(window.context.database, "Globex")
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    wizard = controller.open_for(app_id)
    assert wizard is not None
    QTest.qWaitForWindowExposed(wizard)
    while True:
        step = wizard.currentId()
        fill_page(wizard)
        if step == 9:
            page: Any = wizard.currentPage()
            page.add_button.click()
            wizard.findChild(object, "next_action_text_0").setText("Send my portfolio")
        QTest.qWait(50)
        name = f"wizard_{step}_{wizard.currentPage().objectName()}.png"
        wizard.grab().save(str(out / name))
        # The whole screen too: it shows whether the wizard and its buttons fit on it.
        wizard.screen().grabWindow(0).save(str(out / f"screen_{name}"))
        if step == 9:
            break
        click_next(wizard)
    reflection_id = wizard.reflection_id
    wizard.accept()
    report = controller.show_report(reflection_id)
    QTest.qWaitForWindowExposed(report)
    QTest.qWait(50)
    report.grab().save(str(out / "report.png"))
    insights = InsightsDialog(controller.service, window)
    insights.show()
    QTest.qWaitForWindowExposed(insights)
    QTest.qWait(50)
    insights.grab().save(str(out / "insights.png"))
    insights.close()
    report.close()
    controller.dock.show()
    window.applicationStatusChanged.emit(other, "rejected")
    QTest.qWait(50)
    window.grab().save(str(out / "main_window_goals_notice.png"))
    lists = ReflectionsDialog(controller.service, window)
    lists.show()
    QTest.qWaitForWindowExposed(lists)
    QTest.qWait(50)
    lists.grab().save(str(out / "reflections.png"))
    lists.close()
    editor = TemplateEditor(controller.templates, window)
    editor.show()
    QTest.qWaitForWindowExposed(editor)
    QTest.qWait(50)
    editor.grab().save(str(out / "template_editor.png"))
    app.quit()


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb")
@pytest.mark.parametrize("screen", ["1280x800", "1024x640"])
def test_every_page_is_captured_in_a_real_x_server(data_dir: Path, screen: str) -> None:
    shots = SHOTS if screen == "1280x800" else SHOTS / screen
    shots.mkdir(parents=True, exist_ok=True)
    for old in [*shots.glob("wizard_*.png"), *shots.glob("screen_wizard_*.png")]:
        old.unlink()
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {screen}x24",
            sys.executable,
            "-m",
            "tests.e2e.test_wizard_screenshots",
            "--shoot",
            str(shots),
            str(data_dir),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    pages = sorted(shots.glob("wizard_*.png"))
    assert [p.name.split("_", 2)[1] for p in pages] == [str(n) for n in range(1, 10)]
    others = ["report", "insights", "main_window_goals_notice", "reflections", "template_editor"]
    for path in [*pages, *(shots / f"{name}.png" for name in others)]:
        assert path.stat().st_size > 5000, f"{path.name} looks empty"


if __name__ == "__main__":
    if sys.argv[1:2] == ["--shoot"]:
        _shoot(Path(sys.argv[2]), Path(sys.argv[3]))
