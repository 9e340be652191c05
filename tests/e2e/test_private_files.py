"""Every file the app keeps is 0600 and every folder 0700, whatever the umask, old backups
included: under umask 000 the lock and clean-shutdown.json were 0666, and backups made before
the rule kept 0644."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from nextmove.storage.backups import DAILY, backup_name, create_backup
from nextmove.storage.database import DataPaths, open_database
from nextmove.storage.holder import HOLDER_NAME

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _modes(root: Path) -> dict[str, int]:
    return {
        str(path.relative_to(root)): path.stat().st_mode & 0o777
        for path in [root, *root.rglob("*")]
    }


def _loosen_with_an_old_backup(paths: DataPaths) -> None:
    open_database(paths).close()
    made = create_backup(paths.database, paths.backups, DAILY)
    old = paths.backups / backup_name(DAILY, datetime(2025, 1, 2, 3, 4, 5))
    shutil.copyfile(made.path, old)
    for path in [made.path, old, paths.database, paths.clean_marker]:
        path.chmod(0o644)
    paths.backups.chmod(0o755)
    paths.root.chmod(0o755)


def test_the_window_keeps_every_file_private_under_umask_000(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    _loosen_with_an_old_backup(paths)
    app = subprocess.Popen(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        preexec_fn=lambda: os.umask(0),
    )
    try:
        deadline = time.monotonic() + 30
        while not (data_dir / HOLDER_NAME).exists() or paths.clean_marker.exists():
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the app never opened its data"
            time.sleep(0.05)
        time.sleep(0.5)  # the database opens after the first frame
        running = _modes(data_dir)
    finally:
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=30)
    assert app.returncode == 0, err

    assert running["nextmove.lock"] == 0o600
    assert running[HOLDER_NAME] == 0o600
    after = _modes(data_dir)
    assert after.pop(".") == 0o700
    assert after.pop("backups") == 0o700
    assert "clean-shutdown.json" in after
    assert len([name for name in after if name.startswith("backups/")]) >= 2
    assert {name: mode for name, mode in after.items() if mode != 0o600} == {}


def test_a_writing_command_keeps_every_file_private_under_umask_000(
    tmp_path: Path, data_dir: Path
) -> None:
    paths = DataPaths(data_dir)
    _loosen_with_an_old_backup(paths)
    csv = tmp_path / "one.csv"
    csv.write_text("Company,Role\nCLI Co,Dev\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir), "import", str(csv)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=lambda: os.umask(0),
    )
    assert (result.returncode, result.stderr) == (0, "")
    after = _modes(data_dir)
    assert after.pop(".") == 0o700
    assert after.pop("backups") == 0o700
    assert {name: mode for name, mode in after.items() if mode != 0o600} == {}


def test_a_database_made_read_only_by_its_owner_is_not_made_writable(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    paths.database.chmod(0o400)
    paths.root.chmod(0o755)
    subprocess.run(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir), "export", "-"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert paths.database.stat().st_mode & 0o777 == 0o400  # still the owner's choice
    assert paths.root.stat().st_mode & 0o777 == 0o700  # while others lost their access
