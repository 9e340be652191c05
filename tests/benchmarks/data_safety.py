"""What data safety costs at 100,000 applications: startup checks, backup and restore.

`python tests/benchmarks/data_safety.py` builds a 100k-application file (three events each,
via tracker_data) and prints medians of 5 runs, the last line one JSON object:
- `quick_check_s_100k`: SQLite's quick_check on the whole file (what startup would pay);
- `open_clean_s_100k`: `open_database` after a clean shutdown (16-byte header check only);
- `open_after_crash_s_100k`: `open_database` with no clean-shutdown marker (quick_check runs);
- `backup_s_100k`: one checked backup (backup API copy + quick_check of the copy);
- `backup_pruned_s_100k`: the same with pruning, backups of every other kind present (pruning
  keeps the newest good backup of each kind, so it checks the newest of each);
- `restore_s_100k`: restoring that backup into the live file;
- `file_mb_100k`: the file's size.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]

from tests.benchmarks.tracker_data import build_database  # noqa: E402

from nextmove.storage.backups import (  # noqa: E402
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    DAILY,
    MANUAL,
    create_backup,
    restore_into,
)
from nextmove.storage.database import DataPaths, open_database  # noqa: E402

RUNS = 5


def median(run: Callable[[], None], before: Callable[[], None] | None = None) -> float:
    times = []
    for _ in range(RUNS):
        if before is not None:
            before()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 4)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="nextmove-bench-") as tmp:
        paths = DataPaths(Path(tmp) / "data")
        build_database(paths.root, 100_000)
        open_database(paths).close()  # leaves the clean-shutdown marker
        size_mb = round(paths.database.stat().st_size / 1e6, 1)

        def quick_check() -> None:
            connection = sqlite3.connect(paths.database)
            assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            connection.close()

        def open_close() -> None:
            open_database(paths).close()

        def forget_clean_shutdown() -> None:
            paths.clean_marker.unlink(missing_ok=True)

        backups = Path(tmp) / "bench-backups"
        results = {
            "file_mb_100k": size_mb,
            "quick_check_s_100k": median(quick_check),
            "open_clean_s_100k": median(open_close),
            "open_after_crash_s_100k": median(open_close, forget_clean_shutdown),
            "backup_s_100k": median(lambda: create_backup(paths.database, backups, MANUAL)),
        }
        kinds = Path(tmp) / "bench-kinds"
        for reason in (BEFORE_UPGRADE, BEFORE_RESTORE, MANUAL):
            create_backup(paths.database, kinds, reason)
        results["backup_pruned_s_100k"] = median(
            lambda: create_backup(paths.database, kinds, DAILY, keep=10)
        )
        latest = sorted(backups.iterdir())[-1]
        results["restore_s_100k"] = median(lambda: restore_into(latest, paths.database))
        for key, value in results.items():
            print(f"{key:28} {value}")
        print(json.dumps(results))


if __name__ == "__main__":
    main()
