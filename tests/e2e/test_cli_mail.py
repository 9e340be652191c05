"""`nextmove accounts …`, `send` and `outbox` as a script would run them: real processes, a
real keyring (Secret Service), a real SMTP server with STARTTLS and AUTH."""

from __future__ import annotations

import base64
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.smtp_server import USERNAME, SmtpServer, make_certificate

SENTINEL = "Zq7-sentinel-pässword-9Xw"


def _keyring_ready() -> str | None:
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        if backend.priority < 1:
            return "no Secret Service"
        backend.get_password("nextmove", "probe")
    except Exception as error:
        return type(error).__name__
    return None


pytestmark = [
    pytest.mark.keyring,
    pytest.mark.skipif(
        _keyring_ready() is not None,
        reason="needs a Secret Service keyring: run the suite with `python3 dev.py test`",
    ),
]


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    return make_certificate(tmp_path / "tls")


@pytest.fixture
def server(certificate: tuple[Path, Path]) -> Iterator[SmtpServer]:
    with SmtpServer(*certificate, mode="starttls") as smtp:
        smtp.behaviour.password = SENTINEL
        yield smtp


def nextmove(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _add(data_dir: Path, server: SmtpServer, cert: Path, password: str = SENTINEL):  # type: ignore[no-untyped-def]
    return nextmove(
        data_dir,
        "accounts", "add", "--name", "Work", "--from", "sam@example.com",
        "--host", server.host, "--port", str(server.port), "--security", "starttls",
        "--username", USERNAME, "--ca-file", str(cert), "--password-stdin",
        stdin=password + "\n",
    )  # fmt: skip


def test_add_send_list_and_remove_without_leaking_the_password(
    data_dir: Path, server: SmtpServer, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    outputs: list[str] = []

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        result = nextmove(data_dir, *args, stdin=stdin)
        outputs.extend([result.stdout, result.stderr])
        return result

    added = _add(data_dir, server, certificate[0])
    outputs.extend([added.stdout, added.stderr])
    assert added.returncode == 0, added.stderr
    assert "keyring" in added.stdout
    # No --sender-name: a name is guessed from the address, and the output says so.
    assert "signed “Sam”" in added.stdout
    assert "From: Sam <sam@example.com>" not in added.stdout

    tested = run("accounts", "test", "Work")
    assert tested.returncode == 0, tested.stderr
    assert server.received == []

    body = tmp_path / "body.txt"
    body.write_text("Thank you for your time.\n\nSam\n", encoding="utf-8")
    sent = run(
        "send", "--account", "Work", "--to", "alex@example.org",
        "--subject", "Thank you", "--body-file", str(body),
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    [received] = server.received
    assert received.recipients == ["alex@example.org"]
    assert received.message["Subject"] == "Thank you"
    assert received.message["From"] == "Sam <sam@example.com>"

    listed = run("outbox", "list")
    assert "sent\talex@example.org\tThank you" in listed.stdout
    accounts = run("accounts", "list")
    assert f"Work\tsam@example.com\t127.0.0.1:{server.port} STARTTLS" in accounts.stdout

    forms = {
        SENTINEL,
        base64.b64encode(SENTINEL.encode()).decode(),
        base64.b64encode(f"\0{USERNAME}\0{SENTINEL}".encode()).decode(),
        urllib.parse.quote(SENTINEL),
        urllib.parse.quote_plus(SENTINEL),
    }
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for form in forms:
                assert form.encode() not in content, f"password found in {path.name}"
                assert SENTINEL.encode("utf-16-le") not in content
    for text in outputs:
        for form in forms:
            assert form not in text

    removed = run("accounts", "remove", "Work")
    assert removed.returncode == 0
    from keyring.backends import SecretService

    assert SecretService.Keyring().get_password("nextmove", "1") is None


def test_failures_exit_non_zero_with_the_reason(
    data_dir: Path, server: SmtpServer, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    assert _add(data_dir, server, certificate[0], password="wrong").returncode == 0
    body = tmp_path / "body.txt"
    body.write_text("Hi\n", encoding="utf-8")

    refused = nextmove(data_dir, "accounts", "test", "Work")
    assert refused.returncode == 1
    assert "refused the user name or password" in refused.stderr

    kept = nextmove(
        data_dir, "send", "--account", "Work", "--to", "alex@example.org",
        "--subject", "Hello", "--body-file", str(body),
    )  # fmt: skip
    assert kept.returncode == 1
    assert "waits in the outbox" in kept.stderr
    assert "needs attention\talex@example.org" in nextmove(data_dir, "outbox", "list").stdout

    # Each blocked message is named with its reason, not only "Sent 0, failed 0".
    batch = nextmove(data_dir, "outbox", "send")
    assert batch.returncode == 1
    assert "waiting for you to fix the account 1" in batch.stdout
    assert batch.stdout.endswith(".\n")
    assert "to alex@example.org (needs attention): The server refused" in batch.stderr

    missing = nextmove(
        data_dir, "send", "--account", "Work", "--to", "alex@example.org",
        "--subject", "Hello", "--body-file", str(tmp_path / "nonexist"),
    )  # fmt: skip
    assert missing.returncode == 1
    assert "there is no file" in missing.stderr
    assert "Error" not in missing.stderr  # no exception names
    dead = nextmove(data_dir, "send", "--account", "Work", "--to", "alex@example.org",
                    "--subject", "Hello", "--body-file", str(tmp_path))  # fmt: skip
    assert "is a folder" in dead.stderr

    injected = nextmove(
        data_dir, "send", "--account", "Work", "--to", "alex@example.org\r\nBcc: x@y.z",
        "--subject", "Hello", "--body-file", str(body),
    )  # fmt: skip
    assert injected.returncode == 1
    assert "single line" in injected.stderr

    assert nextmove(data_dir, "accounts", "test", "Nobody").returncode == 1
    assert _add(data_dir, server, certificate[0]).returncode == 1  # the name is taken
    assert server.received == []
    assert server.auth_lines >= 1


def test_an_empty_outbox_says_so_and_every_answer_ends_its_line(data_dir: Path) -> None:
    sent = nextmove(data_dir, "outbox", "send")
    assert sent.returncode == 0
    assert sent.stdout == "Nothing is waiting in the outbox.\n"  # not "Sent 0, … failed 0."
    assert sent.stderr == ""
    for args in (("outbox", "list"), ("accounts", "list"), ("accounts", "test", "Nobody")):
        result = nextmove(data_dir, *args)
        for output in (result.stdout, result.stderr):
            assert output == "" or output.endswith("\n"), (args, output)
        assert result.stdout or result.stderr, args  # each says something


def test_send_signs_with_your_details_from_the_window_preferences(
    data_dir: Path, server: SmtpServer, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    added = _add(data_dir, server, certificate[0])
    assert added.returncode == 0, added.stderr
    # Written the way the window's QSettings writes Your details.
    (data_dir / "settings.ini").write_text(
        '[details]\nname=Alex Kim\nsignature="Alex Kim\\nData analyst, Leeds"\n', encoding="utf-8"
    )
    body = tmp_path / "body.txt"
    body.write_text("Thank you for your time.\n\nBest,\n{your_name}\n{signature}\n", "utf-8")
    sent = nextmove(
        data_dir, "send", "--account", "Work", "--to", "alex@example.org",
        "--subject", "Thank you from {your_name}", "--body-file", str(body),
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    [received] = server.received
    assert received.message["Subject"] == "Thank you from Alex Kim"
    content = received.message.get_content().replace("\r\n", "\n")
    assert content.endswith("Best,\nAlex Kim\nData analyst, Leeds\n")
    assert "{" not in content
