"""File › Import CSV…: the preview, the mapping, and all-or-nothing imports."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from nextmove.domain.csv_format import Field
from nextmove.domain.status import Status
from nextmove.storage.applications import ApplicationRepository
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.csv_actions import CsvActions
from nextmove.ui.tracker.csv_workers import ImportJob
from nextmove.ui.tracker.import_dialog import ImportDialog

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def csv_actions(window: MainWindow) -> CsvActions:
    found = window.findChild(CsvActions, "csv_actions")
    assert isinstance(found, CsvActions)
    return found


def _open_preview(window: MainWindow, actions: CsvActions, path: Path) -> ImportDialog:
    actions.choose_import_path = lambda _folder: path
    window.action("action_import_csv").trigger()
    dialog = actions.dialog
    assert isinstance(dialog, ImportDialog)
    assert dialog.objectName() == "import_dialog"
    assert dialog.isVisible()
    return dialog


def _count(window: MainWindow) -> int:
    assert window.context is not None
    return ApplicationRepository(window.context.database).count()


def test_a_spreadsheet_export_is_previewed_then_imported(
    window: MainWindow, csv_actions: CsvActions
) -> None:
    dialog = _open_preview(window, csv_actions, DATA / "applications_semicolon_bom.csv")
    assert (
        "3 rows, semicolon-separated, UTF-8 with BOM"
        in dialog.findChild(object, "import_summary").text()
    )
    assert dialog.mapping()[:4] == [Field.COMPANY, Field.ROLE, Field.STATUS, Field.APPLIED_ON]
    assert dialog.combos[0].currentText() == "Company"
    preview = [
        [dialog.preview.item(r, c).text() for c in range(6)]
        for r in range(dialog.preview.rowCount())
    ]
    # The last activity the tracker will show, from the file's own dates.
    assert preview[0] == [
        "Acme GmbH",
        "Backend Engineer",
        "Interviewing",
        "3 Oct 2026",
        "3 Oct 2026",
        "Ann Lee",
    ]
    assert preview[1][2] == "Ghosted"  # "No response"
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Import 3 applications"
    folder = Path(os.environ.get("NEXTMOVE_SCREENSHOTS", "artifacts/screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(folder / "import_dialog.png"))

    dialog.import_button.click()
    assert not dialog.isVisible()
    assert _count(window) == 3
    assert window.model.rowCount() == 3
    assert window.statusBar().currentMessage() == "Imported 3 applications and 2 new contacts"

    # Opening the same file again warns that it would add the same applications twice.
    again = _open_preview(window, csv_actions, DATA / "applications_semicolon_bom.csv")
    assert "3 of these rows have the same company and role" in again.message.text()
    again.reject()


def test_a_bad_date_is_named_and_nothing_changes(
    window: MainWindow, csv_actions: CsvActions
) -> None:
    dialog = _open_preview(window, csv_actions, DATA / "applications_bad_date.csv")
    assert not dialog.import_button.isEnabled()
    assert dialog.message.text() == (
        "1 problem in 2 rows, listed below. Fix it in your file, or change how a column is read."
    )
    assert _problems(dialog) == [
        "Line 3, column 'Date Applied': '31/02/2026' is not a date "
        "(write it like 2026-10-03 or 03/10/2026)"
    ]
    # Ignoring the broken column leaves the statuses without any date, and the import never
    # makes one up (the import's own day is not when anything happened): it says so instead.
    dialog.set_mapping(3, None)
    assert not dialog.import_button.isEnabled()
    assert _problems(dialog) == [
        f"Line {line}, column 'Status': 'Applied' has no date: add the applied date, or a "
        "status date column"
        for line in (2, 3)
    ]
    dialog.reject()
    assert _count(window) == 0


def test_a_problem_beyond_the_preview_rows_keeps_the_dialog_open_and_imports_nothing(
    window: MainWindow, csv_actions: CsvActions, tmp_path: Path
) -> None:
    rows = [f"Company {i},Role {i},2026-10-01" for i in range(40)]
    rows[30] = "Company 30,,2026-10-01"
    path = tmp_path / "long.csv"
    path.write_text("Company,Role,Applied\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dialog = _open_preview(window, csv_actions, path)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "Nothing was imported: your file has a problem, listed below. Fix it and try again."
    )
    assert _problems(dialog) == [
        "Line 32, column 'Role': the cell is empty (every application needs a company and a role)"
    ]
    assert dialog.buttons.isEnabled()
    assert _count(window) == 0
    dialog.reject()


def _problems(dialog: ImportDialog) -> list[str]:
    assert dialog.problems.isVisible()
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_every_problem_is_listed_with_its_line_and_column(
    window: MainWindow, csv_actions: CsvActions, tmp_path: Path
) -> None:
    rows = [f"Company {i},Role {i},2026-10-01" for i in range(30)]
    for i in range(10, 20):
        rows[i] = f"Company {i},Role {i},31/02/2026"
    rows[25] = ",Role 25,2026-10-01"
    path = tmp_path / "many.csv"
    path.write_text("Company,Role,Applied\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dialog = _open_preview(window, csv_actions, path)
    assert not dialog.problems.isVisible()  # the first rows are fine
    dialog.import_button.click()
    assert dialog.message.text() == (
        "Nothing was imported: your file has 11 problems, listed below. Fix them and try again."
    )
    listed = _problems(dialog)
    assert len(listed) == 11
    assert listed[0].startswith("Line 12, column 'Applied': '31/02/2026' is not a date")
    assert listed[9].startswith("Line 21, column 'Applied'")
    assert listed[10].startswith("Line 27, column 'Company': the cell is empty")
    assert _count(window) == 0
    dialog.reject()


def test_one_row_is_counted_in_the_singular(
    window: MainWindow, csv_actions: CsvActions, tmp_path: Path
) -> None:
    path = tmp_path / "one.csv"
    path.write_text("Company,Role,Contact\nAcme,Dev,Ann\n", encoding="utf-8")
    dialog = _open_preview(window, csv_actions, path)
    assert "one.csv: 1 row," in dialog.findChild(object, "import_summary").text()
    assert dialog.import_button.text() == "&Import 1 application"
    assert "“imported from one.csv”" in dialog.findChild(object, "import_rules").text()
    dialog.import_button.click()
    assert window.statusBar().currentMessage() == "Imported 1 application and 1 new contact"


def test_unknown_statuses_are_shown_with_the_status_they_will_get(
    window: MainWindow, csv_actions: CsvActions, tmp_path: Path
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(
        "Company,Role,Status,Applied\nAcme,Dev,Maybe,2026-10-01\nGlobex,QA,Maybe,2026-10-02\n",
        encoding="utf-8",
    )
    dialog = _open_preview(window, csv_actions, path)
    assert dialog.status_box.isVisible()
    combo = dialog.status_combos["Maybe"]
    assert combo.currentData() == Status.APPLIED.value
    combo.setCurrentIndex(combo.findData(Status.SCREENING.value))
    assert dialog.preview.item(0, 2).text() == "Screening"
    dialog.import_button.click()
    assert window.context is not None
    assert ApplicationRepository(window.context.database).get(1).status is Status.SCREENING


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "The file is empty."),
        (b"PK\x03\x04\x00\x00" + os.urandom(4096), "This is not a CSV file"),
        (b"Colour,Size\nred,L\n", "no column Next Move recognises"),
    ],
)
def test_garbage_gets_a_clear_message_and_no_dialog(
    window: MainWindow, csv_actions: CsvActions, tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(content)
    shown: list[tuple[str, str]] = []
    csv_actions.show_error = lambda title, text: shown.append((title, text))
    csv_actions.choose_import_path = lambda _folder: path
    window.action("action_import_csv").trigger()
    assert window.findChild(ImportDialog, "import_dialog") is None
    assert len(shown) == 1
    assert words in shown[0][1]
    assert _count(window) == 0


def test_ten_thousand_rows_import_on_a_worker_while_the_window_keeps_working(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    assert window.context is not None
    window.context.pool = QThreadPool()
    actions = CsvActions(window, window.context)  # a second controller using the real pool
    path = tmp_path / "big.csv"
    lines = ["Company,Role,Status,Date Applied,Contact,Contact Email"]
    lines += [
        f"Company {i % 50},Role {i},Interview,01/10/2026,Ann {i % 50},ann{i % 50}@ex.org"
        for i in range(10_000)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions.choose_import_path = lambda _folder: path
    actions._on_import_triggered()
    qtbot.waitUntil(lambda: actions.dialog is not None, timeout=30_000)
    dialog = actions.dialog
    assert dialog is not None
    beats: list[int] = []
    progress: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(1))
    heartbeat.start(5)
    dialog.progress.valueChanged.connect(progress.append)
    dialog.import_button.click()
    # The outcome arrives by signal through the event loop, so the dialog is still busy here:
    # Esc/Cancel must not hide it (its result would go unseen).
    dialog.reject()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: window.model.rowCount() == 10_000, timeout=60_000)
    heartbeat.stop()
    assert beats, "the event loop kept running during the import"
    assert len(progress) > 2
    with sqlite3.connect(window.context.database.path) as connection:
        assert connection.execute("SELECT count(*) FROM stage_event").fetchone() == (20_000,)
        assert connection.execute("SELECT count(*) FROM contact").fetchone() == (50,)


def test_the_error_box_is_plain_text_and_not_modal(
    window: MainWindow, csv_actions: CsvActions
) -> None:
    csv_actions.show_error("Title", "<b>not bold</b>")
    box = window.findChild(QMessageBox, "csv_error")
    assert isinstance(box, QMessageBox)
    assert box.text() == "<b>not bold</b>"
    box.close()


def test_the_preview_says_which_rows_it_checked(
    window: MainWindow, csv_actions: CsvActions, tmp_path: Path
) -> None:
    rows = [f"Company {i},Role {i},2026-10-01" for i in range(1200)]
    rows[2] = "Company 2,,2026-10-01"
    rows[5] = ",Role 5,2026-10-01"
    path = tmp_path / "long.csv"
    path.write_text("Company,Role,Applied\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dialog = _open_preview(window, csv_actions, path)
    assert dialog.message.text() == (
        "2 problems in the first 8 of 1,200 rows, listed below; the rest are checked when you "
        "import. Fix them in your file, or change how a column is read."
    )
    dialog.reject()


def test_the_column_mapping_has_room_and_the_dialog_fits_the_screen(
    window: MainWindow, csv_actions: CsvActions, tmp_path: Path
) -> None:
    headers = "Company,Role,Status,Date Applied,URL,Location,Salary,Notes,Contact"
    path = tmp_path / "wide.csv"
    rows = "Acme,Dev,Applied,31/02/2026,,,,,\nBeta,,Applied,2026-10-01,,,,,\n"
    path.write_text(f"{headers}\n{rows}", encoding="utf-8")
    dialog = _open_preview(window, csv_actions, path)
    assert dialog.problems.isVisible()
    table = dialog.mapping_table
    visible = table.viewport().height() // table.rowHeight(0)
    assert visible >= 6  # not two and a half
    available = window.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= available.height()
    assert dialog.frameGeometry().width() <= available.width()
    dialog.reject()


def _big_import(qtbot, window: MainWindow, tmp_path: Path, rows: int, on_start=None):  # type: ignore[no-untyped-def]
    """`on_start(job)` runs before each job starts (a test connects to its signals there)."""
    assert window.context is not None
    window.context.pool = QThreadPool()
    actions = CsvActions(window, window.context)
    started: list[object] = []
    start = actions._start

    def start_job(job: Any) -> None:
        started.append(job)
        if on_start is not None:
            on_start(job)
        start(job)

    actions._start = start_job  # type: ignore[method-assign]
    path = tmp_path / "big.csv"
    lines = ["Company,Role,Status,Date Applied,Contact,Contact Email"]
    lines += [
        f"Company {i % 50},Role {i},Interview,01/10/2026,Ann {i % 50},ann{i % 50}@ex.org"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions.choose_import_path = lambda _folder: path
    actions._on_import_triggered()
    qtbot.waitUntil(lambda: actions.dialog is not None, timeout=30_000)
    assert actions.dialog is not None
    return actions, actions.dialog, started


def _database_rows(window: MainWindow) -> list[tuple[object, ...]]:
    assert window.context is not None
    with sqlite3.connect(window.context.database.path) as connection:
        return [
            (table, *row)
            for table in ("application", "stage_event", "contact", "application_contact")
            for row in connection.execute(f"SELECT * FROM {table}")  # noqa: S608
        ]


@pytest.mark.parametrize("phase", ["checking", "storing"])
def test_cancel_import_stops_the_import_and_leaves_the_data_as_it_was(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    phase: str,  # type: ignore[no-untyped-def]
) -> None:
    before = _database_rows(window)
    gate = threading.Event()
    seen: list[int] = []
    half = 10_000  # the rows of the file below: storing is past its half

    def hold(done: int, _total: int) -> None:  # worker thread: wait for the press
        if (done > half if phase == "storing" else done > 0) and not gate.is_set():
            gate.wait(30)

    def connect_hold(job: Any) -> None:  # before the import starts: it cannot run ahead
        if isinstance(job, ImportJob):
            job.signals.progress.connect(hold, Qt.ConnectionType.DirectConnection)

    _actions, dialog, started = _big_import(qtbot, window, tmp_path, 20_000, connect_hold)
    cancel = dialog.findChild(QPushButton, "import_cancel_button")
    assert cancel is not None
    assert not cancel.isVisible()
    assert len(dialog.table.rows) == 2 * half

    def on_value(value: int) -> None:  # GUI thread: press Cancel Import once, in the phase
        in_phase = value > half if phase == "storing" else value > 0
        if in_phase and not seen:
            seen.append(value)
            assert cancel.isVisible()
            cancel.click()
            gate.set()

    dialog.progress.valueChanged.connect(on_value)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    qtbot.waitUntil(lambda: "cancelled" in dialog.message.text(), timeout=60_000)
    assert seen
    assert dialog.message.text() == (
        "Import cancelled: nothing was imported, your applications are as they were."
    )
    assert dialog.isVisible()
    assert not cancel.isVisible()
    assert dialog.import_button.isEnabled()
    assert _database_rows(window) == before
    assert window.model.rowCount() == 0
