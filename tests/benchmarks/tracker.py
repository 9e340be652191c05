"""How fast the tracker window is, against Qt's own floor and Qt's own SQL table model.

    python tests/benchmarks/tracker.py [--runs 5] [--keep DIR] [--sizes 1000,10000,100000,1000000]

Builds data folders with 1,000 and 100,000 applications (three events each; `--sizes` picks
others: 1,000,000 only when asked), then measures (medians of `--runs` runs) and prints a
table, and as its last line one JSON object. Per size, written 1k, 10k, 100k or 1m:

- startup_s_<size>, ready_s_<size>: process start to the first rows painted, and to every row
  loaded and every feature installed;
- max_stall_ms_<size>: the longest gap between two turns of the event loop (a 0 ms timer's
  heartbeat, in the app's own process) from the first rows painted until ready;
- filter_ms_<size>, sort_ms_<size>: as filter_ms_100k and sort_ms_100k below;
- rss_mb_<size>: as rss_mb_100k below;
- qsql_filter_ms_<size>, qsql_sort_ms_<size> (10k and 100k only): as below.

And the figures kept from before:

- bare_qt_startup_s: a bare PySide6 QMainWindow + QTableView, process start to first frame;
- first_frame_s_1k: `python -m nextmove`, process start to the main window's first frame;
- startup_s_1k / startup_s_100k: process start to the table painted with its first rows;
- ready_s_1k / ready_s_100k: process start to the window painted with every row loaded and
  every feature attached (ORM, migrations check, side panel, mail, wizard);
- filter_ms_100k: one search keystroke over all 100,000 rows (nothing to narrow from) to the
  repainted table; filter_narrow_ms_100k: the next keystroke, which narrows the shown rows;
- sort_ms_100k: a header click on a column never sorted before, to the repainted table (once
  the window has been idle long enough to rank its columns for sorting, a second or so);
- qsql_filter_ms_100k / qsql_sort_ms_100k: the same with QSqlTableModel (all rows fetched) and
  QSortFilterProxyModel over the same file, filtering the role column (the reference);
- filter_cpu_ms_100k / sort_cpu_ms_100k: the same two steps in CPU time, which a machine busy
  with other work inflates far less than wall-clock time;
- load_stall_ms_100k: the longest the event loop stood still between the first rows being
  painted and every row being loaded (attaching the data folder is one step; the rows after
  the first screenful are read in slices; the final sort and filter of all rows is one step);
- rss_mb_100k: peak resident memory of `python -m nextmove` with 100,000 rows loaded and
  every feature attached (reported by the app itself when ready).

The app reports its paint times through NEXTMOVE_REPORT_FIRST_PAINT=1 (see
nextmove/ui/tracker/paint_probe.py); times are wall clock, so the child's report minus the
moment just before it was spawned is "process start to ...".
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
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.tracker_data import build_database  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

BARE_QT = """
import time, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False
def done():
    print("first_frame", time.time(), flush=True)
    app.quit()
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
probe = Probe()
window.installEventFilter(probe)
window.resize(1280, 760)
window.show()
app.exec()
"""

SEARCH_WORD = "analyst"
SORT_COLUMNS = ("company", "role", "location", "source", "status", "applied_on", "contact")


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["NEXTMOVE_REPORT_FIRST_PAINT"] = "1"
    env["PYTHONPATH"] = str(ROOT / "desktop")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _spawn(args: list[str]) -> dict[str, float]:
    """Run a child; returns each reported moment as seconds after the spawn."""
    start = time.time()
    try:
        done = subprocess.run(
            [sys.executable, *args],
            env=_child_env(),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise RuntimeError(f"{args} hung; it printed {error.stdout!r} {error.stderr!r}") from None
    moments: dict[str, float] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in {"first_frame", "first_rows", "ready"}:
            moments[parts[0]] = float(parts[1]) - start
        elif len(parts) == 2 and parts[0] in {"peak_rss_mb", "max_stall_ms"}:
            moments[parts[0]] = float(parts[1])
    if done.returncode != 0 or not moments:
        raise RuntimeError(f"{args} failed ({done.returncode}): {done.stderr[-2000:]}")
    return moments


def _median_runs(runs: int, commands: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Each command `runs` times, interleaved so a busy machine weighs on all alike."""
    for args in commands.values():
        _spawn(args)  # warm the OS file cache and .pyc files once, not counted
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, args in commands.items():
            samples[name].append(_spawn(args))
    return {
        name: {key: statistics.median(s[key] for s in runs_) for key in runs_[0]}
        for name, runs_ in samples.items()
    }


CPU_MS: dict[str, list[float]] = {}  # the same steps in CPU time: what a busy machine inflates


