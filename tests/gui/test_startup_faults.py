"""The window's start says what went wrong in the same plain words as the command line: a
full disk, a folder where the database should be, a revision this version does not know, a
read-only folder, another command at work. Never SQL, parameters or library links."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from nextmove.app import open_context
from nextmove.storage.database import DataPaths, open_database
from nextmove.ui.main_window import MainWindow
from nextmove.ui.startup import claim_data_folder, open_data
from tests.fault_disks import fill, read_only, small_disk
from tests.lock_holders import command_holding

LIBRARY_TEXT = ("[SQL", "parameters", "sqlalche.me", "Background on", "(sqlite3.", "I/O error")


class Answers:
    def __init__(self) -> None:
        self.asked: list[tuple[str, str, list[str]]] = []

    def __call__(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[str]
    ) -> int:
        self.asked.append((title, text, list(choices)))
        return 0

    def only(self) -> tuple[str, str]:
        [(title, text, choices)] = self.asked
        assert choices == ["Quit"]
        for library in LIBRARY_TEXT:
            assert library not in text, text
        return title, text


@pytest.fixture
def parent(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def _opener(immediate_pool):  # type: ignore[no-untyped-def]
    return lambda data_dir: open_context(data_dir, pool=immediate_pool)


def test_a_full_disk_is_named_and_a_new_database_leaves_no_file(
    parent: MainWindow,
    immediate_pool,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    with small_disk(tmp_path / "disk", 256) as disk:
        fill(disk, leave_bytes=8 * 1024)
        data = disk / "data"
        answers = Answers()

        assert open_data(parent, data, _opener(immediate_pool), ask=answers) is None

        title, text = answers.only()
        assert title == "Next Move cannot open your data"
        assert text == (
            f"The disk is full, so nothing more can be saved in {data}; free some space and try "
            "again (nothing was changed)."
        )
        assert [p.name for p in data.iterdir()] == []


def test_a_folder_where_the_database_should_be_is_named(
    parent: MainWindow,
    immediate_pool,  # type: ignore[no-untyped-def]
    data_dir: Path,
) -> None:
    (data_dir / "nextmove.sqlite3").mkdir(parents=True)
    answers = Answers()
    assert open_data(parent, data_dir, _opener(immediate_pool), ask=answers) is None
    _title, text = answers.only()
    assert text.startswith(
        f"There is a folder where the database should be ({data_dir / 'nextmove.sqlite3'})"
    )


def test_a_revision_this_version_does_not_know_is_named(
    parent: MainWindow,
    immediate_pool,  # type: ignore[no-untyped-def]
    data_dir: Path,
) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001zz'")
    connection.close()
    before = paths.database.read_bytes()
    answers = Answers()

    for _ in range(2):
        assert open_data(parent, data_dir, _opener(immediate_pool), ask=answers) is None

    texts = {text for _title, text, _choices in answers.asked}
    assert texts == {
        f"The data in {data_dir} is in a format this version of Next Move does not know "
        "(revision 0001zz); open it with the version that saved it, or restore a backup "
        "(nothing was changed)."
    }
    assert paths.database.read_bytes() == before
    assert not paths.backups.exists() or list(paths.backups.iterdir()) == []


def test_a_read_only_folder_is_named_when_the_window_starts(data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    open_database(paths).close()
    answers = Answers()
    with read_only(data_dir):
        assert claim_data_folder(data_dir, ask=answers) is None
    title, text = answers.only()
    assert title == "Next Move cannot open your data"
    assert text.startswith(f"The data folder {data_dir} is read-only, so nothing can be")


def test_a_command_at_work_is_not_called_a_running_app(data_dir: Path) -> None:
    open_database(DataPaths(data_dir)).close()
    answers = Answers()
    with command_holding(data_dir):
        assert claim_data_folder(data_dir, ask=answers) is None
    title, text = answers.only()
    assert title == "Next Move is busy"
    assert text == (
        f"Another Next Move command (nextmove accounts add) is using this data folder:\n"
        f"{data_dir}\n\nWait for it to finish, then start Next Move again."
    )
    lock = claim_data_folder(data_dir, ask=answers)  # once it has finished, the app starts
    assert lock is not None
    lock.unlock()
