"""Background jobs: many at once on a real thread pool, results back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from nextmove.ui.mail.worker import JobRunner, describe


def test_many_jobs_report_back_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    runner = JobRunner(pool)
    gui_thread = threading.get_ident()
    done: list[int] = []
    failed: list[str] = []
    progress: list[tuple[int, str]] = []
    threads: set[int] = set()

    def work(n: int):  # type: ignore[no-untyped-def]
        def run(report):  # type: ignore[no-untyped-def]
            report(n, "working")
            if n % 10 == 0:
                raise ValueError("no")
            return n

        return run

    def on_done(result: object) -> None:
        threads.add(threading.get_ident())
        assert isinstance(result, int)
        done.append(result)

    def on_failed(error: Exception) -> None:
        threads.add(threading.get_ident())
        failed.append(describe(error))

    for n in range(1, 61):
        runner.start(work(n), on_done, on_failed, lambda i, s: progress.append((i, s)))
    qtbot.waitUntil(lambda: len(done) + len(failed) == 60, timeout=10000)
    pool.waitForDone()
    assert sorted(done) == [n for n in range(1, 61) if n % 10]
    assert failed == ["Something went wrong (ValueError). Nothing was lost; please try again."] * 6
    assert threads == {gui_thread}
    assert sorted(i for i, _ in progress) == list(range(1, 61))
    assert not runner.busy