_PAINTS: dict[int, list[int]] = {}  # viewport id -> [paint events seen]


def _count_paints(viewport: QWidget) -> list[int]:
    """A counter of the viewport's paint events (an event filter that only counts)."""
    from PySide6.QtCore import QEvent, QObject

    key = id(viewport)
    if key not in _PAINTS:
        seen = [0]

        class Counter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    seen[0] += 1
                return False

        counter = Counter(viewport)
        viewport.installEventFilter(counter)
        _PAINTS[key] = seen
    return _PAINTS[key]


def _timed_ms(action: Callable[[], None], viewport: QWidget, name: str = "") -> float:
    """One user step to its repainted result: the action, then the event loop until it has
    painted the table once (forcing that paint only when the loop did not). Forcing a repaint
    unconditionally would paint twice whenever the loop already had, as it does after a reset."""
    from PySide6.QtWidgets import QApplication

    paints = _count_paints(viewport)
    before = paints[0]
    start, cpu = time.perf_counter(), time.process_time()
    action()
    QApplication.processEvents()
    if paints[0] == before:
        viewport.repaint()
    CPU_MS.setdefault(name, []).append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def _measure_app(data_dir: Path, runs: int, label: str = "") -> dict[str, float]:
    """Filter and sort inside the real window built on one data folder."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from nextmove.app import build
    from nextmove.ui.tracker.columns import COLUMNS

    app = QApplication.instance() or QApplication([])
    window = build(data_dir)
    window.show()
    while window.loading() or window.model.ranking():  # as a window left idle a moment
        app.processEvents()
    viewport = window.table.viewport()
    filters, narrows, sorts = [], [], []
    for _ in range(runs):
        window.search_box.setText("")
        app.processEvents()
        filters.append(
            _timed_ms(
                lambda: window.search_box.setText(SEARCH_WORD[:-1]), viewport, "filter" + label
            )
        )
        narrows.append(_timed_ms(lambda: window.search_box.setText(SEARCH_WORD), viewport))
    window.search_box.setText("")
    app.processEvents()
    keys = [column.key for column in COLUMNS]
    for key in SORT_COLUMNS[:runs]:
        section = keys.index(key)
        sorts.append(
            _timed_ms(
                lambda section=section: window.table.sortByColumn(
                    section, Qt.SortOrder.AscendingOrder
                ),
                viewport,
                "sort" + label,
            )
        )
    window.close()
    assert window.context is not None
    window.context.database.close()
    window.deleteLater()
    return {
        "filter_ms": statistics.median(filters),
        "filter_narrow_ms": statistics.median(narrows),
        "sort_ms": statistics.median(sorts),
    }


def _measure_qsql(database: Path, runs: int, label: str = "") -> dict[str, float]:
    """The reference: Qt's SQL table model, every row fetched, behind a sort/filter proxy."""
    from PySide6.QtSql import QSqlDatabase

    connection = QSqlDatabase.addDatabase("QSQLITE", "reference")
    connection.setDatabaseName(str(database))
    assert connection.open()
    try:
        return _run_qsql(connection, runs, label)
    finally:
        connection.close()
        del connection
        QSqlDatabase.removeDatabase("reference")


def _run_qsql(connection: object, runs: int, label: str) -> dict[str, float]:
    from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt
    from PySide6.QtSql import QSqlTableModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication([])
    model = QSqlTableModel(None, connection)  # type: ignore[call-overload]
    model.setTable("application")
    model.select()
    while model.canFetchMore():
        model.fetchMore()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(model.fieldIndex("role"))
    view = QTableView()
    view.setModel(proxy)
    view.resize(1280, 700)
    view.show()
    app.processEvents()
    viewport = view.viewport()
    filters, sorts = [], []
    word = SEARCH_WORD[:-1]
    for _ in range(runs):
        proxy.setFilterRegularExpression(QRegularExpression())
        app.processEvents()
        filters.append(
            _timed_ms(lambda: proxy.setFilterFixedString(word), viewport, "qsql_filter" + label)
        )
    proxy.setFilterRegularExpression(QRegularExpression())
    app.processEvents()
    for key in SORT_COLUMNS[:runs]:
        column = model.fieldIndex(key) if model.fieldIndex(key) >= 0 else 1
        proxy.sort(-1)
        app.processEvents()
        sorts.append(
            _timed_ms(lambda column=column: proxy.sort(column), viewport, "qsql_sort" + label)
        )
    view.close()
    view.setModel(None)  # type: ignore[arg-type]
    model.clear()
    return {"qsql_filter_ms": statistics.median(filters), "qsql_sort_ms": statistics.median(sorts)}


