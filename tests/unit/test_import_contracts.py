"""The layering is a test, so every run of the suite (and `.ci/run`) keeps it: import-linter
checks the contracts in pyproject.toml ([tool.importlinter])."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_contracts_hold() -> None:
    # The `lint-imports` command, run the same way on every system (no script path to find).
    code = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"
    result = subprocess.run(
        [sys.executable, "-c", code, "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_window_and_the_command_line_do_not_import_each_other() -> None:
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"nextmove.ui | nextmove.cli"' in config
