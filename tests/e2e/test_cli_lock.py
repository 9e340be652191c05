"""Commands that change the data refuse while the app is open on the same folder.

The window keeps its rows and its undo history in memory; an import behind its back left it
showing stale rows and later undoing onto ids the import had taken. Read-only commands keep
working next to it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile

from nextmove.storage.database import DataPaths, open_database
from tests.storage.helpers import add_applications, companies

OPEN_START = "nextmove: Next Move is open on this data folder; close it first"


def _refused(result: subprocess.CompletedProcess[str]) -> bool:
    """Refused in one line, with no advice that belongs to another command."""
    lines = result.stderr.splitlines()
    return result.returncode == 1 and len(lines) == 1 and lines[0].startswith(OPEN_START)


def _nextmove(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _held(lock_path: Path) -> bool:
    probe = QLockFile(str(lock_path))
    probe.setStaleLockTime(0)
    if probe.tryLock(0):
        probe.unlock()
        return False
    return True


def _wait_until_held(lock_path: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while not _held(lock_path):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the app never locked its data folder"
        time.sleep(0.05)


def _one_csv(tmp_path: Path) -> Path:
    path = tmp_path / "one.csv"
    path.write_text("Company,Role\nCLI Co,Dev\n", encoding="utf-8")
    return path


def test_writing_commands_refuse_while_the_app_is_open_and_reading_ones_work(
    tmp_path: Path, data_dir: Path
) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    add_applications(paths.database, 2)
    app = subprocess.Popen(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    try:
        _wait_until_held(paths.lock, app)

        imported = _nextmove(data_dir, "import", _one_csv(tmp_path))
        dry_run = _nextmove(data_dir, "import", "--dry-run", _one_csv(tmp_path))
        removed = _nextmove(data_dir, "accounts", "remove", "Work")
        exported = _nextmove(data_dir, "export", tmp_path / "out.csv")
        backed_up = _nextmove(data_dir, "backup")
    finally:
        app.send_signal(signal.SIGTERM)
        _out, app_err = app.communicate(timeout=30)

    assert _refused(imported)
    assert "File › Import CSV…" in imported.stderr  # each refusal names its own way in the app
    assert imported.stdout == ""
    assert (dry_run.returncode, dry_run.stderr) == (0, "")  # a dry run changes nothing
    assert _refused(removed)
    assert "Import CSV" not in removed.stderr  # removing an account is not an import
    assert "Mail › Mail Accounts…" in removed.stderr
    assert companies(paths.database) == ["Company 0", "Company 1"]
    assert (exported.returncode, exported.stderr) == (0, "")
    assert "Company 1" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert (backed_up.returncode, backed_up.stderr) == (0, "")
    assert app.returncode == 0, app_err
    assert "Fatal" not in app_err

    # Once the app has closed, the same import goes through.
    after = _nextmove(data_dir, "import", _one_csv(tmp_path))
    assert (after.returncode, after.stderr) == (0, "")
    assert companies(paths.database) == ["Company 0", "Company 1", "CLI Co"]


def test_a_lock_left_by_a_killed_app_does_not_block_an_import(
    tmp_path: Path, data_dir: Path
) -> None:
    paths = DataPaths(data_dir)
    paths.create()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1])\n"
            "assert lock.tryLock(0)\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(paths.lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    assert _refused(_nextmove(data_dir, "import", _one_csv(tmp_path)))
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    holder.stdout.close()
    assert paths.lock.exists()  # left behind, as after a crash

    result = _nextmove(data_dir, "import", _one_csv(tmp_path))

    assert (result.returncode, result.stdout, result.stderr) == (0, "Imported 1 application\n", "")
    assert companies(paths.database) == ["CLI Co"]
    assert not _held(paths.lock)


def test_a_data_dir_that_is_a_file_is_called_a_file(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    for command in (["import", str(_one_csv(tmp_path))], ["export", str(tmp_path / "o.csv")]):
        result = _nextmove(a_file, *command)
        assert result.returncode == 1
        assert result.stderr.startswith(f"nextmove: {a_file} is a file, not a folder"), command
        assert "File exists" not in result.stderr
    assert a_file.read_text(encoding="utf-8") == "not a folder"
