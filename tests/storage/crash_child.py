"""Writers for test_crash_safety.py: single-row commits through the app's engine.

This script imports SQLAlchemy and the engine once, then forks one writer per `spawn` line on
stdin, so each of the many writers the test kills starts in milliseconds. A writer prints
`ready <pid>`, then `ack <id>` only after each commit has returned: from then on the row must
survive anything. When a writer ends (killed or done) this script prints `exit <status>`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import text

from nextmove.storage.engine import make_engine

INSERT = text(
    "INSERT INTO application (company, role, job_url, location, workplace, source, salary, "
    "status, next_action, job_description, notes, archived, created_at, updated_at) "
    "VALUES (:company, 'Engineer', '', '', '', '', '', 'applied', '', :text, '', 0, "
    "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
)


def say(line: str) -> None:
    """One write(2) per line: a pipe write this small is atomic, so a kill never cuts a line."""
    os.write(1, f"{line}\n".encode())


def write(path: Path, count: int) -> None:
    engine = make_engine(path)
    say(f"ready {os.getpid()}")
    for n in range(count):
        with engine.begin() as connection:
            result = connection.execute(INSERT, {"company": f"Crash {n}", "text": "x" * (n % 900)})
            row_id = result.lastrowid
        say(f"ack {row_id}")
    engine.dispose()


def main(path: Path, count: int) -> None:
    for _ in sys.stdin:
        pid = os.fork()
        if pid == 0:
            write(path, count)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        say(f"exit {status}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
