"""A power cut mid-wizard: a child process answers pages 1-3, is SIGKILLed on page 4, and a
new process resumes on page 4 with every answer.

Run as a module with `--drive DATA_DIR` it is that child.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _drive(data_dir: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from nextmove.app import build
    from nextmove.ui.wizard.controller import WizardController
    from tests.gui.wizard_helpers import add_interviewed_application, drive_to

    app = QApplication([])
    window = build(data_dir)
    window.show()
    assert window.context is not None
    app_id = add_interviewed_application(window.context.database)
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None
    wizard = controller.open_for(app_id)
    assert wizard is not None
    drive_to(wizard, 3)
    assert wizard.currentId() == 4
    # Typed on page 4 but never left: a crash may lose this, nothing before it.
    wizard.currentPage().went_well.setPlainText("unsaved")  # type: ignore[attr-defined]
    print("READY", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_process_resumes_on_page_four_with_pages_one_to_three_answered(
    qtbot: Any, data_dir: Path
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.test_wizard_resume_killed", "--drive", str(data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "READY", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL

    from nextmove.app import build
    from nextmove.ui.wizard.controller import WizardController
    from tests.gui.conftest import ImmediatePool

    window = build(data_dir, pool=ImmediatePool())
    qtbot.addWidget(window)
    try:
        controller = window.findChild(WizardController, "wizard_controller")
        assert controller is not None
        [summary] = controller.service.unfinished()
        wizard = controller.open_for(summary.application_id)
        assert wizard is not None
        assert wizard.currentId() == 4
        one: Any = wizard.page(1)
        assert one.reason.toPlainText() == "They chose someone with more SQL experience."
        assert one.contact_name.text() == "Sam Rivera"
        assert wizard.page(2).none.isChecked()  # type: ignore[attr-defined]
        assert wizard.findChild(object, "stage_score_0").value() == 5
        assert wizard.findChild(object, "stage_note_3").text() == "Froze on the SQL question"
        wizard.close()
    finally:
        window.close()
        assert window.context is not None
        window.context.database.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--drive"]:
        _drive(Path(sys.argv[2]))
