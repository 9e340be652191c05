"""The command line as scripts and support use it: a real `python -m nextmove` process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from nextmove._version import __version__
from nextmove.storage.database import DataPaths, open_database
from tests.storage.helpers import add_applications, companies

ROOT = Path(__file__).resolve().parents[2]


def nextmove(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nextmove", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def _keyring_problem() -> str | None:
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        if backend.priority < 1:
            return "no Secret Service"
        backend.get_password("nextmove", "probe")
    except Exception as error:
        return type(error).__name__
    return None


def test_version() -> None:
    result = nextmove("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Next Move {__version__}"


def test_backup_prints_a_path_to_a_good_copy(data_dir: Path) -> None:
    open_database(DataPaths(data_dir)).close()
    add_applications(data_dir / "nextmove.sqlite3", 3)

    result = nextmove("--data-dir", str(data_dir), "backup")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    backup = Path(result.stdout.strip())
    assert backup.parent == data_dir / "backups"
    assert companies(backup) == ["Company 0", "Company 1", "Company 2"]


def test_backup_failure_is_one_line_and_exit_code_1(data_dir: Path) -> None:
    result = nextmove("--data-dir", str(data_dir), "backup")
    assert result.returncode == 1
    assert result.stderr == f"nextmove: there is no Next Move database in {data_dir}\n"
    assert result.stdout == ""


def test_usage_error_is_one_line_and_exit_code_2() -> None:
    result = nextmove("--no-such-option")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_backup_works_while_the_app_holds_the_folder_and_writes(data_dir: Path) -> None:
    """Read-only commands ignore the window's lock on purpose; SQLite keeps the copy consistent."""
    paths = DataPaths(data_dir)
    open_database(paths).close()
    lock = QLockFile(str(paths.lock))
    assert lock.tryLock(0)  # as if the window were open on this folder
    writer = subprocess.Popen(
        [sys.executable, str(ROOT / "tests/storage/crash_child.py"), str(paths.database), "3000"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "desktop"), str(ROOT)])),
    )
    assert writer.stdin is not None
    assert writer.stdout is not None
    writer.stdin.write("spawn\n")
    writer.stdin.flush()
    assert writer.stdout.readline().startswith("ready")
    for _ in range(20):  # the writer is committing
        assert writer.stdout.readline().startswith("ack")

    result = nextmove("--data-dir", str(data_dir), "backup")

    writer.stdin.close()
    writer.stdout.close()
    writer.kill()
    writer.wait(timeout=10)
    lock.unlock()
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(result.stdout.strip())
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT count(*) FROM application").fetchone()[0] >= 20
    finally:
        connection.close()


def test_self_test_passes_and_prints_one_line_per_check() -> None:
    result = nextmove("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test: 7 of 7 checks passed"
    assert all(line.startswith("ok   ") for line in lines[:-1])
    names = [line[5:].split(":")[0] for line in lines[:-1]]
    assert names == [
        "qt platform",
        "language",
        "database and main window",
        "backup and restore",
        "resources",
        "keyring backend",
        "tls certificates",
    ]


@pytest.mark.keyring
@pytest.mark.skipif(
    _keyring_problem() is not None,
    reason="needs a Secret Service keyring: run the suite with `python3 dev.py test`",
)
def test_self_test_round_trips_a_real_keyring() -> None:
    result = nextmove("--self-test", env=dict(os.environ, NEXTMOVE_SELFTEST_REQUIRE_KEYRING="1"))
    assert result.returncode == 0, result.stdout + result.stderr
    keyring_line = next(line for line in result.stdout.splitlines() if " keyring backend:" in line)
    assert "SecretService" in keyring_line
    assert "round trip ok" in keyring_line


def test_self_test_fails_when_a_secure_keyring_is_required_but_missing() -> None:
    env = dict(
        os.environ,
        NEXTMOVE_SELFTEST_REQUIRE_KEYRING="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    result = nextmove("--self-test", env=env)
    assert result.returncode == 1
    assert "FAIL keyring backend: RuntimeError: keyring.backends.fail.Keyring" in result.stdout
    assert result.stdout.splitlines()[-1] == "self-test: 6 of 7 checks passed"
