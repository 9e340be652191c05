"""Fetching a posting over loopback HTTP: the fixture boards, and servers that misbehave."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from nextmove.capture import fetch as fetching
from nextmove.capture.fetch import FetchError, check_address, fetch
from nextmove.capture.posting import FIELDS
from nextmove.capture.source import read_address, read_pasted
from tests.capture.test_extract import EXPECTED, expected_json
from tests.page_server import PageServer, serving
from tests.smtp_server import make_certificate


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with serving() as running:
        yield running


def test_the_limits_are_the_ones_promised() -> None:
    assert fetching.TIMEOUT_S == 15
    assert fetching.MAX_BYTES == 5 * 1024 * 1024
    assert fetching.MAX_REDIRECTS == 5


@pytest.mark.parametrize("board", sorted(EXPECTED))
def test_each_board_reads_the_same_over_http(server: PageServer, board: str) -> None:
    [posting] = read_address(server.url(f"/boards/{board}.html"))
    expected = expected_json(board)
    if expected["url"] is None:  # the page states no address: the one fetched is kept
        expected["url"] = server.url(f"/boards/{board}.html")
    assert posting.as_json() == expected


def test_a_browser_like_user_agent_is_sent(server: PageServer) -> None:
    fetch(server.url("/boards/lever.html?ua"))
    headers = next(h for path, h in server.requests if path.endswith("?ua"))
    assert headers["User-Agent"].startswith("Mozilla/5.0")


@pytest.mark.parametrize(
    "address",
    ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,<h1>Job</h1>", "ftp://x/y"],
)
def test_other_schemes_are_refused_before_any_connection(address: str) -> None:
    with pytest.raises(FetchError, match="Only http and https"):
        check_address(address)
    with pytest.raises(FetchError, match="Only http and https"):
        read_pasted(address, fetcher=lambda url: pytest.fail("fetched"))


def test_a_50_mb_body_stops_at_5_mb(server: PageServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="larger than 5 MB"):
        fetch(server.url("/big"))
    assert time.monotonic() - started < 10
    assert server.big_sent < 20 * 1024 * 1024


def test_a_declared_50_mb_body_is_refused_without_reading_it(server: PageServer) -> None:
    with pytest.raises(FetchError, match="larger than 5 MB"):
        fetch(server.url("/big-declared"))


def test_a_slow_drip_is_cut_off_at_the_deadline(server: PageServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="did not arrive"):
        fetch(server.url("/drip"), timeout_s=1.0)
    assert time.monotonic() - started < 3


def test_a_redirect_loop_is_refused(server: PageServer) -> None:
    with pytest.raises(FetchError, match="redirected more than 5 times"):
        fetch(server.url("/loop"))


def test_five_redirects_are_followed_and_six_refused(server: PageServer) -> None:
    [posting] = read_address(server.url("/chain/4"))  # 5 redirects in all
    assert posting.company == "Northwind Labs"
    with pytest.raises(FetchError, match="redirected more than 5 times"):
        fetch(server.url("/chain/5"))


def test_a_redirect_to_a_file_is_refused(server: PageServer) -> None:
    with pytest.raises(FetchError, match="redirected to a file: address"):
        fetch(server.url("/to-file"))


def test_not_a_page_and_not_found_are_said_plainly(server: PageServer) -> None:
    with pytest.raises(FetchError, match="not a web page"):
        fetch(server.url("/pdf"))
    with pytest.raises(FetchError, match="404"):
        fetch(server.url("/missing"))


def test_nothing_listening_is_said_plainly() -> None:
    with serving() as gone:
        url = gone.url("/boards/lever.html")
    with pytest.raises(FetchError, match="refused"):
        fetch(url)


def test_https_uses_the_system_ca_store(tmp_path: Path) -> None:
    cert, key = make_certificate(tmp_path)
    with serving() as plain:
        httpd: ThreadingHTTPServer = plain
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        url = plain.url("/boards/lever.html").replace("http://", "https://")
        with pytest.raises(FetchError, match="certificate"):
            fetch(url, timeout_s=5)
        trusting = ssl.create_default_context(cafile=str(cert))
        assert b"Fabrikam" in fetch(url, timeout_s=5, context=trusting).body


def test_fields_cover_what_the_command_prints() -> None:
    assert FIELDS == (
        "company",
        "role",
        "location",
        "workplace",
        "salary",
        "posted_on",
        "closes_on",
        "url",
        "description",
    )
