"""CSV import and export of 100,000 applications with history, against plain csv + sqlite3.

`python tests/benchmarks/csv_io.py [--rows N] [--runs R]` builds a data folder of N
applications (three timeline entries each, a third of them with notes, some holding `;`),
exports it once to get the file, then, R times, interleaved on the same machine:
- `nextmove export FILE.csv` and `nextmove import FILE.csv` as processes (a fresh data folder
  for each import);
- the baseline, also as a process: plain `csv` + `sqlite3` with no checks at all. Export:
  two SELECTs, the history joined per application, `csv.writer`. Import: `csv.reader`, the
  history split on "; ", `executemany` into application and stage_event in ONE transaction
  (into the same empty, migrated schema).
It prints a table of medians and, last, one JSON line: `import_s`, `import_baseline_s`,
`import_ratio`, `export_s`, `export_baseline_s`, `export_ratio`, `rows`.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]

from tests.benchmarks.tracker_data import build_database  # noqa: E402

from nextmove.storage.layout import DataPaths  # noqa: E402

BASELINE_EXPORT = r"""
import csv, sqlite3, sys
from collections import defaultdict
db, out = sys.argv[1], sys.argv[2]
c = sqlite3.connect(db)
history = defaultdict(list)
for app_id, kind, on, rnd, notes in c.execute(
    "SELECT application_id, kind, occurred_on, round, notes FROM stage_event"
    " ORDER BY application_id, occurred_on, id"
):
    text = f"{on} {kind}"
    if rnd is not None:
        text += f" (round {rnd})"
    if notes:
        text += ": " + notes.replace("\\", "\\\\").replace(";", "\\;")
    history[app_id].append(text)
with open(out, "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Company", "Role", "Status", "Date Applied", "URL", "Location", "Workplace",
                "Source", "Salary", "Next Action On", "Next Action", "Notes", "Job Description",
                "History"])
    w.writerows(
        (*row[1:], "; ".join(history[row[0]]))
        for row in c.execute(
            "SELECT id, company, role, status, applied_on, job_url, location, workplace, source,"
            " salary, next_action_on, next_action, notes, job_description FROM application"
            " ORDER BY id"
        )
    )
"""

BASELINE_IMPORT = r"""
import csv, sqlite3, sys
src, db = sys.argv[1], sys.argv[2]
apps, events = [], []
with open(src, encoding="utf-8-sig", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    at = {name: i for i, name in enumerate(header)}
    cols = ["Company", "Role", "Status", "URL", "Location", "Workplace", "Source", "Salary",
            "Date Applied", "Next Action On", "Next Action", "Notes", "Job Description"]
    idx = [at[c] for c in cols]
    h = at["History"]
    for ident, row in enumerate(reader, start=1):
        apps.append((ident, *(row[i] or None if c.endswith(("On", "Applied")) else row[i]
                              for i, c in zip(idx, cols))))
        for part in row[h].split("; "):
            if part:
                head, _, notes = part.partition(": ")
                on, kind = head.split(" ", 1)
                events.append((ident, kind, on, notes))
c = sqlite3.connect(db)
with c:
    c.executemany(
        "INSERT INTO application (id, company, role, status, job_url, location, workplace,"
        " source, salary, applied_on, next_action_on, next_action, notes, job_description,"
        " archived, created_at, updated_at, last_activity_on)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,CURRENT_TIMESTAMP,CURRENT_TIMESTAMP,NULL)",
        apps,
    )
    c.executemany(
        "INSERT INTO stage_event (application_id, kind, occurred_on, notes, created_at)"
        " VALUES (?,?,?,?,CURRENT_TIMESTAMP)",
        events,
    )
"""

NOTES = ("Call went well", "Panel; then a take-home", "Recruiter: next week", "Sent thanks")


# Both sides run as an installed app does, from compiled bytecode: with
# PYTHONDONTWRITEBYTECODE set and no __pycache__ yet, every run would compile Next Move's
# modules again (about half a second that no user pays).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _nextmove(data_dir: Path, *args: str | Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        env=_ENV,
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"nextmove {args[0]} failed: {done.stderr.strip()}")
    return took


def _python(code: str, *args: str | Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *map(str, args)], check=True, env=_ENV)
    return time.perf_counter() - start


def _empty_data_dir(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    figures: dict[str, list[float]] = {k: [] for k in ("exp", "exp_base", "imp", "imp_base")}
    with tempfile.TemporaryDirectory(prefix="nextmove-csv-bench-") as tmp_name:
        tmp = Path(tmp_name)
        source = tmp / "source"
        db = build_database(source, args.rows)
        with sqlite3.connect(db) as connection:
            connection.executemany(
                "UPDATE stage_event SET notes = ? WHERE id % 12 = ?",
                [(note, 3 * i + 1) for i, note in enumerate(NOTES)],
            )
        connection.close()
        empty = tmp / "empty"
        _nextmove(empty, "export", tmp / "nothing.csv")  # a migrated, empty data folder
        file = tmp / "applications.csv"
        _nextmove(source, "export", file)
        # A first, small import compiles every module the import path loads.
        small = tmp / "small.csv"
        with file.open(encoding="utf-8-sig", newline="") as whole:
            rows = list(itertools.islice(csv.reader(whole), 21))
        with small.open("w", encoding="utf-8", newline="") as part:
            csv.writer(part).writerows(rows)
        _nextmove(_empty_data_dir(empty, tmp / "warm-up"), "import", small)
        for run in range(args.runs):
            figures["exp_base"].append(_python(BASELINE_EXPORT, db, tmp / "base.csv"))
            figures["exp"].append(_nextmove(source, "export", tmp / "out.csv"))
            base_dir = _empty_data_dir(empty, tmp / f"base-{run}")
            figures["imp_base"].append(_python(BASELINE_IMPORT, file, DataPaths(base_dir).database))
            app_dir = _empty_data_dir(empty, tmp / f"app-{run}")
            figures["imp"].append(_nextmove(app_dir, "import", file))
            shutil.rmtree(base_dir)
            shutil.rmtree(app_dir)
    med = {k: round(statistics.median(v), 3) for k, v in figures.items()}
    result = {
        "import_s": med["imp"],
        "import_baseline_s": med["imp_base"],
        "import_ratio": round(med["imp"] / med["imp_base"], 2),
        "export_s": med["exp"],
        "export_baseline_s": med["exp_base"],
        "export_ratio": round(med["exp"] / med["exp_base"], 2),
        "rows": args.rows,
    }
    print(
        f"{'figure':<10}{'nextmove s':>12}{'baseline s':>12}{'ratio':>8}  (median of {args.runs})"
    )
    for name in ("import", "export"):
        print(
            f"{name:<10}{result[f'{name}_s']:>12}{result[f'{name}_baseline_s']:>12}"
            f"{result[f'{name}_ratio']:>8}"
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
