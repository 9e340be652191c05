"""What a person sees when the data cannot simply be opened: already running, newer, damaged."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QWidget

from nextmove.app import open_context
from nextmove.storage.backups import DAILY, create_backup
from nextmove.storage.database import DataPaths, open_database
from nextmove.ui.main_window import MainWindow
from nextmove.ui.startup import claim_data_folder, open_data
from tests.storage.helpers import add_applications, companies, damage_table_pages


class Answers:
    """Stands in for the ask() seam: records each question and gives the scripted answer."""

    def __init__(self, *answers: int) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str, list[str]]] = []

    def __call__(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[str]
    ) -> int:
        self.asked.append((title, text, list(choices)))
        return self.answers.pop(0)


@pytest.fixture
def parent(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def opener(immediate_pool):  # type: ignore[no-untyped-def]
    opened = []

    def open_and_remember(data_dir: Path):  # type: ignore[no-untyped-def]
        context = open_context(data_dir, pool=immediate_pool)
        opened.append(context)
        return context

    yield open_and_remember
    for context in opened:
        context.database.close()


def _damaged_folder_with_backup(data_dir: Path, *, backup: bool) -> DataPaths:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    add_applications(paths.database, 2, prefix="Saved")
    if backup:
        create_backup(paths.database, paths.backups, DAILY, now=datetime(2026, 11, 25, 9, 0))
    add_applications(paths.database, 300, text="x" * 400)
    damage_table_pages(paths.database)
    return paths


# --- single instance --------------------------------------------------------------------------


def test_a_second_launch_explains_and_never_opens_the_database(data_dir: Path) -> None:
    data_dir.mkdir()
    first = QLockFile(str(data_dir / "nextmove.lock"))
    assert first.tryLock(0)
    answers = Answers(0)

    assert claim_data_folder(data_dir, ask=answers) is None

    title, text, choices = answers.asked[0]
    assert title == "Next Move is already running"
    assert str(data_dir) in text
    assert choices == ["Quit"]
    assert not (data_dir / "nextmove.sqlite3").exists()
    first.unlock()


def test_a_data_dir_that_is_a_file_is_called_a_file(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    answers = Answers(0)

    assert claim_data_folder(a_file, ask=answers) is None

    title, text, choices = answers.asked[0]
    assert title == "Next Move cannot open your data"
    assert f"this is a file:\n{a_file}" in text
    assert "File exists" not in text
    assert choices == ["Quit"]
    assert a_file.read_text(encoding="utf-8") == "not a folder"


def test_the_lock_is_free_again_after_the_app_quits(data_dir: Path) -> None:
    lock = claim_data_folder(data_dir, ask=Answers())
    assert lock is not None
    lock.unlock()
    again = claim_data_folder(data_dir, ask=Answers())
    assert again is not None
    again.unlock()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_lock_left_by_a_killed_process_is_reclaimed(data_dir: Path) -> None:
    data_dir.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1])\n"
            "assert lock.tryLock(0)\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(data_dir / "nextmove.lock"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    answers = Answers(0)
    assert claim_data_folder(data_dir, ask=answers) is None  # alive: refused

    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    holder.stdout.close()

    lock = claim_data_folder(data_dir, ask=answers)
    assert lock is not None, answers.asked
    assert len(answers.asked) == 1
    lock.unlock()


# --- data from a newer version ----------------------------------------------------------------


def test_data_from_a_newer_version_is_explained_and_left_alone(
    parent: MainWindow,
    opener,  # type: ignore[no-untyped-def]
    data_dir: Path,
) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = paths.database.read_bytes()
    answers = Answers(0)

    assert open_data(parent, data_dir, opener, ask=answers) is None

    title, text, choices = answers.asked[0]
    assert title == "This data needs a newer Next Move"
    assert "newer version" in text
    assert choices == ["Quit"]
    assert paths.database.read_bytes() == before


# --- damaged data -----------------------------------------------------------------------------


def test_damaged_data_can_be_replaced_by_the_latest_good_backup(
    parent: MainWindow,
    opener,  # type: ignore[no-untyped-def]
    data_dir: Path,
) -> None:
    paths = _damaged_folder_with_backup(data_dir, backup=True)
    damaged = paths.database.read_bytes()
    answers = Answers(0)

    context = open_data(parent, data_dir, opener, ask=answers)

    assert context is not None
    title, text, choices = answers.asked[0]
    assert title == "Your data file is damaged"
    assert (
        "If you restore the backup or start with an empty database, the damaged file is kept"
        in text
    )
    assert "Whatever you choose" not in text  # Quit renames nothing
    assert text.endswith(
        "Quit leaves the file untouched; Next Move asks again when it next starts."
    )
    assert choices[0].startswith("Restore Backup from ")
    assert "2026" in choices[0]
    assert choices[1:] == ["Start with an Empty Database", "Quit"]
    assert companies(paths.database) == ["Saved 0", "Saved 1"]
    aside = list(data_dir.glob("nextmove.sqlite3.damaged-????????-??????"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == damaged


def test_damaged_data_without_backup_can_start_empty(
    parent: MainWindow,
    opener,  # type: ignore[no-untyped-def]
    data_dir: Path,
) -> None:
    paths = _damaged_folder_with_backup(data_dir, backup=False)
    damaged = paths.database.read_bytes()
    answers = Answers(0)

    context = open_data(parent, data_dir, opener, ask=answers)

    assert context is not None
    assert "There is no backup to restore from." in answers.asked[0][1]
    assert "If you start with an empty database, the damaged file is kept" in answers.asked[0][1]
    assert answers.asked[0][2] == ["Start with an Empty Database", "Quit"]
    assert companies(paths.database) == []
    (aside,) = data_dir.glob("nextmove.sqlite3.damaged-????????-??????")
    assert aside.read_bytes() == damaged


def test_quitting_at_the_damaged_data_question_moves_nothing(
    parent: MainWindow,
    opener,  # type: ignore[no-untyped-def]
    data_dir: Path,
) -> None:
    paths = _damaged_folder_with_backup(data_dir, backup=True)
    damaged = paths.database.read_bytes()
    answers = Answers(2)

    assert open_data(parent, data_dir, opener, ask=answers) is None

    assert paths.database.read_bytes() == damaged
    assert list(data_dir.glob("*.damaged-*")) == []


def test_a_file_that_is_not_a_database_is_treated_as_damaged(
    parent: MainWindow,
    opener,  # type: ignore[no-untyped-def]
    data_dir: Path,
) -> None:
    data_dir.mkdir()
    junk = os.urandom(10000)
    (data_dir / "nextmove.sqlite3").write_bytes(junk)
    answers = Answers(0)

    assert open_data(parent, data_dir, opener, ask=answers) is not None

    (aside,) = data_dir.glob("nextmove.sqlite3.damaged-????????-??????")
    assert aside.read_bytes() == junk


def test_an_unexpected_failure_is_explained_not_raised(parent: MainWindow, data_dir: Path) -> None:
    def broken_opener(folder: Path):  # type: ignore[no-untyped-def]
        raise RuntimeError("migration 0004 failed")

    answers = Answers(0)
    assert open_data(parent, data_dir, broken_opener, ask=answers) is None
    title, text, choices = answers.asked[0]
    assert title == "Next Move cannot open your data"
    assert "migration 0004 failed" in text
    assert choices == ["Quit"]
