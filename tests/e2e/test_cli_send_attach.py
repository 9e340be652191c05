"""`nextmove send --attach FILE` (repeatable): the files arrive byte for byte; a missing one
is refused before anything is queued."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_cli_mail import SENTINEL, _add, nextmove
from tests.e2e.test_cli_mail import pytestmark as needs_keyring
from tests.smtp_server import SmtpServer, make_certificate

pytestmark = needs_keyring


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    return make_certificate(tmp_path / "tls")


@pytest.fixture
def server(certificate: tuple[Path, Path]) -> Iterator[SmtpServer]:
    with SmtpServer(*certificate, mode="starttls") as smtp:
        smtp.behaviour.password = SENTINEL
        yield smtp


def test_send_attaches_every_file_given(
    data_dir: Path, server: SmtpServer, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    assert _add(data_dir, server, certificate[0]).returncode == 0
    body = tmp_path / "body.txt"
    body.write_text("My CV and portfolio are attached.\n", encoding="utf-8")
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(b"%PDF-1.7\n" + os.urandom(70_000))
    folio = tmp_path / "portfolio.zip"
    folio.write_bytes(os.urandom(5_000))
    result = nextmove(
        data_dir, "send", "--account", "Work", "--to", "alex@example.org",
        "--subject", "Application", "--body-file", str(body),
        "--attach", str(cv), "--attach", str(folio),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [received] = server.received
    parts = list(received.message.iter_attachments())
    assert [p.get_filename() for p in parts] == ["cv.pdf", "portfolio.zip"]
    assert parts[0].get_payload(decode=True) == cv.read_bytes()
    assert parts[1].get_payload(decode=True) == folio.read_bytes()


def test_a_missing_attachment_is_one_line_and_nothing_is_queued(
    data_dir: Path, server: SmtpServer, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    assert _add(data_dir, server, certificate[0]).returncode == 0
    body = tmp_path / "body.txt"
    body.write_text("Hello\n", encoding="utf-8")
    result = nextmove(
        data_dir, "send", "--account", "Work", "--to", "alex@example.org",
        "--subject", "Application", "--body-file", str(body),
        "--attach", str(tmp_path / "nope.pdf"),
    )  # fmt: skip
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line == f"nextmove: there is no file {tmp_path / 'nope.pdf'} to attach; nothing was sent"
    assert "empty" in nextmove(data_dir, "outbox", "list").stdout
    assert server.received == []
