"""How fast the outbox sends, and whether the window stays smooth while it does.

    python tests/benchmarks/mail.py [--messages 200] [--runs 3]

Starts a local aiosmtpd server with STARTTLS and AUTH in its own process (self-signed
certificate, trusted through the account's CA file, as for Proton Mail Bridge), then measures
(best of `--runs` runs, medians printed too; the machine's other load adds noise):

- send_200_s: 200 queued messages sent through the outbox (one connection and one sign-in for
  the batch; each message marked "sending" then "sent" in the database);
- naive_200_s: the same 200 messages with a new connection, TLS handshake and sign-in for each
  one, and no database work at all (the baseline);
- the same two without PIPELINING on the server (most providers offer it; aiosmtpd does not
  by default, so the benchmark server adds it to its EHLO reply, and turns it off for these);
- status_count_ms: what the status bar's poll of the outbox counts (waiting, needing
  attention, caught mid-send; every 3 s and whenever the window is activated) costs on an
  outbox of 10,000 emails, median of 300 calls (target < 1 ms);
- max_gui_stall_ms: the longest gap beyond its interval seen by a 5 ms heartbeat timer on the
  real main window's event loop while it sends a batch of 5 messages to a server that answers
  every command 200 ms late (the batch takes several seconds).

Prints a table, and as its last line one JSON object.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.mail.conftest import MemoryKeyring  # noqa: E402
from tests.smtp_server import PASSWORD, USERNAME, SmtpServer, make_certificate  # noqa: E402

from nextmove.domain.accounts import AccountData  # noqa: E402
from nextmove.mail.compose import Draft, build_message  # noqa: E402
from nextmove.mail.credentials import CredentialStore  # noqa: E402
from nextmove.mail.outbox import Outbox, settings_of  # noqa: E402
from nextmove.mail.transport import Connection  # noqa: E402
from nextmove.storage.database import DataPaths, open_database  # noqa: E402
from nextmove.storage.outbox import OutgoingDraft  # noqa: E402


class ServerProcess:
    """The SMTP server in its own process, as a real server would be (it gets its own GIL)."""

    def __init__(
        self, cert: Path, key: Path, reply_delay: float = 0.0, pipelining: bool = True
    ) -> None:
        self.host = "127.0.0.1"
        self.mode = "starttls"
        code = (
            "import sys, time\n"
            f"sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'desktop')!r}]\n"
            "from pathlib import Path\n"
            "from tests.smtp_server import SmtpServer\n"
            f"with SmtpServer(Path({str(cert)!r}), Path({str(key)!r})) as server:\n"
            f"    server.behaviour.reply_delay = {reply_delay!r}\n"
            f"    server.behaviour.pipelining = {pipelining!r}\n"
            "    print(server.port, flush=True)\n"
            "    for line in sys.stdin:\n"
            "        print(len(server.received), server.connections, flush=True)\n"
        )
        self._process = subprocess.Popen(
            [sys.executable, "-c", code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self._process.stdout is not None
        self.port = int(self._process.stdout.readline())

    def counts(self) -> tuple[int, int]:
        """(messages received, connections made) so far."""
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write("count\n")
        self._process.stdin.flush()
        received, connections = self._process.stdout.readline().split()
        return int(received), int(connections)

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=30)


Server = SmtpServer | ServerProcess


def _received(server: Server) -> int:
    return server.counts()[0] if isinstance(server, ServerProcess) else len(server.received)


def _account(server: Server, cert: Path) -> AccountData:
    return AccountData(
        "Bench", "sam@example.com", server.host, server.port, "starttls", USERNAME,
        sender_name="Sam Rivera", ca_file=str(cert),
    )  # fmt: skip


def _outbox(folder: Path, server: Server, cert: Path) -> tuple[Outbox, int]:
    database = open_database(DataPaths(folder))
    outbox = Outbox(database, CredentialStore(MemoryKeyring()))
    account_id = outbox.accounts.add(_account(server, cert))
    outbox.credentials.save(account_id, PASSWORD)
    return outbox, account_id


def _drafts(n: int, account_id: int) -> list[OutgoingDraft]:
    return [
        OutgoingDraft(
            "follow_up",
            f"person{i}@example.org",
            f"Thank you ({i})",
            "Thank you for your time today.\n\nSam\n",
            account_id=account_id,
        )
        for i in range(n)
    ]


def send_batch(server: Server, cert: Path, n: int, folder: Path) -> float:
    outbox, account_id = _outbox(folder, server, cert)
    for draft in _drafts(n, account_id):
        outbox.queue(draft)
    before = _received(server)
    started = time.perf_counter()
    result = outbox.send_pending()
    elapsed = time.perf_counter() - started
    assert len(result.sent) == n, result
    assert _received(server) - before == n
    outbox.messages._db.close()
    return elapsed


def send_naive(server: Server, cert: Path, n: int) -> float:
    account = _account(server, cert)
    from nextmove.domain.accounts import AccountRow

    settings = settings_of(AccountRow(id=1, **account.__dict__))
    before = _received(server)
    started = time.perf_counter()
    for draft in _drafts(n, 1):
        message = build_message(
            Draft("Sam Rivera", "sam@example.com", draft.to_address, draft.subject, draft.body)
        )
        with Connection(settings, PASSWORD) as connection:
            connection.send(message, sender="sam@example.com", recipient=draft.to_address)
    elapsed = time.perf_counter() - started
    assert _received(server) - before == n
    return elapsed


def gui_stall(server: Server, cert: Path, folder: Path, n: int = 5) -> tuple[float, float]:
    """(max stall in ms, batch seconds) on the real main window with a real thread pool."""
    from PySide6.QtCore import QElapsedTimer, QObject, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from nextmove.app import build

    app = QApplication.instance() or QApplication(["bench"])
    window = build(folder, pool=QThreadPool())
    window.show()
    controller = window.findChild(QObject, "mail_controller")
    controller.outbox.credentials = CredentialStore(MemoryKeyring())  # type: ignore[attr-defined]
    outbox: Outbox = controller.outbox  # type: ignore[attr-defined]
    account_id = outbox.accounts.add(_account(server, cert))
    outbox.credentials.save(account_id, PASSWORD)
    for draft in _drafts(n, account_id):
        outbox.queue(draft)
    for _ in range(20):
        app.processEvents()

    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    finished: list[object] = []
    controller.batchFinished.connect(finished.append)  # type: ignore[attr-defined]
    clock.start()
    heartbeat.start()
    started = time.perf_counter()
    controller.send_now(None)  # type: ignore[attr-defined]
    while not finished:
        app.processEvents()
        time.sleep(0.0005)
    batch_s = time.perf_counter() - started
    heartbeat.stop()
    assert len(finished[0].sent) == n  # type: ignore[attr-defined]
    window.close()
    window.context.database.close()  # type: ignore[union-attr]
    return max(gap - 5 for gap in gaps[1:]), batch_s


def measure(cert: Path, key: Path, folder: Path, runs: int, n: int, pipelining: bool):  # type: ignore[no-untyped-def]
    """Best outbox and naive times (as timeit reports: the least disturbed run), alternating
    runs so machine load hits both alike; medians are printed too."""
    batch_times: list[float] = []
    naive_times: list[float] = []
    with ServerProcess(cert, key, pipelining=pipelining) as server:
        for run in range(runs):
            where = folder / f"{'p' if pipelining else 'n'}{run}"
            batch_times.append(send_batch(server, cert, n, where))
            naive_times.append(send_naive(server, cert, n))
            label = "pipelining" if pipelining else "plain"
            print(f"{label} run {run + 1}: outbox {batch_times[-1]:.2f} s, "
                  f"naive {naive_times[-1]:.2f} s", flush=True)  # fmt: skip
        connections = server.counts()[1]
    print(f"  medians: outbox {statistics.median(batch_times):.2f} s, "
          f"naive {statistics.median(naive_times):.2f} s", flush=True)  # fmt: skip
    return min(batch_times), min(naive_times), connections


def status_count(folder: Path, total: int = 10_000, calls: int = 300) -> float:
    """Median milliseconds of one status-bar count on a large outbox."""
    from sqlalchemy import insert, update

    from nextmove.storage.models.mail import OutboxMessage

    outbox = Outbox(open_database(DataPaths(folder)), CredentialStore(MemoryKeyring()))
    rows = [
        {"purpose": "follow_up", "to_address": f"p{i}@example.org", "subject": f"Thanks {i}",
         "body": "Thank you.\n", "state": "sent"}
        for i in range(total)
    ]  # fmt: skip
    with outbox.messages._db.sessions.begin() as session:
        session.execute(insert(OutboxMessage), rows)
        session.execute(
            update(OutboxMessage).where(OutboxMessage.id % 50 == 0).values(state="queued")
        )
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id % 500 == 0)
            .values(last_error="The server refused the user name or password.")
        )
    outbox.status_counts()
    times = []
    for _ in range(calls):
        started = time.perf_counter()
        outbox.status_counts()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nextmove-mail-bench-") as tmp:
        folder = Path(tmp)
        cert, key = make_certificate(folder / "tls")
        send_s, naive_s, connections = measure(cert, key, folder, args.runs, args.messages, True)
        plain_send_s, plain_naive_s, _ = measure(cert, key, folder, args.runs, args.messages, False)
        with ServerProcess(cert, key, reply_delay=0.2) as slow:
            stall_ms, batch_s = gui_stall(slow, cert, folder / "gui")
        count_ms = status_count(folder / "count")
    figures = {
        "messages": args.messages,
        "send_200_s": round(send_s, 3),
        "naive_200_s": round(naive_s, 3),
        "speedup": round(naive_s / send_s, 1),
        "send_200_s_no_pipelining": round(plain_send_s, 3),
        "naive_200_s_no_pipelining": round(plain_naive_s, 3),
        "speedup_no_pipelining": round(plain_naive_s / plain_send_s, 1),
        "max_gui_stall_ms": round(stall_ms, 1),
        "status_count_ms": round(count_ms, 3),
        "slow_batch_s": round(batch_s, 2),
        "server_connections": connections,
    }
    print()
    print(f"{'server offering PIPELINING (as Gmail, Outlook, Fastmail do)':<60}")
    print(f"{'  outbox, one connection per batch':<52}{send_s:>8.2f} s")
    print(f"{'  naive, one connection per message':<52}{naive_s:>8.2f} s")
    print(f"{'  speed-up (target >= 3x)':<52}{naive_s / send_s:>8.1f} x")
    print("server without PIPELINING")
    print(f"{'  outbox, one connection per batch':<52}{plain_send_s:>8.2f} s")
    print(f"{'  naive, one connection per message':<52}{plain_naive_s:>8.2f} s")
    print(f"{'  speed-up':<52}{plain_naive_s / plain_send_s:>8.1f} x")
    print(f"{'max GUI stall, 200 ms-late server (target < 50)':<52}{stall_ms:>8.1f} ms")
    print(f"{'status-bar count, 10,000 emails (target < 1)':<52}{count_ms:>8.3f} ms")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
