"""A real `nextmove` command that holds a data folder's lock for as long as a test needs.

`nextmove accounts add --password-stdin` takes the folder's lock, then waits for the password
on standard input: until the test writes a line, it is a writing command at work.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from nextmove.storage.holder import HOLDER_NAME

ADD_ACCOUNT = [
    "accounts", "add", "--name", "Work", "--from", "me@example.com", "--host", "127.0.0.1",
    "--port", "587", "--security", "starttls", "--username", "me", "--password-stdin",
]  # fmt: skip


@contextmanager
def command_holding(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """`nextmove accounts add` holding `data_dir` until the block ends (then given no
    password, it adds nothing and releases the folder)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir), *ADD_ACCOUNT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not (data_dir / HOLDER_NAME).exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the command never took the folder"
            time.sleep(0.05)
        yield process
    finally:
        process.communicate(input="\n", timeout=30)
