"""How fast the insights are over many applications.

    python tests/benchmarks/insights.py [--applications 100000] [--runs 3]

Builds a data folder with `--applications` applications (three events each), then measures
(medians of `--runs` runs) and prints a table, and as its last line one JSON object:

- load_ms: reading every application and its timeline (InsightsSource.load);
- compute_ms: every figure from those facts (build_report);
- window_ms: the Insights window built, shown and painted with all its charts (offscreen);
- cli_s: `python -m nextmove insights --json`, process start to exit.
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
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.tracker_data import build_database  # noqa: E402


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from nextmove.domain.insights_report import build_report
    from nextmove.storage.database import DataPaths, open_database
    from nextmove.storage.insight_facts import InsightsSource
    from nextmove.storage.reflections import ReflectionService
    from nextmove.ui.wizard.insights_dialog import InsightsDialog

    folder = Path(tempfile.mkdtemp()) / "data"
    build_database(folder, args.applications)
    database = open_database(DataPaths(folder))
    source = InsightsSource(database)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    loads, computes, windows, clis = [], [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        data = source.load()
        loads.append(_ms(start))
        start = time.perf_counter()
        build_report(data, date.today())
        computes.append(_ms(start))
        start = time.perf_counter()
        dialog = InsightsDialog(ReflectionService(database), source=source)
        dialog.show()
        dialog.grab()
        windows.append(_ms(start))
        dialog.close()
        dialog.deleteLater()
        app.processEvents()  # type: ignore[union-attr]
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "nextmove", "--data-dir", str(folder), "insights", "--json"],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "desktop")},
        )
        clis.append(time.perf_counter() - start)
    database.close()
    result = {
        "applications": args.applications,
        "load_ms": round(statistics.median(loads), 1),
        "compute_ms": round(statistics.median(computes), 1),
        "window_ms": round(statistics.median(windows), 1),
        "cli_s": round(statistics.median(clis), 2),
    }
    print(f"{'figure':<12} {'median':>10}")
    for key, value in result.items():
        if key != "applications":
            print(f"{key:<12} {value:>10}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
