"""The redirect listener of a desktop sign-in: a tiny web server on 127.0.0.1 (RFC 8252).

It listens on an explicit free port and waits for the browser to come back with `code` and
`state`. A redirect whose `state` is not the one this sign-in sent (a stale tab, a forged link)
gets an error page and the wait goes on; the right one gets a "you can close this tab" page
and ends the wait. Waiting stops after the timeout or when cancelled.
"""

from __future__ import annotations

import hmac
import html
import socket
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SIGN_IN_TIMEOUT = 300.0  # five minutes


@dataclass(frozen=True)
class Redirect:
    code: str = ""
    error: str = ""  # the provider's error (access_denied when the person said no)


class SignInCancelledError(Exception):
    pass


class SignInTimeoutError(Exception):
    pass


_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Next Move</title></head>
<body style="font-family:sans-serif;max-width:34em;margin:4em auto"><h1>{title}</h1>
<p>{text}</p></body></html>"""


def _page(title: str, text: str) -> bytes:
    return _PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    listener: RedirectListener


class _Server6(_Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        listener = self.server.listener
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        state = query.get("state", [""])[0]
        if not state and not query.get("code") and not query.get("error"):
            self._reply(404, _page("Next Move", "Nothing to see here."))
            return
        if not listener.accepts(state):
            self._reply(
                400,
                _page(
                    "This sign-in link is not the one Next Move is waiting for",
                    "Go back to Next Move and start signing in again from there. "
                    "Next Move is still waiting for the right one.",
                ),
            )
            return
        error = query.get("error", [""])[0]
        code = query.get("code", [""])[0]
        if error or not code:
            listener.finish(Redirect(error=error or "no_code"))
            self._reply(
                200,
                _page(
                    "Signing in did not finish",
                    "The provider did not give access. You can close this tab and try again "
                    "in Next Move.",
                ),
            )
            return
        listener.finish(Redirect(code=code))
        self._reply(
            200,
            _page("You are signed in", "You can close this tab and go back to Next Move."),
        )

    def _reply(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the query string carries the code: never logged


class RedirectListener:
    """Listens on 127.0.0.1:<free port>; use as a context manager."""

    def __init__(self, state: str, *, host_name: str = "127.0.0.1") -> None:
        self._state = state
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._result: Redirect | None = None
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.listener = self
        self.port = int(self._server.server_address[1])
        # The address the provider sends the browser back to (as registered with it).
        self.redirect_uri = f"http://{host_name}:{self.port}/"
        self._servers = [self._server]
        if host_name == "localhost":
            # A browser may try ::1 first for "localhost": answer there too when it can.
            try:
                extra = _Server6(("::1", self.port), _Handler)
            except OSError:
                pass
            else:
                extra.listener = self
                self._servers.append(extra)
        self._threads = [
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                             daemon=True)
            for server in self._servers
        ]  # fmt: skip

    def accepts(self, state: str) -> bool:
        return bool(state) and secrets_equal(state, self._state)

    def finish(self, result: Redirect) -> None:
        with self._lock:
            if self._result is None:
                self._result = result
        self._done.set()

    def wait(
        self, timeout: float = SIGN_IN_TIMEOUT, cancel: threading.Event | None = None
    ) -> Redirect:
        """The redirect with the right state; raises on timeout or cancel."""
        step = 0.1
        waited = 0.0
        while not self._done.wait(step):
            waited += step
            if cancel is not None and cancel.is_set():
                raise SignInCancelledError
            if waited >= timeout:
                raise SignInTimeoutError
        with self._lock:
            assert self._result is not None
            return self._result

    def __enter__(self) -> RedirectListener:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for server, thread in zip(self._servers, self._threads, strict=True):
            server.shutdown()
            server.server_close()
            thread.join(5)


def secrets_equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
