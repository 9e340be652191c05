"""How big the installers are and how fast the frozen app starts, against the app from source.

    python tests/benchmarks/package.py [--runs 5] [--dist DIR]

Builds everything with `packaging/build.py` (the release settings: xz .deb, gzip tarball) into
a temporary folder, or measures an existing `--dist` folder. Prints a table and, as its last
line, one JSON object:

- bundle_mb: the onedir folder `dist/nextmove` (MiB, files counted once, symlinks not followed);
- deb_mb, targz_mb: the .deb and the .tar.gz (MiB);
- frozen_startup_s: the bundle's `nextmove`, process start to the table painted with its first
  rows (NEXTMOVE_REPORT_FIRST_PAINT, see nextmove/ui/tracker/paint_probe.py), median of runs;
- source_startup_s: the same with `python -m nextmove` from the source tree, same data folder
  (1,000 applications, three events each);
- frozen_over_source: frozen_startup_s / source_startup_s.

Targets (the issue's budgets): bundle_mb <= 150, deb_mb and targz_mb <= 60,
frozen_startup_s <= 1.2 x source_startup_s. Both apps run offscreen, one after the other in
each round so that load on the machine hits both alike; one unmeasured warm-up run each.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from tests.benchmarks.tracker_data import build_database  # noqa: E402

MIB = 1024 * 1024
TARGETS = {"bundle_mb": 150.0, "deb_mb": 60.0, "targz_mb": 60.0}


def folder_mib(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / MIB


def build(dist: Path, work: Path) -> None:
    script = ROOT / "packaging" / "build.py"
    subprocess.run(
        [sys.executable, str(script), "--dist", str(dist), "--work", str(work)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["NEXTMOVE_REPORT_FIRST_PAINT"] = "1"
    return env


def first_rows_s(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning `command` to its report of the table painted with rows."""
    start = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == "first_rows":
            return float(parts[1]) - start
    raise RuntimeError(f"{command[0]} reported no first_rows ({done.returncode}): {done.stderr}")


def startup(bundle: Path, data_dir: Path, runs: int) -> tuple[float, float]:
    frozen = [str(bundle / "nextmove"), "--data-dir", str(data_dir)]
    source = [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir)]
    source_env = {**child_env(), "PYTHONPATH": str(ROOT / "desktop")}
    first_rows_s(frozen, child_env())  # warm-ups: file cache, .pyc files
    first_rows_s(source, source_env)
    frozen_s, source_s = [], []
    for _ in range(runs):
        frozen_s.append(first_rows_s(frozen, child_env()))
        source_s.append(first_rows_s(source, source_env))
    return statistics.median(frozen_s), statistics.median(source_s)


def main() -> None:
    parser = argparse.ArgumentParser(description="Installer sizes and frozen startup time.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dist", type=Path, help="measure this dist/ instead of building")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nextmove-package-bench-") as tmp:
        dist = args.dist
        if dist is None:
            dist = Path(tmp) / "dist"
            started = time.monotonic()
            build(dist, Path(tmp) / "work")
            print(f"build: {time.monotonic() - started:.0f} s")
        bundle = dist / "nextmove"
        (deb,) = dist.glob("nextmove_*.deb")
        (targz,) = dist.glob("nextmove-*-linux-*.tar.gz")
        data_dir = Path(tmp) / "data"
        build_database(data_dir, 1000)
        frozen_s, source_s = startup(bundle, data_dir, args.runs)
        result = {
            "bundle_mb": round(folder_mib(bundle), 1),
            "deb_mb": round(deb.stat().st_size / MIB, 1),
            "targz_mb": round(targz.stat().st_size / MIB, 1),
            "frozen_startup_s": round(frozen_s, 3),
            "source_startup_s": round(source_s, 3),
            "frozen_over_source": round(frozen_s / source_s, 2),
        }
    for key, value in result.items():
        target = TARGETS.get(key)
        if key == "frozen_over_source":
            target = 1.2
        verdict = "" if target is None else ("  ok" if value <= target else "  OVER BUDGET")
        limit = "" if target is None else f" (target <= {target:g})"
        print(f"{key:>20}: {value}{limit}{verdict}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
