"""Fetching a posting's page: http and https only, bounded in time, size and redirects.

Uses the standard library (urllib) with the system's CA store. The whole fetch, not each
read, has a deadline, so a server that drips one byte a second cannot hold it past the limit;
the body is read in pieces and abandoned as soon as it passes the size limit.
"""

from __future__ import annotations

import functools
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urljoin, urlsplit

from nextmove.capture.posting import CaptureError

TIMEOUT_S = 15.0
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Safari/537.36"
)
ALLOWED_SCHEMES = ("http", "https")
_READABLE = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


@dataclass(frozen=True)
class Page:
    """A fetched page: its bytes, the Content-Type header and the address it ended at."""

    body: bytes
    content_type: str
    url: str


class FetchError(CaptureError):
    """The page could not be fetched; the message says why in plain words."""


class FetchCancelledError(FetchError):
    """The person cancelled while the page was arriving."""


def check_address(url: str) -> str:
    """The address if it is http(s) with a host; otherwise FetchError naming what is wrong."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"{scheme}:" if scheme else "an address without http:// or https://"
        raise FetchError(f"Only http and https addresses can be fetched, not {shown}.")
    if not parts.hostname:
        raise FetchError("That address has no host name.")
    return url.strip()


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        scheme = urlsplit(newurl).scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            raise FetchError(f"The page redirected to a {scheme}: address, which is refused.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage
    ) -> IO[bytes] | None:
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        scheme = urlsplit(target).scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            raise FetchError(f"The page redirected to a {scheme}: address, which is refused.")
        visited = getattr(req, "redirect_dict", {})
        if sum(visited.values()) >= MAX_REDIRECTS:
            raise FetchError(f"The page redirected more than {MAX_REDIRECTS} times.")
        try:
            return super().http_error_302(req, fp, code, msg, headers)
        except urllib.error.HTTPError as error:
            if error.code in (301, 302, 303, 307, 308):
                raise FetchError(
                    f"The page redirected more than {MAX_REDIRECTS} times, or in a loop."
                ) from error
            raise

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch(
    url: str,
    *,
    timeout_s: float = TIMEOUT_S,
    max_bytes: int = MAX_BYTES,
    context: ssl.SSLContext | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Page:
    """GET the page within `timeout_s` in total; FetchError with a plain reason otherwise."""
    url = check_address(url)
    deadline = time.monotonic() + timeout_s
    opener = urllib.request.build_opener(
        _Redirects(),
        urllib.request.HTTPSHandler(context=context or _system_context()),
    )
    request = urllib.request.Request(  # noqa: S310 - the scheme was checked above
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "en;q=0.9, *;q=0.5",
            "Accept-Encoding": "gzip",
        },
    )
    try:
        with opener.open(request, timeout=timeout_s) as response:
            content_type = response.headers.get("Content-Type", "")
            _check_type(content_type)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(_too_large(max_bytes))
            gzipped = response.headers.get("Content-Encoding", "").lower() == "gzip"
            body = _read(response, deadline, max_bytes, gzipped, cancelled)
            final_url = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(f"The server answered {error.code} {error.reason}.") from error
    except urllib.error.URLError as error:
        raise FetchError(_network_reason(error.reason)) from error
    except TimeoutError as error:
        raise FetchError(_too_slow(timeout_s)) from error
    except (OSError, ValueError) as error:
        raise FetchError(f"The page could not be fetched: {_network_reason(error)}") from error
    return Page(body=body, content_type=content_type, url=final_url)


@functools.cache
def _system_context() -> ssl.SSLContext:
    """The system's CA store, loaded once (loading it costs tens of milliseconds)."""
    return ssl.create_default_context()


def _check_type(content_type: str) -> None:
    kind = content_type.split(";")[0].strip().lower()
    if kind and not kind.startswith(_READABLE):
        raise FetchError(f"That address is not a web page (it is {kind}).")


def _read(
    response: IO[bytes],
    deadline: float,
    max_bytes: int,
    gzipped: bool,
    cancelled: Callable[[], bool],
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
    while True:
        if cancelled():
            raise FetchCancelledError("Cancelled.")
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(_too_slow(None))
        _set_timeout(response, remaining)
        chunk = response.read1(65536)  # type: ignore[attr-defined]
        if not chunk:
            break
        if inflate is not None:
            chunk = inflate.decompress(chunk, max_bytes + 1 - size)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def _set_timeout(response: IO[bytes], seconds: float) -> None:
    """Let no single read wait past the overall deadline."""
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(max(seconds, 0.01))


def _too_large(max_bytes: int) -> str:
    return f"The page is larger than {max_bytes // (1024 * 1024)} MB, so it was not read."


def _too_slow(timeout_s: float | None) -> str:
    limit = f" within {timeout_s:g} seconds" if timeout_s else " in time"
    return f"The page did not arrive{limit}."


def _network_reason(reason: object) -> str:
    if isinstance(reason, TimeoutError | socket.timeout):
        return "The page did not arrive in time."
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "The site's certificate could not be verified, so nothing was fetched."
    if isinstance(reason, socket.gaierror):
        return "That host name could not be found (check the address or the connection)."
    if isinstance(reason, ConnectionRefusedError):
        return "The server refused the connection."
    text = getattr(reason, "strerror", None) or str(reason)
    return f"The page could not be fetched ({text})."
