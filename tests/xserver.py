"""A private X server (Xvfb) for tests that open a real window, and a whole-screen grab."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# Saves the whole X screen (window id 0 is the root window) to the path given, with Qt from
# the test's own environment, so no screenshot tool needs installing.
GRAB_SCREEN = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
if not app.primaryScreen().grabWindow(0).save(sys.argv[1]):
    sys.exit("could not save the screenshot")
"""


@contextmanager
def private_display(size: str = "1280x800") -> Iterator[str]:
    """Start Xvfb with a screen of `size` (1280x800 unless told); yields its DISPLAY (skips
    the test without Xvfb)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def grab_screen(display: str, target: Path) -> None:
    """Save the whole X screen of `display` as a PNG at `target`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    subprocess.run(
        [sys.executable, "-c", GRAB_SCREEN, str(target)], env=env, check=True, timeout=60
    )


def launch_app(data: Path, display: str, home: Path) -> subprocess.Popen[str]:
    """Next Move from source on `display`, with its own HOME; it prints "ready" on stdout once
    its first rows are painted and stays open until terminated."""
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        NEXTMOVE_REPORT_FIRST_PAINT="stay",
    )
    return subprocess.Popen(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
