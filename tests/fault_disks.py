"""Real faulty disks for fault tests: a small disk that fills up, a read-only folder or file.

A full disk is a small tmpfs (needs root, as on these machines; the tests skip otherwise).
A read-only folder or file is a read-only bind mount as root (a mode change does not stop
root), or a plain mode change for anyone else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> bool:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    return result.returncode == 0


@contextmanager
def small_disk(folder: Path, size_kb: int = 512) -> Iterator[Path]:
    """A real file system of `size_kb` mounted at `folder` for the test's length."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    folder.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(folder)):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(folder: Path, leave_bytes: int = 16 * 1024) -> None:
    """Take the disk's free space down to about `leave_bytes`."""
    free = shutil.disk_usage(folder).free
    with (folder / "filler").open("wb") as stream:
        chunk = b"\0" * 4096
        for _ in range(max(free - leave_bytes, 0) // len(chunk)):
            stream.write(chunk)
    assert shutil.disk_usage(folder).free <= leave_bytes + 8192


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """`path` (a folder or a file) read-only for this process and its children."""
    if os.name != "posix":
        pytest.skip("POSIX only")
    if os.geteuid() != 0:
        everything = [path, *path.rglob("*")] if path.is_dir() else [path]
        modes = {p: p.stat().st_mode for p in everything}
        for p, mode in modes.items():
            p.chmod(mode & ~0o222)
        try:
            yield path
        finally:
            for p, mode in reversed(modes.items()):
                p.chmod(mode)
        return
    if not _run("mount", "--bind", str(path), str(path)):
        pytest.skip("cannot bind-mount here")
    try:
        if not _run("mount", "-o", "remount,bind,ro", str(path), str(path)):
            pytest.skip("cannot remount read-only here")
        assert not os.access(path, os.W_OK)
        yield path
    finally:
        _run("umount", "-l", str(path))
