"""How fast the board is with 1,000 and 10,000 applications, in the real window.

    python tests/benchmarks/board.py [--runs 5] [--keep DIR]

Builds data folders with 1,000 and 10,000 applications (three events each), opens the real
main window on each (offscreen) and measures, as medians of `--runs` runs, each step to the
board's repainted result:

- board_switch_ms_*: View › Board from the table, after a search typed and cleared in the
  table (so the board has to catch up with a change, not just reappear);
- board_first_switch_ms_*: the very first switch, which also builds the board's widgets and
  reads every card's stage date (once per window);
- board_move_ms_*: a card dragged from one column and dropped on another (drag-enter, move and
  drop events through the column's own drop handling), through the undoable status change
  and its database write, to the repainted column;
- board_filter_ms_*: one search keystroke while the board is shown;
- board_*_cpu_ms_*: the same steps in CPU time, which a machine busy with other work inflates
  far less than wall-clock time.

It prints a table, and as its last line one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
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

    from nextmove.ui.main_window import MainWindow

SEARCH = "analyst"
TARGETS = {"1k": 50.0, "10k": 150.0}


def _paint_counter(widget: QWidget) -> list[int]:
    from PySide6.QtCore import QEvent, QObject

    seen = [0]

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                seen[0] += 1
            return False

    counter = Counter(widget)
    widget.installEventFilter(counter)
    return seen


# The same steps in CPU time, which a busy machine inflates far less.
CPU_MS: dict[str, list[float]] = {}


def _timed_ms(action: Callable[[], None], viewport: QWidget, name: str = "") -> float:
    """The action, then the event loop until `viewport` has painted (forced if it did not)."""
    from PySide6.QtWidgets import QApplication

    paints = getattr(viewport, "_bench_paints", None)
    if paints is None:
        paints = _paint_counter(viewport)
        viewport._bench_paints = paints  # type: ignore[attr-defined]
    before = paints[0]
    start, cpu = time.perf_counter(), time.process_time()
    action()
    QApplication.processEvents()
    if paints[0] == before:
        viewport.repaint()
    if name:
        CPU_MS.setdefault(name, []).append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def _settle() -> None:
    """Let the work an edit schedules for later (the suggestions' refresh, 150 ms after the
    last edit) run before the next step is timed: a person does not drag seven cards within
    a tenth of a second."""
    from PySide6.QtTest import QTest

    QTest.qWait(300)


def _measure(data_dir: Path, runs: int, label: str = "") -> dict[str, float]:
    from PySide6.QtWidgets import QApplication
    from tests.gui.board_helpers import card_ids, column, drag_card

    from nextmove.app import build
    from nextmove.domain.status import Status

    app = QApplication.instance() or QApplication([])
    window: MainWindow = build(data_dir)
    window.resize(1366, 768)
    window.show()
    while window.loading():
        app.processEvents()
    app.processEvents()

    def to_board() -> None:
        window.action("action_view_board").trigger()

    def to_table() -> None:
        window.action("action_view_table").trigger()
        app.processEvents()
        # Work in the table meanwhile: the board must catch up when shown again.
        window.search_box.setText(SEARCH[:3])
        app.processEvents()
        window.search_box.setText("")
        app.processEvents()

    first = _timed_ms(to_board, window.tracker_stack)
    viewport = column(window, Status.APPLIED).viewport()
    switches = []
    for _ in range(runs):
        to_table()
        _settle()
        switches.append(_timed_ms(to_board, viewport, f"switch_{label}"))
    moves = []
    for run in range(runs):
        pair = (Status.APPLIED, Status.SCREENING)
        source, target = pair if run % 2 == 0 else pair[::-1]
        ident = card_ids(window, source)[0]
        _settle()
        moves.append(
            _timed_ms(
                lambda ident=ident, target=target: drag_card(window, ident, target),  # type: ignore[misc]
                column(window, target).viewport(),
                f"move_{label}",
            )
        )
        assert ident in card_ids(window, target)
    filters = []
    for _ in range(runs):
        window.search_box.setText("")
        _settle()
        filters.append(
            _timed_ms(lambda: window.search_box.setText(SEARCH[:5]), viewport, f"filter_{label}")
        )
    window.search_box.setText("")
    window.action("action_view_table").trigger()  # the next run starts from the table
    window.close()
    assert window.context is not None
    window.context.database.close()
    return {
        "first_switch": first,
        "switch": statistics.median(switches),
        "move": statistics.median(moves),
        "filter": statistics.median(filters),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the data folders here and keep them")
    options = parser.parse_args()
    runs = max(1, options.runs)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="nextmove-board-") as tmp:
        base = options.keep or Path(tmp)
        for label, count in (("1k", 1_000), ("10k", 10_000)):
            folder = base / f"data-{label}"
            if not (folder / "nextmove.sqlite3").exists():
                build_database(folder, count)
        # One uncounted pass first: imports, fonts and caches warm up once, not in the 1k run.
        _measure(base / "data-1k", 1)
        for label in ("1k", "10k"):
            figures = _measure(base / f"data-{label}", runs, label)
            result[f"board_switch_ms_{label}"] = round(figures["switch"], 1)
            result[f"board_move_ms_{label}"] = round(figures["move"], 1)
            result[f"board_filter_ms_{label}"] = round(figures["filter"], 1)
            result[f"board_first_switch_ms_{label}"] = round(figures["first_switch"], 1)
            for step in ("switch", "move", "filter"):
                cpu = statistics.median(CPU_MS[f"{step}_{label}"])
                result[f"board_{step}_cpu_ms_{label}"] = round(cpu, 1)
        app.processEvents()
    result["runs"] = runs
    print(f"{'figure':<28}{'measured':>10}{'target':>10}")
    for key, value in result.items():
        label = key.rsplit("_", 1)[-1]
        timed = "first" not in key and "cpu" not in key and key != "runs"
        target = TARGETS.get(label) if timed else None
        verdict = "" if target is None else ("  ok" if value <= target else "  MISSED")
        shown = "" if target is None else f"{target:.0f}"
        print(f"{key:<28}{value:>10}{shown:>10}{verdict}")
    print(json.dumps(result), flush=True)
    os._exit(0)  # no teardown in garbage-collection order (PySide can crash doing that)


if __name__ == "__main__":
    main()
