"""Kill a writer with SIGKILL at random moments: no acknowledged commit is ever lost.

Each writer commits up to 1,000 single-row transactions through the app's engine (WAL,
synchronous=NORMAL) and prints each id once its commit returns. After every kill, each
acknowledged id must be in the file and `PRAGMA integrity_check` must say ok.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nextmove.storage.database import DataPaths, open_database

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
TRANSACTIONS = 1000

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX")


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    paths = DataPaths(tmp_path / "data")
    open_database(paths).close()
    return paths.database


@pytest.fixture
def spawner(database_path: Path) -> Iterator[subprocess.Popen[str]]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "desktop"), str(ROOT)]))
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(database_path), str(TRANSACTIONS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    yield process
    process.kill()
    process.communicate(timeout=10)


def _kill_one_writer(spawner: subprocess.Popen[str], rng: random.Random) -> set[int]:
    """Start a writer, let it acknowledge a random number of commits, kill it mid-stream."""
    assert spawner.stdin is not None
    assert spawner.stdout is not None
    spawner.stdin.write("spawn\n")
    spawner.stdin.flush()
    ready = spawner.stdout.readline().split()
    assert ready[0] == "ready", ready
    wanted = rng.randrange(0, 150)
    acked: set[int] = set()
    line = ""
    while len(acked) < wanted:
        line = spawner.stdout.readline()
        if not line.startswith("ack "):
            break
        acked.add(int(line.split()[1]))
    if rng.random() < 0.5:
        time.sleep(rng.random() * 0.002)  # land inside the next commit, not between two
    os.kill(int(ready[1]), signal.SIGKILL)
    while not line.startswith("exit "):
        line = spawner.stdout.readline()
        if line.startswith("ack "):
            acked.add(int(line.split()[1]))
        assert line, "the spawner died"
    status = int(line.split()[1])
    assert os.WIFSIGNALED(status), "the writer finished before it was killed"
    assert os.WTERMSIG(status) == signal.SIGKILL
    return acked


def _check(path: Path, acknowledged: set[int]) -> None:
    connection = sqlite3.connect(path)  # a normal open: recovers the WAL as the app would
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {row[0] for row in connection.execute("SELECT id FROM application")}
    finally:
        connection.close()
    missing = acknowledged - present
    assert not missing, f"{len(missing)} acknowledged commits lost, e.g. {sorted(missing)[:5]}"


def _run(path: Path, spawner: subprocess.Popen[str], kills: int, seed: int) -> None:
    rng = random.Random(seed)
    acknowledged: set[int] = set()
    for _ in range(kills):
        acknowledged |= _kill_one_writer(spawner, rng)
        _check(path, acknowledged)
    assert len(acknowledged) > kills  # the kills really landed among commits


def test_sigkill_never_loses_an_acknowledged_commit(
    database_path: Path, spawner: subprocess.Popen[str]
) -> None:
    _run(database_path, spawner, kills=40, seed=20261126)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_sigkill_many_times(database_path: Path, spawner: subprocess.Popen[str]) -> None:
    _run(database_path, spawner, kills=300, seed=int(time.time()))
