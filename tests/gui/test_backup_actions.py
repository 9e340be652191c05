"""Back Up Now, the daily backup, and Restore from Backup… as a person would use them."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from nextmove.domain.application import ApplicationData
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.backups import BEFORE_RESTORE, DAILY, MANUAL, list_backups
from nextmove.ui import backup_actions
from nextmove.ui.main_window import MainWindow
from nextmove.ui.restore_dialog import RestoreDialog
from tests.storage.helpers import companies


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


def _backups(window: MainWindow) -> backup_actions.BackupActions:
    found = window.findChild(backup_actions.BackupActions, "backup_actions")
    assert found is not None
    return found


def _add(window: MainWindow, *companies: str) -> None:
    assert window.context is not None
    repository = ApplicationRepository(window.context.database)
    for company in companies:
        repository.add(ApplicationData(company, "Engineer"), today=date(2026, 11, 2))
    window.reload()


def _companies(window: MainWindow) -> list[str]:
    assert window.context is not None
    return sorted(companies(window.context.database.path))


def _open_restore_dialog(window: MainWindow, qtbot) -> RestoreDialog:  # type: ignore[no-untyped-def]
    window.action("action_restore_backup").trigger()
    dialog = _backups(window).restore_dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_back_up_now_writes_a_backup_and_says_where(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _add(window, "Acme")
    controller = _backups(window)
    with qtbot.waitSignal(controller.backupFinished) as finished:
        window.action("action_backup_now").trigger()

    info = finished.args[0]
    assert info.reason == MANUAL
    assert [b.path for b in list_backups(window.context.paths.backups)] == [info.path]
    assert info.path.name in window.statusBar().currentMessage()
    assert window.action("action_backup_now").isEnabled()


def test_the_daily_backup_runs_once_a_day(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller = _backups(window)
    with qtbot.waitSignal(controller.backupFinished) as finished:
        assert controller.start_daily_backup()
    assert finished.args[0].reason == DAILY
    assert not controller.start_daily_backup()
    assert len(list_backups(window.context.paths.backups)) == 1


def test_backups_beyond_the_setting_are_pruned(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.context.settings.setValue("backups/keep", 2)
    controller = _backups(window)
    for _ in range(3):
        with qtbot.waitSignal(controller.backupFinished):
            controller.back_up_now()
    assert len(list_backups(window.context.paths.backups)) == 2


def test_restore_brings_back_the_backup_and_can_be_undone(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller = _backups(window)
    _add(window, "Acme", "Globex")
    with qtbot.waitSignal(controller.backupFinished):
        controller.back_up_now()
    _add(window, "Initech")
    answers = Answers(0)
    controller.ask = answers

    dialog = _open_restore_dialog(window, qtbot)
    assert dialog.list.topLevelItemCount() == 1
    with qtbot.waitSignal(controller.restored) as restored:
        dialog.restore_button.click()

    assert answers.asked[0][0] == "Restore this backup?"
    assert "undo" in answers.asked[0][1]
    assert _companies(window) == ["Acme", "Globex"]
    assert window.model.rowCount() == 2
    assert "To undo" in window.statusBar().currentMessage()
    before = restored.args[0]
    assert before.reason == BEFORE_RESTORE

    # Undo: restoring the "before restore" backup gives back what was there.
    controller.ask = Answers(0)
    dialog = _open_restore_dialog(window, qtbot)
    assert dialog.selected_path() == before.path  # newest first
    with qtbot.waitSignal(controller.restored):
        dialog.restore_button.click()
    assert _companies(window) == ["Acme", "Globex", "Initech"]
    assert window.model.rowCount() == 3


def test_cancelling_the_confirmation_changes_nothing(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller = _backups(window)
    with qtbot.waitSignal(controller.backupFinished):
        controller.back_up_now()
    _add(window, "Initech")
    controller.ask = Answers(1)

    dialog = _open_restore_dialog(window, qtbot)
    dialog.restore_button.click()

    assert _companies(window) == ["Initech"]
    assert len(list_backups(window.context.paths.backups)) == 1  # no "before restore" either


def test_a_chosen_file_that_is_not_a_backup_is_refused(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    _add(window, "Acme")
    junk = tmp_path / "holiday-photos.sqlite3"
    junk.write_bytes(os.urandom(4096))
    controller = _backups(window)
    controller.choose_file = lambda parent: junk
    answers = Answers(0)
    controller.ask = answers

    dialog = _open_restore_dialog(window, qtbot)
    assert dialog.empty.isVisibleTo(dialog)  # no backups yet: the dialog says so
    assert not dialog.restore_button.isEnabled()
    dialog.choose_button.click()

    assert answers.asked[0][0] == "This file cannot be restored"
    assert "holiday-photos.sqlite3" in answers.asked[0][1]
    assert _companies(window) == ["Acme"]


@pytest.mark.parametrize(("value", "expected"), [(3, 3), ("4", 4), ("lots", 10), (0, 10)])
def test_keep_setting_is_read_safely(value: object, expected: int) -> None:
    assert backup_actions.keep_count(value) == expected


def test_a_backup_that_cannot_be_written_is_reported(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.context.paths.backups.write_text("a file where the backups folder should be")
    controller = _backups(window)
    answers = Answers(0)
    controller.ask = answers

    with qtbot.waitSignal(controller.backupFailed):
        window.action("action_backup_now").trigger()

    title, text, _ = answers.asked[0]
    assert title == "Backup failed"
    assert f"{window.context.paths.backups} is a file, but Next Move needs a folder there." in text
    assert "File exists" not in text
    assert "Backup failed" in window.statusBar().currentMessage()
    assert window.action("action_backup_now").isEnabled()


def test_a_restore_that_fails_changes_nothing_and_says_so(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    controller = _backups(window)
    with qtbot.waitSignal(controller.backupFinished) as made:
        controller.back_up_now()
    _add(window, "Initech")
    copy = tmp_path / "usb-stick.sqlite3"
    copy.write_bytes(made.args[0].path.read_bytes())
    controller.choose_file = lambda parent: copy
    asked: list[str] = []

    def confirm_then_unplug(parent, title, text, choices) -> int:  # type: ignore[no-untyped-def]
        asked.append(title)
        if title == "Restore this backup?":
            copy.unlink()  # the stick is pulled out after the question was answered
        return 0

    controller.ask = confirm_then_unplug
    dialog = _open_restore_dialog(window, qtbot)
    dialog.choose_button.click()

    assert asked == ["Restore this backup?", "Restore failed"]
    assert _companies(window) == ["Initech"]
    assert window.isEnabled()
