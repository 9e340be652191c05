"""How well the inbox rules read the labelled corpus, and how fast a real inbox is scanned.

    python tests/benchmarks/inbox.py [--messages 10000] [--new 20]

1. Per kind precision and recall, and the match accuracy, on tests/data/inbox (122 mails in
   English, German, French and Spanish; see its manifest.json).
2. A real Dovecot on 127.0.0.1 (needs dovecot-imapd) whose INBOX holds `--messages` mails
   (the corpus over and over, each with its own Message-ID). The real main window, with the
   corpus's applications, checks it through Mail › Check for Replies on the worker pool:
   - first_scan_10k_s: the first scan of the whole inbox (EXAMINE, headers, BODY.PEEK[],
     classify and match, store), until the panel shows the result;
   - incremental_scan_s: the next scan after `--new` more mails arrive;
   - max_gui_stall_ms: the longest gap beyond its interval of a 5 ms heartbeat timer on the
     window's event loop during both scans (target < 50 ms).

Prints a table, and as its last line one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_MESSAGE_ID = re.compile(rb"^Message-ID: <[^>]*>", re.MULTILINE | re.IGNORECASE)


def corpus_scores() -> dict[str, float]:
    from tests.inbox_corpus import evaluate

    from nextmove.domain.inbox import Kind

    scores = evaluate()
    print(f"{'kind':<18}{'precision':>10}{'recall':>10}{'messages':>10}")
    for kind in Kind:
        print(
            f"{kind.value:<18}{scores.precision(kind):>10.3f}{scores.recall(kind):>10.3f}"
            f"{scores.support(kind):>10}"
        )
    print(f"{'match accuracy':<38}{scores.match_accuracy:>10.3f}{scores.total:>10}")
    for mistake in scores.mistakes:
        print("  mistake:", mistake)
    return {
        "rejection_precision": round(scores.precision(Kind.REJECTION), 3),
        "rejection_recall": round(scores.recall(Kind.REJECTION), 3),
        "match_accuracy": round(scores.match_accuracy, 3),
    }


def copies(count: int, start: int = 0) -> list[bytes]:
    from tests.inbox_support import corpus_messages

    corpus = corpus_messages()
    result = []
    for number in range(start, start + count):
        raw = corpus[number % len(corpus)]
        unique = f"Message-ID: <bench-{number}@mail.example.net>".encode()
        result.append(_MESSAGE_ID.sub(unique, raw, count=1))
    return result


def scan_figures(messages: int, new: int) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from tests.imap_server import Dovecot, unavailable
    from tests.inbox_support import add_corpus_applications, add_imap_account
    from tests.mail.conftest import MemoryKeyring
    from tests.smtp_server import make_certificate

    from nextmove.app import build, shutdown
    from nextmove.mail.credentials import CredentialStore
    from nextmove.ui.inbox.controller import InboxController

    reason = unavailable()
    if reason is not None:
        print(f"IMAP figures skipped: {reason}")
        return {}
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="nextmove-bench-inbox-"))
    cert, key = make_certificate(folder / "tls")
    server = Dovecot.in_temporary_folder(cert, key).start()
    try:
        user = server.add_user()
        seeded = time.perf_counter()
        server.deliver(user, copies(messages))
        print(f"seeded {messages:,} messages in {time.perf_counter() - seeded:.1f} s")
        window = build(folder / "data")
        window.show()
        assert window.context is not None
        add_corpus_applications(window.context.database)
        controller = window.findChild(QObject, "inbox_controller")
        assert isinstance(controller, InboxController)
        store = CredentialStore(MemoryKeyring())
        controller.scanner.credentials = store
        add_imap_account(window.context.database, store, server, user)

        beat = QElapsedTimer()
        stall = [0.0]
        heartbeat = QTimer()
        heartbeat.setInterval(5)

        def on_beat() -> None:
            if beat.isValid():
                stall[0] = max(stall[0], beat.nsecsElapsed() / 1e6 - 5)
            beat.restart()

        heartbeat.timeout.connect(on_beat)

        def timed_check() -> float:
            loop = QEventLoop()
            controller.checkFinished.connect(loop.quit)
            started = time.perf_counter()
            if not controller.check(manual=True):
                raise RuntimeError("the check did not start")
            beat.invalidate()
            heartbeat.start()
            loop.exec()
            heartbeat.stop()
            controller.checkFinished.disconnect(loop.quit)
            return time.perf_counter() - started

        first = timed_check()
        found = controller.panel.list.count()
        server.deliver(user, copies(new, start=messages))
        incremental = timed_check()
        stored = controller.inbox.count()
        refreshed = time.perf_counter()
        controller.refresh()
        refresh_ms = (time.perf_counter() - refreshed) * 1000
        shutdown(window)
        app.processEvents()
    finally:
        import shutil

        server.stop()
        server.remove()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{'first scan of ' + f'{messages:,}' + ' messages (target <= 60)':<48}{first:>8.2f} s")
    print(f"{'incremental scan, ' + str(new) + ' new (target <= 2)':<48}{incremental:>8.2f} s")
    print(f"{'max GUI stall during the scans (target < 50)':<48}{stall[0]:>8.1f} ms")
    print(f"{'Inbox panel refresh, GUI thread':<48}{refresh_ms:>8.1f} ms")
    print(f"{'messages stored / findings listed':<48}{stored:>8} / {found}")
    return {
        "first_scan_10k_s": round(first, 2),
        "incremental_scan_s": round(incremental, 3),
        "max_gui_stall_ms": round(stall[0], 1),
        "panel_refresh_ms": round(refresh_ms, 1),
        "messages": messages,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--new", type=int, default=20)
    args = parser.parse_args()
    figures = corpus_scores()
    figures.update(scan_figures(args.messages, args.new))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