def _label(size: int) -> str:
    return f"{size // 1_000_000}m" if size >= 1_000_000 else f"{size // 1000}k"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the data folders here and keep them")
    parser.add_argument(
        "--sizes",
        default="1000,100000",
        help="comma-separated numbers of applications (default 1000,100000)",
    )
    options = parser.parse_args()
    runs = max(1, min(options.runs, len(SORT_COLUMNS)))
    sizes = sorted({int(size) for size in options.sizes.split(",")} | {1000})
    labels = {size: _label(size) for size in sizes}
    with tempfile.TemporaryDirectory(prefix="nextmove-bench-") as tmp:
        base = options.keep or Path(tmp)
        folders = {size: base / f"data-{labels[size]}" for size in sizes}
        started = time.perf_counter()
        for size, folder in folders.items():
            if not (folder / "nextmove.sqlite3").exists():
                build_database(folder, size)
        print(f"data folders ready in {time.perf_counter() - started:.1f} s", flush=True)

        bare_script = base / "bare_qt.py"
        bare_script.write_text(BARE_QT, encoding="utf-8")
        commands = {"bare": [str(bare_script)]}
        for size, folder in folders.items():
            commands[labels[size]] = ["-m", "nextmove", "--data-dir", str(folder)]
        starts = _median_runs(runs, commands)
        from PySide6.QtWidgets import QApplication

        # One QApplication for the in-process measurements, alive until the figures are out.
        app = QApplication.instance() or QApplication([])
        inside = {}
        reference = {}
        for size, folder in folders.items():
            label = labels[size]
            inside[label] = _measure_app(folder, runs, label)
            app.processEvents()
            if size in (10_000, 100_000):
                reference[label] = _measure_qsql(folder / "nextmove.sqlite3", runs, label)
        app.processEvents()

    floor = starts["bare"]["first_frame"]
    result: dict[str, float] = {"bare_qt_startup_s": round(floor, 3)}
    result["first_frame_s_1k"] = round(starts["1k"]["first_frame"], 3)
    for size in sizes:
        label = labels[size]
        child, measured = starts[label], inside[label]
        result[f"startup_s_{label}"] = round(child["first_rows"], 3)
        result[f"ready_s_{label}"] = round(child["ready"], 3)
        result[f"max_stall_ms_{label}"] = round(child["max_stall_ms"], 1)
        result[f"filter_ms_{label}"] = round(measured["filter_ms"], 1)
        result[f"filter_narrow_ms_{label}"] = round(measured["filter_narrow_ms"], 1)
        result[f"sort_ms_{label}"] = round(measured["sort_ms"], 1)
        result[f"rss_mb_{label}"] = round(child["peak_rss_mb"], 1)
        if label in reference:
            result[f"qsql_filter_ms_{label}"] = round(reference[label]["qsql_filter_ms"], 1)
            result[f"qsql_sort_ms_{label}"] = round(reference[label]["qsql_sort_ms"], 1)
        for step in ("filter", "sort", "qsql_filter", "qsql_sort"):
            if step + label in CPU_MS:
                cpu = statistics.median(CPU_MS[step + label])
                result[f"{step}_cpu_ms_{label}"] = round(cpu, 1)
    if "max_stall_ms_100k" in result:
        result["load_stall_ms_100k"] = result["max_stall_ms_100k"]  # its name until now
    result["runs"] = runs
    targets: dict[str, float] = {
        "first_frame_s_1k": 1.5 * floor,
        "startup_s_1k": 4 * floor,
        "startup_s_100k": 5 * floor,
        "filter_ms_10k": min(8.0, result.get("qsql_filter_ms_10k", 8.0)),
        "sort_ms_10k": result.get("qsql_sort_ms_10k", float("inf")),
        "filter_ms_100k": 16.0,
        "sort_ms_100k": 30.0,
        "filter_ms_1m": 100.0,
        "sort_ms_1m": 300.0,
        "rss_mb_100k": 150.0,
        "rss_mb_1m": 500.0,
        "ready_s_1m": 4.0,
    }
    for label in labels.values():
        targets[f"max_stall_ms_{label}"] = 50.0
    print(f"{'figure':<26}{'measured':>12}{'target':>12}")
    for key, value in result.items():
        target = targets.get(key)
        verdict = "" if target is None else ("  ok" if value <= target else "  MISSED")
        shown = "" if target is None else f"{target:.3f}"
        print(f"{key:<26}{value:>12}{shown:>12}{verdict}")
    print(json.dumps(result), flush=True)
    # Leave without tearing Qt objects down in garbage-collection order: PySide can crash doing
    # that at interpreter exit, which would turn a finished run into a failed one.
    os._exit(0)


if __name__ == "__main__":
    main()
