"""How fast the rejection wizard feels on a database of 100,000 applications.

Prints open_ms (action to first page shown), next_ms (page change including the draft save,
median over all pages), finish_ms and resume_ms (reopen a draft left on page 4); the last line
is one JSON object. Targets: each under 100 ms, next_ms under 30 ms.

    python tests/benchmarks/wizard.py [--applications N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STATUSES = ("applied", "screening", "interviewing", "rejected", "ghosted", "wishlist")


def build_database(data_dir: Path, count: int) -> None:
    """Migrate an empty file, then bulk-load applications and their timelines with sqlite3."""
    from nextmove.storage.database import DataPaths, open_database

    open_database(DataPaths(data_dir)).close()
    rng = random.Random(7)
    now = datetime(2026, 11, 1).isoformat(sep=" ")
    start = date(2024, 1, 1)
    apps = []
    events = []
    for i in range(1, count + 1):
        status = rng.choice(STATUSES)
        applied = start + timedelta(days=rng.randrange(0, 1000))
        apps.append(
            (
                i,
                f"Company {i % 5000}",
                f"Role {i % 300}",
                status,
                applied.isoformat(),
                applied.isoformat(),
                "Job description " * 20,
                now,
                now,
            )
        )
        events.append((i, "applied", applied.isoformat(), now))
        if status in ("screening", "interviewing", "rejected"):
            events.append((i, "screen", (applied + timedelta(days=5)).isoformat(), now))
        if status in ("interviewing", "rejected"):
            events.append((i, "interview", (applied + timedelta(days=12)).isoformat(), now))
    connection = sqlite3.connect(data_dir / "nextmove.sqlite3")
    with connection:
        connection.executemany(
            "INSERT INTO application (id, company, role, job_url, location, workplace, source, "
            "salary, status, applied_on, next_action_on, next_action, last_activity_on, "
            "job_description, notes, archived, created_at, updated_at) "
            "VALUES (?, ?, ?, '', '', '', '', '', ?, ?, NULL, '', ?, ?, '', 0, ?, ?)",
            apps,
        )
        connection.executemany(
            "INSERT INTO stage_event (application_id, kind, occurred_on, round, notes, "
            "created_at) VALUES (?, ?, ?, NULL, '', ?)",
            events,
        )
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applications", type=int, default=100_000)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from tests.gui.wizard_helpers import add_interviewed_application, click_next, fill_page

    from nextmove.app import build
    from nextmove.storage.applications import ApplicationRepository
    from nextmove.ui.wizard.controller import WizardController

    data_dir = Path(tempfile.mkdtemp(prefix="nextmove-bench-")) / "data"
    started = time.perf_counter()
    build_database(data_dir, args.applications)
    print(f"built {args.applications} applications in {time.perf_counter() - started:.1f} s")

    window = build(data_dir)
    window.show()
    # The table reads a big file's rows in slices on the event loop: let it finish, or the
    # first open below would be timing the table, not the wizard.
    while window.loading():
        app.processEvents()
    app.processEvents()
    assert window.context is not None
    database = window.context.database
    print(f"applications in the file: {ApplicationRepository(database).count()}")
    controller = window.findChild(WizardController, "wizard_controller")
    assert controller is not None

    def timed_open(app_id: int) -> tuple[float, object]:
        begin = time.perf_counter()
        wizard = controller.open_for(app_id)
        app.processEvents()
        return (time.perf_counter() - begin) * 1000, wizard

    # Opening: a fresh reflection each time (the first includes one-off imports).
    opens = []
    for _ in range(6):
        app_id = add_interviewed_application(database)
        elapsed, wizard = timed_open(app_id)
        opens.append(elapsed)
        controller.service.discard(wizard.reflection_id)  # type: ignore[attr-defined]
        wizard.close()  # type: ignore[attr-defined]
        app.processEvents()
    print("open_ms runs: " + ", ".join(f"{v:.1f}" for v in opens))

    # Page changes, each including the draft save, then Finish.
    app_id = add_interviewed_application(database)
    _, wizard = timed_open(app_id)
    nexts = []
    while wizard.currentId() != 9:  # type: ignore[attr-defined]
        fill_page(wizard)  # type: ignore[arg-type]
        begin = time.perf_counter()
        click_next(wizard)  # type: ignore[arg-type]
        app.processEvents()
        nexts.append((time.perf_counter() - begin) * 1000)
    print("next_ms per page: " + ", ".join(f"{v:.1f}" for v in nexts))
    fill_page(wizard)  # type: ignore[arg-type]
    begin = time.perf_counter()
    wizard.accept()  # type: ignore[attr-defined]
    app.processEvents()
    finish_ms = (time.perf_counter() - begin) * 1000

    # Resume: a draft left on page 4, reopened.
    resumes = []
    for _ in range(3):
        app_id = add_interviewed_application(database)
        _, wizard = timed_open(app_id)
        for _page in range(3):
            fill_page(wizard)  # type: ignore[arg-type]
            click_next(wizard)  # type: ignore[arg-type]
        wizard.close()  # type: ignore[attr-defined]
        app.processEvents()
        elapsed, again = timed_open(app_id)
        assert again.currentId() == 4  # type: ignore[attr-defined]
        resumes.append(elapsed)
        again.close()  # type: ignore[attr-defined]
        app.processEvents()
    print("resume_ms runs: " + ", ".join(f"{v:.1f}" for v in resumes))

    result = {
        "applications": args.applications,
        "open_ms": round(statistics.median(opens[1:]), 1),
        "open_first_ms": round(opens[0], 1),
        "next_ms": round(statistics.median(nexts), 1),
        "next_max_ms": round(max(nexts), 1),
        "finish_ms": round(finish_ms, 1),
        "resume_ms": round(statistics.median(resumes), 1),
    }
    window.close()
    database.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
