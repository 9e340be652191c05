"""Faults of the disk and the data folder, through the real command line: one line in the
person's words, never SQL, parameters or library links, and nothing lost or left behind."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nextmove.storage.database import DataPaths, open_database
from tests.fault_disks import fill, read_only, small_disk
from tests.storage.helpers import add_applications, companies

LIBRARY_TEXT = (
    "[SQL",
    "SQL:",
    "parameters",
    "sqlalche.me",
    "Background on this error",
    "Traceback",
    "OperationalError",
    "(sqlite3.",
    "disk I/O error",
    "unexpected error",
)


def _nextmove(data_dir: Path, *args: str | Path, log_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=dict(os.environ, NEXTMOVE_LOG_DIR=str(log_dir)),
    )


def _one_plain_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.splitlines()
    assert result.returncode == 1, result
    assert len(lines) == 1, result.stderr
    for text in LIBRARY_TEXT:
        assert text not in lines[0], lines[0]
    return lines[0]


def _csv(path: Path, rows: int) -> Path:
    lines = ["Company,Role,Notes,Contact,Contact Email"]
    lines += [f"Import {i},Dev,{'n' * 300},Person {i},person{i}@example.org" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(path: Path) -> list[str]:
    """Companies, read without writing a byte (the disk may be full or read-only)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT company FROM application ORDER BY id")]
    finally:
        connection.close()


def test_a_full_disk_during_an_import_is_named_and_imports_nothing(tmp_path: Path) -> None:
    big = _csv(tmp_path / "many.csv", 3000)
    with small_disk(tmp_path / "disk", 768) as disk:
        paths = DataPaths(disk / "data")
        open_database(paths).close()
        add_applications(paths.database, 3)
        fill(disk, leave_bytes=128 * 1024)  # room to open, not to store 3,000 rows

        result = _nextmove(paths.root, "import", big, log_dir=tmp_path / "log")

        line = _one_plain_line(result)
        assert line == (
            f"nextmove: the disk is full, so nothing more can be saved in {paths.root}; free some "
            "space and try again (nothing was changed)"
        )
        assert "Import 1" not in result.stderr
        assert "example.org" not in result.stderr
        (disk / "filler").unlink()
        assert companies(paths.database) == ["Company 0", "Company 1", "Company 2"]
    log = (tmp_path / "log" / "nextmove.log").read_text(encoding="utf-8")
    assert "nextmove import failed" in log  # the details went to the log
    # The database's own words, whether the disk filled during an INSERT or at the commit.
    assert "OperationalError" in log
    assert "sqlite3.OperationalError" not in result.stderr
    assert "example.org" not in log  # and not the person's data
    assert "Import 1" not in log


def test_a_new_database_on_a_full_disk_is_named_and_leaves_no_file(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 256) as disk:
        fill(disk, leave_bytes=8 * 1024)
        data = disk / "data"
        for command in (["export", "-"], ["import", _csv(tmp_path / "one.csv", 1)]):
            result = _nextmove(data, *command, log_dir=tmp_path / "log")
            assert "the disk is full, so nothing more can be saved in" in _one_plain_line(result)
            assert "; free some space" in result.stderr
            assert [p.name for p in data.iterdir()] == [], command


def test_a_folder_where_the_database_should_be_is_named(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "nextmove.sqlite3").mkdir(parents=True)
    for command in (["export", "-"], ["import", _csv(tmp_path / "one.csv", 1)], ["backup"]):
        result = _nextmove(data, *command, log_dir=tmp_path / "log")
        line = _one_plain_line(result)
        where = data / "nextmove.sqlite3"
        assert line.startswith(
            f"nextmove: there is a folder where the database should be ({where})"
        ), command
    assert (data / "nextmove.sqlite3").is_dir()


def test_an_unknown_revision_is_named_and_makes_no_backup_on_each_start(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    open_database(paths).close()
    add_applications(paths.database, 2)
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001zz'")
    connection.close()

    for command in (["export", "-"], ["import", _csv(tmp_path / "one.csv", 1)], ["export", "-"]):
        line = _one_plain_line(_nextmove(paths.root, *command, log_dir=tmp_path / "log"))
        assert line == (
            f"nextmove: the data in {paths.root} is in a format this version of Next Move does "
            "not know (revision 0001zz); open it with the version that saved it, or restore a "
            "backup (nothing was changed)"
        )
    before_upgrade = list(paths.backups.glob("*before-upgrade*")) if paths.backups.exists() else []
    assert len(before_upgrade) <= 1
    assert companies(paths.database) == ["Company 0", "Company 1"]


def _account_args() -> list[str]:
    return [
        "accounts", "add", "--name", "Work", "--from", "me@example.com", "--host",
        "127.0.0.1", "--port", "587", "--security", "starttls", "--username", "me",
        "--password-stdin",
    ]  # fmt: skip


def test_reading_commands_work_on_a_read_only_folder_and_writing_ones_say_so(
    tmp_path: Path,
) -> None:
    paths = DataPaths(tmp_path / "data")
    open_database(paths).close()
    add_applications(paths.database, 2)
    log = tmp_path / "log"
    with read_only(paths.root):
        exported = _nextmove(paths.root, "export", tmp_path / "out.csv", log_dir=log)
        to_stdout = _nextmove(paths.root, "export", "-", log_dir=log)
        accounts = _nextmove(paths.root, "accounts", "list", log_dir=log)
        outbox = _nextmove(paths.root, "outbox", "list", log_dir=log)
        imported = _nextmove(paths.root, "import", _csv(tmp_path / "one.csv", 1), log_dir=log)
        backed_up = _nextmove(paths.root, "backup", log_dir=log)
        assert _read(paths.database) == ["Company 0", "Company 1"]

    assert (exported.returncode, exported.stderr) == (0, "")
    assert "Company 1" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert (to_stdout.returncode, to_stdout.stderr) == (0, "")
    assert "Company 0" in to_stdout.stdout
    assert (accounts.returncode, accounts.stderr) == (0, "")
    assert (outbox.returncode, outbox.stderr) == (0, "")
    read_only_line = f"nextmove: the data folder {paths.root} is read-only, so nothing can be"
    assert _one_plain_line(imported).startswith(read_only_line)
    assert _one_plain_line(backed_up).startswith(read_only_line)
    assert companies(paths.database) == ["Company 0", "Company 1"]


def test_reading_commands_work_on_a_read_only_database_file(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    open_database(paths).close()
    add_applications(paths.database, 2)
    log = tmp_path / "log"
    with read_only(paths.database):
        exported = _nextmove(paths.root, "export", "-", log_dir=log)
        imported = _nextmove(paths.root, "import", _csv(tmp_path / "one.csv", 1), log_dir=log)

    assert (exported.returncode, exported.stderr) == (0, "")
    assert "Company 1" in exported.stdout
    assert _one_plain_line(imported) == (
        f"nextmove: the database file {paths.database} is read-only, so nothing can be changed "
        "in it; make it writable"
    )
    assert companies(paths.database) == ["Company 0", "Company 1"]


@pytest.mark.parametrize("command", [["export", "-"], ["accounts", "list"]])
def test_a_missing_database_in_a_read_only_folder_is_said_plainly(
    tmp_path: Path, command: list[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    with read_only(data):
        result = _nextmove(data, *command, log_dir=tmp_path / "log")
    assert _one_plain_line(result) == f"nextmove: there is no Next Move database in {data}"
