"""`nextmove export` starts without the GUI toolkit or the ORM: a read needs neither."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from nextmove.domain.application import ApplicationData
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.database import DataPaths, open_database

_RUN = """
import runpy, sys
sys.argv = ["nextmove", "--data-dir", sys.argv[1], "export", sys.argv[2]]
try:
    runpy.run_module("nextmove", run_name="__main__")
except SystemExit as done:
    print("exit", done.code)
print("loaded", sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "sqlalchemy"}))
"""


def test_export_runs_without_qt_or_sqlalchemy_and_writes_the_file(tmp_path: Path) -> None:
    from datetime import date

    data = tmp_path / "data"
    database = open_database(DataPaths(data))
    ApplicationRepository(database).add(
        ApplicationData(" Acme", "=Dev", notes="line one\nline two"), date(2026, 11, 26)
    )
    database.close()
    out = tmp_path / "out.csv"
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(data), str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.splitlines()[-2:] == ["exit 0", "loaded []"], done.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert "\n Acme,'=Dev," in text  # the leading space kept, the formula quoted
    assert '"line one\nline two"' in text
