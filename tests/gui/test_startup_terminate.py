"""The real app, as a process: SIGTERM (logout, shutdown) closes it as Quit would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGTERM is POSIX")


def test_sigterm_saves_a_clean_shutdown_and_frees_the_folder(data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NEXTMOVE_REPORT_FIRST_PAINT", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    # The daily backup is made once the data is open and every feature attached.
    while not list((data_dir / "backups").glob("*-daily.sqlite3")):
        assert app.poll() is None, app.communicate()[1]
        assert time.monotonic() < deadline, "the app never finished opening its data"
        time.sleep(0.1)
    assert (data_dir / "nextmove.lock").exists()

    app.send_signal(signal.SIGTERM)
    _, stderr = app.communicate(timeout=30)

    assert app.returncode == 0, stderr
    assert (data_dir / "clean-shutdown.json").exists()
    assert not (data_dir / "nextmove.lock").exists()
    assert "Traceback" not in stderr
