"""Build the app once per test session, then install the .deb the way dpkg would on a user's box.

The .deb is installed with dpkg itself into a private root (`dpkg --root`), for every user and
on every machine: it is a real dpkg install (package database, file list, removal) that needs
no root, cannot race another test run for the system's dpkg lock, and leaves nothing behind in
/opt or /usr.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 420


@dataclass(frozen=True)
class Build:
    dist: Path
    bundle: Path
    deb: Path


@dataclass(frozen=True)
class Installed:
    root: Path  # the private root the .deb was installed into
    launcher: Path  # <root>/usr/bin/nextmove

    def dpkg(self, *args: str) -> subprocess.CompletedProcess[str]:
        return dpkg_in(self.root, *args)


def dpkg_in(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            "dpkg",
            f"--root={root}",
            "--force-not-root",
            "--force-depends",
            "--log=/dev/null",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def install_deb(deb: Path, root: Path) -> Installed:
    """`dpkg -i` into `root`, with a fresh, empty package database there."""
    admin = root / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True, exist_ok=True)
    for name in ("status", "available"):
        (admin / name).touch()
    result = dpkg_in(root, "-i", str(deb))
    assert result.returncode == 0, result.stdout + result.stderr
    return Installed(root=root, launcher=root / "usr" / "bin" / "nextmove")


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    """The bundle and the .deb, built by the documented command into a temporary folder."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None:
        pytest.skip("the .deb is built and installed on Debian-family Linux")
    base = tmp_path_factory.mktemp("build")
    dist, work = base / "dist", base / "work"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
            "--fast",
            "--skip-targz",
        ],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    debs = sorted(dist.glob("nextmove_*.deb"))
    assert len(debs) == 1, sorted(p.name for p in dist.iterdir())
    shutil.rmtree(work, ignore_errors=True)
    yield Build(dist=dist, bundle=dist / "nextmove", deb=debs[0])
    shutil.rmtree(base, ignore_errors=True)  # ~200 MB: not worth keeping after the session


@pytest.fixture(scope="session")
def installed(build: Build, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("installed-root")
    yield install_deb(build.deb, root)
    shutil.rmtree(root, ignore_errors=True)
