"""A loopback web server for the capture tests: the fixture boards plus hostile answers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "data" / "postings"
BIG_BYTES = 50 * 1024 * 1024


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    server: PageServer

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: pytest shows the test's own output."""

    def do_GET(self) -> None:
        self.server.requests.append((self.path, dict(self.headers.items())))
        path = self.path.split("?")[0]
        if path.startswith("/boards/"):
            self._board(path.removeprefix("/boards/"))
        elif path == "/big":
            self._big(declare_length=False)
        elif path == "/big-declared":
            self._big(declare_length=True)
        elif path == "/drip":
            self._drip()
        elif path == "/loop":
            self._redirect("/loop")
        elif path.startswith("/chain/"):
            left = int(path.removeprefix("/chain/"))
            self._redirect(f"/chain/{left - 1}" if left > 0 else "/boards/greenhouse.html")
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/pdf":
            self._send(b"%PDF-1.7", "application/pdf")
        else:
            self.send_error(404, "Not Found")

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _board(self, name: str) -> None:
        file = PAGES / name
        if not file.is_file():
            self.send_error(404, "Not Found")
            return
        charset = "windows-1252" if name.startswith("non_utf8") else "utf-8"
        self._send(file.read_bytes(), f"text/html; charset={charset}")

    def _redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _big(self, *, declare_length: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declare_length:
            self.send_header("Content-Length", str(BIG_BYTES))
        self.end_headers()
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        sent = 0
        try:
            while sent < BIG_BYTES:
                self.wfile.write(chunk)
                sent += len(chunk)
                self.server.big_sent = sent
        except OSError:
            return

    def _drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(600):
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            return


class PageServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.big_sent = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


@contextmanager
def serving() -> Iterator[PageServer]:
    server = PageServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
