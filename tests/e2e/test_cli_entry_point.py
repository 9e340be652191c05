"""`nextmove-cli`: the command line as a console script, so it prints on Windows too (a GUI
script there has no console); with no command it prints its help instead of opening the app."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest


def test_both_entry_points_are_declared() -> None:
    console = {e.name: e.value for e in entry_points(group="console_scripts")}
    gui = {e.name: e.value for e in entry_points(group="gui_scripts")}
    assert console.get("nextmove-cli") == "nextmove.__main__:cli_main"
    assert gui.get("nextmove") == "nextmove.__main__:main"


def _script() -> Path:
    folder = Path(sys.executable).parent
    script = folder / ("nextmove-cli.exe" if os.name == "nt" else "nextmove-cli")
    if not script.exists():
        pytest.skip("nextmove-cli is not installed in this environment (python3 dev.py setup)")
    return script


def test_nextmove_cli_prints_help_and_runs_commands(tmp_path: Path) -> None:
    script = _script()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run(
        [str(script)], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert shown.returncode == 0
    assert shown.stdout.startswith("usage: nextmove")
    version = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert version.returncode == 0
    assert version.stdout.strip()
    out = tmp_path / "all.csv"
    exported = subprocess.run(
        [str(script), "--data-dir", str(tmp_path / "data"), "export", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert exported.returncode == 0, exported.stderr
    assert out.exists()
