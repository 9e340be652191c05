"""File › Export CSV…: every application with its history, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.csv_actions import CsvActions

TODAY = date(2026, 11, 26)


def _actions(window: MainWindow) -> CsvActions:
    found = window.findChild(CsvActions, "csv_actions")
    assert isinstance(found, CsvActions)
    return found


def test_export_writes_every_application_with_its_history(
    window: MainWindow, tmp_path: Path
) -> None:
    assert window.context is not None
    repo = ApplicationRepository(window.context.database)
    acme = repo.add(
        ApplicationData("Acme", "Engineer", Status.APPLIED, applied_on=date(2026, 10, 1)), TODAY
    )
    repo.add_event(acme, EventKind.INTERVIEW, date(2026, 10, 9), "round one", 1)
    repo.add(ApplicationData("=cmd|'/C calc'!A0", "@evil", notes="-1+1"), TODAY)
    window.reload()
    target = tmp_path / "out.csv"
    actions = _actions(window)
    offered: list[Path] = []

    def choose(folder: Path) -> Path:
        offered.append(folder)
        return target

    actions.choose_export_path = choose
    window.action("action_export_csv").trigger()

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with a BOM
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["Company"] for r in rows] == ["Acme", "'=cmd|'/C calc'!A0"]
    assert rows[0]["History"] == "2026-10-01 applied; 2026-10-09 interview (round 1): round one"
    assert rows[0]["Status"] == "Interviewing"
    assert rows[1]["Role"] == "'@evil"
    assert rows[1]["Notes"] == "'-1+1"
    assert window.statusBar().currentMessage() == "Exported 2 applications to out.csv"
    # The next export starts in the folder used last time.
    window.action("action_export_csv").trigger()
    assert offered[1] == tmp_path


def test_a_folder_that_cannot_be_written_gets_a_message(window: MainWindow, tmp_path: Path) -> None:
    actions = _actions(window)
    shown: list[str] = []
    actions.show_error = lambda _title, text: shown.append(text)
    actions.choose_export_path = lambda _folder: tmp_path / "missing" / "out.csv"
    window.action("action_export_csv").trigger()
    assert shown == [f"There is no folder {tmp_path / 'missing'}. Choose a folder that exists."]
    assert not (tmp_path / "missing").exists()
