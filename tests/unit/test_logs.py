"""The log: one start line, DEBUG only with --verbose, nothing private in it, and fatal
crashes written by faulthandler beside it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from nextmove import logs
from nextmove.app import main
from tests.log_capture import log_into

ROOT = Path(__file__).resolve().parents[2]


def test_each_start_is_logged_with_version_platform_and_data_folder(tmp_path: Path) -> None:
    with log_into(tmp_path / "log") as log_file:
        logs.log_start("9.9.9", tmp_path / "data")
    text = log_file.read_text(encoding="utf-8")
    assert " INFO " in text
    assert "Next Move 9.9.9 starting" in text
    assert sys.platform in text.lower() or "linux" in text.lower()
    assert str(tmp_path / "data") in text
    if os.name == "posix":
        assert (log_file.stat().st_mode & 0o777) == 0o600


def test_debug_only_with_verbose(tmp_path: Path) -> None:
    with log_into(tmp_path / "quiet") as quiet:
        logs.log.debug("detail one")
        logs.log.info("a start")
    assert "detail one" not in quiet.read_text(encoding="utf-8")
    with log_into(tmp_path / "loud", verbose=True) as loud:
        logs.log.debug("detail two")
    assert "detail two" in loud.read_text(encoding="utf-8")


def test_the_command_line_takes_verbose(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with log_into(tmp_path / "log"):
        assert main(["--verbose", "--data-dir", str(tmp_path / "data"), "export", "-"]) == 0
        assert logs.log.level == logging.DEBUG
        assert main(["--data-dir", str(tmp_path / "data"), "export", "-"]) == 0
        assert logs.log.level == logging.INFO
    capsys.readouterr()


_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
_addresses = st.builds(
    lambda a, b, c: f"{a}@{b}.{c}", _words, _words, st.sampled_from(["com", "org", "co.uk"])
)
_secrets = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789_-", min_size=8, max_size=40)


@given(
    address=_addresses,
    secret=_secrets,
    key=st.sampled_from(["password", "token", "refresh_token", "access_token", "client_secret"]),
    sep=st.sampled_from(["=", ": ", " = "]),
)
def test_scrub_removes_any_address_and_any_secret(
    address: str, secret: str, key: str, sep: str
) -> None:
    line = f"login failed for {address} with {key}{sep}{secret} and Bearer {secret}"
    cleaned = logs.scrub(line)
    assert address not in cleaned
    assert secret not in cleaned
    assert "login failed for <address>" in cleaned


def test_an_unhandled_exception_is_logged_scrubbed_with_its_traceback(tmp_path: Path) -> None:
    reported: list[str] = []
    saved = sys.excepthook
    with log_into(tmp_path / "log") as log_file:
        logs.install_hooks(reported.append)
        try:
            try:
                raise ValueError("cannot reach jane@example.org, password=hunter2secret")
            except ValueError:
                sys.excepthook(*sys.exc_info())
        finally:
            sys.excepthook = saved
    text = log_file.read_text(encoding="utf-8")
    assert "Unhandled exception" in text
    assert "Traceback (most recent call last)" in text
    assert "test_logs.py" in text
    assert "jane@example.org" not in text
    assert "hunter2secret" not in text
    assert reported
    assert "ValueError" in reported[0]
    assert "hunter2secret" not in reported[0]


def test_faulthandler_writes_a_fatal_crash_next_to_the_log(tmp_path: Path) -> None:
    crash = (
        "from nextmove import logs\n"
        "print(logs.enable_crash_file())\n"
        "import ctypes\n"
        "ctypes.string_at(0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", crash],
        env=dict(
            os.environ, NEXTMOVE_LOG_DIR=str(tmp_path / "log"), PYTHONPATH=str(ROOT / "desktop")
        ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert result.stdout.strip() == str(tmp_path / "log" / logs.CRASH_FILE)
    text = (tmp_path / "log" / logs.CRASH_FILE).read_text(encoding="utf-8")
    assert "Fatal Python error" in text
    assert "Segmentation fault" in text
