"""How long reading a posting takes: each fixture board from a file, and over loopback HTTP.

Prints a table, then one JSON line. Run: `.venv/bin/python tests/benchmarks/capture.py`.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]

RUNS = 15


def _median_ms(work: object) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    started = time.perf_counter()
    from nextmove.capture.source import read_address, read_file

    import_ms = (time.perf_counter() - started) * 1000
    from tests.page_server import PAGES, serving

    figures: dict[str, float] = {"import_ms": round(import_ms, 1)}
    rows = []
    with serving() as server:
        for page in sorted(PAGES.glob("*.html")):
            file_ms = _median_ms(lambda p=page: read_file(p))
            url = server.url(f"/boards/{page.name}")
            http_ms = _median_ms(lambda u=url: read_address(u))
            figures[f"file_ms_{page.stem}"] = round(file_ms, 2)
            figures[f"http_ms_{page.stem}"] = round(http_ms, 2)
            rows.append((page.stem, file_ms, http_ms))
    print(f"{'board':<18}{'from file (ms)':>16}{'over HTTP (ms)':>16}")
    for name, file_ms, http_ms in rows:
        print(f"{name:<18}{file_ms:>16.2f}{http_ms:>16.2f}")
    print(f"first import of the extractor: {import_ms:.0f} ms")
    figures["max_file_ms"] = round(max(r[1] for r in rows), 2)
    figures["max_http_ms"] = round(max(r[2] for r in rows), 2)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
