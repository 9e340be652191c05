"""The command line core: one line and a non-zero exit on any failure, never a traceback."""

import argparse
import os
from pathlib import Path

import pytest

from nextmove import cli
from nextmove.cli.backup import keep_setting
from nextmove.storage.backups import list_backups
from nextmove.storage.database import DataPaths, open_database
from tests.storage.helpers import add_applications, companies


def _run(argv: list[str]) -> int:
    return cli.run(cli.build_parser().parse_args(argv))


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_backup_prints_the_path_of_a_backup_holding_the_data(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(DataPaths(data_dir)).close()
    add_applications(data_dir / "nextmove.sqlite3", 2)

    assert _run(["--data-dir", str(data_dir), "backup"]) == 0

    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == data_dir / "backups"
    assert companies(printed) == ["Company 0", "Company 1"]


def test_backup_without_a_database_fails_in_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["--data-dir", str(data_dir), "backup"]) == 1
    line = _one_line(capsys.readouterr().err)
    assert line == f"nextmove: there is no Next Move database in {data_dir}"
    assert not data_dir.exists()  # a failed command creates nothing


def test_backup_of_a_file_that_is_not_a_database_fails_in_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    (data_dir / "nextmove.sqlite3").write_bytes(os.urandom(8192))
    assert _run(["--data-dir", str(data_dir), "backup"]) == 1
    assert "is damaged or is not a Next Move database" in _one_line(capsys.readouterr().err)
    assert list_backups(data_dir / "backups") == []


def test_backup_keeps_as_many_as_the_setting_says(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(DataPaths(data_dir)).close()
    (data_dir / "settings.ini").write_text("[backups]\nkeep=2\n", encoding="utf-8")
    for _ in range(3):
        assert _run(["--data-dir", str(data_dir), "backup"]) == 0
    assert len(list_backups(data_dir / "backups")) == 2


@pytest.mark.parametrize(
    ("content", "expected"),
    [("", 10), ("[backups]\nkeep=3\n", 3), ("[backups]\nkeep=lots\n", 10), ("\x00junk", 10)],
)
def test_keep_setting_falls_back_to_the_default(
    tmp_path: Path, content: str, expected: int
) -> None:
    (tmp_path / "settings.ini").write_text(content, encoding="utf-8")
    assert keep_setting(tmp_path) == expected


def test_usage_error_is_one_line_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.build_parser().parse_args(["no-such-command"])
    assert raised.value.code == 2
    assert "see nextmove --help" in _one_line(capsys.readouterr().err)


def test_an_unexpected_error_is_one_line_without_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(args: argparse.Namespace) -> int:
        raise RuntimeError("the widget\nexploded")

    assert cli.run(argparse.Namespace(handler=broken, data_dir=None)) == 1
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("nextmove: unexpected error: the widget exploded (details are in ")
    assert line.endswith("nextmove.log)")


def test_a_command_error_keeps_its_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    def refuse(args: argparse.Namespace) -> int:
        raise cli.CommandError("FILE.csv has no Company column", cli.EXIT_USAGE)

    assert cli.run(argparse.Namespace(handler=refuse, data_dir=None)) == 2
    assert _one_line(capsys.readouterr().err) == "nextmove: FILE.csv has no Company column"


def test_a_missing_file_names_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    def read(args: argparse.Namespace) -> int:
        (tmp_path / "gone.csv").read_text()
        return 0

    assert cli.run(argparse.Namespace(handler=read, data_dir=None)) == 1
    line = _one_line(capsys.readouterr().err)
    assert line == f"nextmove: no such file or directory: {tmp_path / 'gone.csv'}"


def test_open_data_migrates_and_closes(data_dir: Path) -> None:
    args = cli.build_parser().parse_args(["--data-dir", str(data_dir)])
    with cli.open_data(args) as database:
        assert database.path == data_dir / "nextmove.sqlite3"
    assert (data_dir / "clean-shutdown.json").exists()


@pytest.mark.parametrize(
    ("argv", "menu"),
    [
        (["import", "x.csv"], "File › Import CSV…"),
        (["accounts", "add", "--name", "W", "--from", "a@b.c", "--host", "h", "--port", "1",
          "--security", "starttls", "--username", "u"], "Mail › Mail Accounts…"),
        (["accounts", "remove", "Work"], "Mail › Mail Accounts…"),
        (["send", "--account", "W", "--to", "a@b.c", "--subject", "s", "--body-file", "b"],
         "Mail › Compose Email…"),
        (["outbox", "send"], "Mail › Send Waiting Emails"),
    ],
)  # fmt: skip
def test_a_writing_command_refused_while_the_app_is_open_names_its_own_menu_command(
    argv: list[str], menu: str
) -> None:
    args = cli.build_parser().parse_args(argv)
    assert cli.app_is_open(args) == (
        f"Next Move is open on this data folder; close it first, or use {menu} in the app"
    )


def test_a_damaged_database_says_what_to_do(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    (data_dir / "nextmove.sqlite3").write_bytes(os.urandom(8192))
    assert _run(["--data-dir", str(data_dir), "export", str(data_dir / "out.csv")]) == 1
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("nextmove: nextmove.sqlite3 is damaged or is not a Next Move database")
    assert line.endswith(
        "; open Next Move to restore a backup or start with an empty database "
        "(the damaged file is kept)"
    )


@pytest.mark.parametrize(
    ("message", "line"),
    [
        ("There is no file called x.csv.", "there is no file called x.csv"),
        ("badrows.csv has 2 problems", "badrows.csv has 2 problems"),
        ("Next Move is open", "Next Move is open"),
        ("SMTP said no. The account was not added.", "SMTP said no. The account was not added."),
    ],
)
def test_every_failure_reads_on_from_the_program_name(
    message: str, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.fail(message) == 1
    assert capsys.readouterr().err == f"nextmove: {line}\n"
