"""A writing command refused because another command, not the window, holds the folder is
told so: "Next Move is open on this data folder" sent people looking for a window that was
not there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from nextmove.storage.database import DataPaths, open_database
from nextmove.storage.holder import HOLDER_NAME
from tests.lock_holders import command_holding
from tests.storage.helpers import companies


def _nextmove(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_command_holding_the_folder_is_named_as_a_command(tmp_path: Path, data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    csv = tmp_path / "one.csv"
    csv.write_text("Company,Role\nCLI Co,Dev\n", encoding="utf-8")

    with command_holding(data_dir) as holder:
        refused = _nextmove(data_dir, "import", csv)
        exported = _nextmove(data_dir, "export", "-")  # reading still works alongside
        assert (data_dir / HOLDER_NAME).stat().st_mode & 0o777 == 0o600
        assert paths.lock.stat().st_mode & 0o777 == 0o600

    assert refused.returncode == 1
    assert refused.stderr == (
        "nextmove: another Next Move command (nextmove accounts add) is using this data "
        "folder; wait for it to finish, then try again\n"
    )
    assert (exported.returncode, exported.stderr) == (0, "")
    assert holder.returncode == 1  # given no password, it added nothing
    assert not (data_dir / HOLDER_NAME).exists()  # the holder cleared its record on the way out
    after = _nextmove(data_dir, "import", csv)
    assert (after.returncode, after.stderr) == (0, "")
    assert companies(paths.database) == ["CLI Co"]
