"""`nextmove import` and `nextmove export` as a script or a support person would run them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nextmove.storage.csv_io import export_csv, export_records
from nextmove.storage.database import DataPaths, open_database

DATA = Path(__file__).parent.parent / "data"


def _nextmove(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_import_export_and_reimport_from_the_command_line(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    done = _nextmove(first, "import", DATA / "applications_semicolon_bom.csv")
    assert (done.returncode, done.stdout, done.stderr) == (0, "Imported 3 applications\n", "")

    out = tmp_path / "out.csv"
    done = _nextmove(first, "export", out)
    assert done.returncode == 0
    assert done.stdout == f"Exported 3 applications to {out.resolve()}\n"
    text = out.read_text(encoding="utf-8-sig")
    # The status is dated from the file (its applied date), never the import's own day.
    note = "imported from applications_semicolon_bom.csv"
    assert f"2026-10-03 applied; 2026-10-03 interview (round 1): {note}" in text
    assert '"\'=HYPERLINK(""http://evil"")"' in text

    assert _nextmove(second, "import", out).stdout == "Imported 3 applications\n"
    again = tmp_path / "again.csv"
    database = open_database(DataPaths(second))
    export_csv(database, again)
    database.close()
    assert again.read_bytes() == out.read_bytes()


def test_a_bad_file_exits_1_with_the_line_and_column_and_imports_nothing(
    tmp_path: Path,
) -> None:
    done = _nextmove(tmp_path / "d", "import", DATA / "applications_bad_date.csv")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == (
        "nextmove: applications_bad_date.csv has 1 problem; nothing was imported\n"
        "  line 3, column 'Date Applied': '31/02/2026' is not a date "
        "(write it like 2026-10-03 or 03/10/2026)\n"
    )
    database = open_database(DataPaths(tmp_path / "d"))
    assert export_records(database) == []
    database.close()


def test_garbage_gets_one_line_and_no_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 100)
    done = _nextmove(tmp_path / "d", "import", junk)
    assert done.returncode == 1
    assert done.stderr.startswith("nextmove: this is not a CSV file")
    assert done.stderr.count("\n") == 1


def _run_in_process(data_dir: Path, *args: str | Path) -> int:
    from nextmove import cli

    parsed = cli.build_parser().parse_args(["--data-dir", str(data_dir), *map(str, args)])
    return cli.run(parsed)


def test_no_company_column_unknown_statuses_and_dry_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Colour,Size\nred,L\n", encoding="utf-8")
    assert _run_in_process(tmp_path / "d", "import", odd) == 1
    assert capsys.readouterr().err == (
        "nextmove: odd.csv has no 'Company' or 'Role' column (its columns are: Colour, Size)\n"
    )
    maybe = tmp_path / "maybe.csv"
    maybe.write_text(
        "Company,Role,Status,Last activity\n"
        "Acme,Dev,Maybe,2026-10-01\nGlobex,QA,Maybe,2026-10-02\n",
        encoding="utf-8",
    )
    assert _run_in_process(tmp_path / "d", "import", maybe) == 1
    assert "'Maybe' is not a status Next Move knows" in capsys.readouterr().err
    assert (
        _run_in_process(
            tmp_path / "d", "import", "--dry-run", "--unknown-status", "screening", maybe
        )
        == 0
    )
    assert capsys.readouterr().out == "2 applications are ready to import (nothing was imported)\n"
    assert _run_in_process(tmp_path / "d", "import", "--unknown-status", "screening", maybe) == 0
    database = open_database(DataPaths(tmp_path / "d"))
    assert [r.data.status.value for r in export_records(database)] == ["screening", "screening"]
    database.close()


def test_every_problem_is_listed_up_to_fifty_then_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "".join(f"Co {n},Dev,31/02/2026\n" for n in range(53))
    bad = tmp_path / "bad.csv"
    bad.write_text("Company,Role,Applied\n" + rows, encoding="utf-8")
    for extra in ([], ["--dry-run"]):
        assert _run_in_process(tmp_path / "d", "import", *extra, bad) == 1
        lines = capsys.readouterr().err.splitlines()
        assert lines[0] == "nextmove: bad.csv has 53 problems; nothing was imported"
        assert lines[1].startswith("  line 2, column 'Applied': '31/02/2026' is not a date")
        assert lines[50].startswith("  line 51, column 'Applied'")
        assert lines[51:] == ["  …and 3 more problems"]
    one = tmp_path / "one.csv"
    one.write_text("Company,Role\nAcme,Dev\n", encoding="utf-8")
    assert _run_in_process(tmp_path / "d", "import", "--dry-run", one) == 0
    assert capsys.readouterr().out == "1 application is ready to import (nothing was imported)\n"
    assert _run_in_process(tmp_path / "d", "import", one) == 0
    assert capsys.readouterr().out == "Imported 1 application\n"
