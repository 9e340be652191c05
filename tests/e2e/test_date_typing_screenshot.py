"""A date being typed in the real window under a real X server, photographed.

The app is built on a data folder with realistic applications, the New Application dialog is
opened and "3 oct" is typed key by key into "Applied on"; the whole screen is then grabbed while
the field says what the text will be read as. The picture is saved under the test's tmp_path
and in artifacts/screenshots/ for people to look at.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.tracker_data import build_database
from tests.xserver import private_display

pytestmark = [pytest.mark.xvfb, pytest.mark.timeout(120)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

TYPE_AND_GRAB = """
import sys
from pathlib import Path
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from nextmove.app import build

app = QApplication(sys.argv[:1])
QLocale.setDefault(QLocale("en_GB"))
window = build(Path(sys.argv[1]))
window.resize(1200, 720)
window.show()
QTest.qWaitForWindowExposed(window)
window.action("action_new_application").trigger()
dialog = window.editing.dialog
QTest.qWaitForWindowExposed(dialog)
QTest.keyClicks(dialog.company, "Northwind Health")
QTest.keyClicks(dialog.role, "Senior Data Analyst")
edit = dialog.findChild(QLineEdit, "field_applied_on_text")
edit.setFocus()
QTest.keyClicks(edit, "3 oct", delay=40)
QTest.qWait(400)
hint = dialog.applied_on.hint.text()
if not QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[2]):
    sys.exit("could not save the screenshot")
print(hint)
dialog.ask = lambda *args: 0
dialog.reject()
window.close()
"""


def test_a_date_being_typed_shows_what_it_reads_as(tmp_path: Path) -> None:
    data = tmp_path / "data"
    build_database(data, 30, seed=5)
    home = tmp_path / "home"
    home.mkdir()
    shot = tmp_path / "date-typing.png"
    with private_display() as display:
        env = dict(os.environ)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home), LANG="en_GB.UTF-8")
        done = subprocess.run(
            [sys.executable, "-c", TYPE_AND_GRAB, str(data), str(shot)],
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().startswith("Reads as Saturday 03 Oct"), done.stdout
    assert shot.stat().st_size > 10_000
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / shot.name).write_bytes(shot.read_bytes())
