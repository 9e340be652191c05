"""`nextmove capture URL|FILE [--json] [--add]` as a script runs it: a real process."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from nextmove.storage.database import DataPaths, open_database
from tests.capture.test_extract import EXPECTED, PAGES, expected_json
from tests.page_server import PageServer, serving


def nextmove(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nextmove", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def one_line_failure(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("nextmove: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def rows(data_dir: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(data_dir / "nextmove.sqlite3")
    try:
        return connection.execute(
            "SELECT id, company, role, job_url, location, salary, status, job_description, "
            "next_action_on, source FROM application ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with serving() as running:
        yield running


@pytest.mark.parametrize("board", ["greenhouse", "smartrecruiters", "linkedin", "non_utf8"])
def test_json_prints_only_the_posting_as_json(board: str) -> None:
    result = nextmove("capture", PAGES / f"{board}.html", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    [line] = result.stdout.splitlines()
    assert json.loads(line) == expected_json(board)


def test_every_fixture_board_gives_its_fields_through_the_command() -> None:
    for board in sorted(EXPECTED):
        result = nextmove("capture", PAGES / f"{board}.html", "--json")
        assert json.loads(result.stdout) == expected_json(board), board


def test_several_postings_print_one_object_per_line() -> None:
    result = nextmove("capture", PAGES / "two_postings.html", "--json")
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["role"], second["role"]) == ("Site Reliability Engineer", "Technical Writer")
    assert second["workplace"] == "remote"
    assert second["salary"] is None


def test_a_url_is_fetched_and_falls_back_to_its_own_address(server: PageServer) -> None:
    url = server.url("/boards/entities_lists.html")
    result = nextmove("capture", url, "--json")
    assert result.returncode == 0, result.stderr
    posting = json.loads(result.stdout)
    assert posting == {**expected_json("entities_lists"), "url": url}


def test_without_json_the_posting_reads_as_text() -> None:
    result = nextmove("capture", PAGES / "ashby.html")
    assert result.returncode == 0, result.stderr
    assert "Company:   Contoso Health" in result.stdout
    assert "Workplace: remote" in result.stdout
    assert "  • Build our streaming pipeline" in result.stdout


def test_add_tracks_the_first_posting_with_its_description_and_prints_its_id(
    data_dir: Path,
) -> None:
    result = nextmove("--data-dir", data_dir, "capture", PAGES / "two_postings.html", "--add")
    assert result.returncode == 0, result.stderr
    new_id = int(result.stdout.strip())
    [row] = rows(data_dir)
    assert row[0] == new_id
    assert row[1:8] == (
        "Relecloud",
        "Site Reliability Engineer",
        "https://relecloud.example/careers/sre",
        "Amsterdam, NL",
        "€32.50 an hour",
        "wishlist",
        "Keep our clusters healthy.",
    )
    assert row[8] == "2026-12-15"
    assert row[9] == "relecloud.example"


def test_adding_the_same_posting_again_gives_the_existing_id(data_dir: Path) -> None:
    first = nextmove("--data-dir", data_dir, "capture", PAGES / "lever.html", "--add")
    again = nextmove("--data-dir", data_dir, "capture", PAGES / "lever.html", "--add", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["id"] == int(first.stdout)
    assert "already tracked" in again.stderr
    assert len(rows(data_dir)) == 1


def test_add_refuses_while_the_app_holds_the_folder_but_reading_still_works(
    data_dir: Path,
) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    lock = QLockFile(str(paths.lock))
    assert lock.tryLock(0)
    try:
        refused = nextmove("--data-dir", data_dir, "capture", PAGES / "lever.html", "--add")
        line = one_line_failure(refused)
        assert "Application › New from Posting…" in line
        read = nextmove("--data-dir", data_dir, "capture", PAGES / "lever.html", "--json")
        assert read.returncode == 0, read.stderr
    finally:
        lock.unlock()
    assert rows(data_dir) == []


def test_add_without_a_company_says_so_and_adds_nothing(data_dir: Path) -> None:
    result = nextmove("--data-dir", data_dir, "capture", PAGES / "broken_jsonld.html", "--add")
    assert "does not state the company" in one_line_failure(result)


@pytest.mark.parametrize(
    ("argument", "reason"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("data:text/html,<h1>x</h1>", "only http and https"),
        ("no-such-page.html", "no file called"),
    ],
)
def test_bad_input_is_one_line_on_stderr(argument: str, reason: str) -> None:
    assert reason in one_line_failure(nextmove("capture", argument, "--json"))


def test_a_page_without_a_posting_and_a_failed_fetch_are_one_line(
    tmp_path: Path, server: PageServer
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><div></div></body></html>", encoding="utf-8")
    assert "no job posting" in one_line_failure(nextmove("capture", empty, "--json"))
    assert "404" in one_line_failure(nextmove("capture", server.url("/gone"), "--json"))
    assert "redirected" in one_line_failure(nextmove("capture", server.url("/to-file")))
