"""New from Posting in the real window: read, preview, save (undoable), duplicates, drops."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget

from nextmove.app import build
from nextmove.domain.application import ApplicationData
from nextmove.storage.applications import ApplicationRepository
from nextmove.ui.capture.capture_dialog import CaptureDialog
from nextmove.ui.capture.controller import CaptureController
from nextmove.ui.main_window import MainWindow
from tests.capture.test_extract import PAGES
from tests.page_server import PageServer, serving


def open_dialog(window: MainWindow) -> CaptureDialog:
    action = window.findChild(QAction, "action_new_from_posting")
    assert action is not None
    action.trigger()
    controller = window.findChild(CaptureController, "capture_controller")
    assert controller is not None
    dialog = controller.dialog  # the one open now (a closed one may await deletion)
    assert dialog is not None
    assert dialog.objectName() == "capture_dialog"
    assert dialog.isVisible()
    return dialog


def rows(window: MainWindow) -> list[tuple[object, ...]]:
    assert window.context is not None
    connection = sqlite3.connect(window.context.database.path)
    try:
        return connection.execute(
            "SELECT company, role, job_url, job_description, status FROM application"
        ).fetchall()
    finally:
        connection.close()


def test_the_action_is_in_the_application_menu_with_its_shortcut(window: MainWindow) -> None:
    action = window.findChild(QAction, "action_new_from_posting")
    assert action is not None
    assert action in window.menu("application").actions()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+N")
    dialog = open_dialog(window)
    source = dialog.findChild(QWidget, "capture_source")
    assert source is not None
    assert source.accessibleName()


def test_pasted_html_fills_every_field_saying_where_it_came_from_and_save_adds_it(
    window: MainWindow,
) -> None:
    dialog = open_dialog(window)
    source = dialog.findChild(QPlainTextEdit, "capture_source")
    assert source is not None
    source.setPlainText((PAGES / "greenhouse.html").read_text(encoding="utf-8"))
    dialog.findChild(QPushButton, "capture_read").click()

    form = dialog.form
    assert form.company.text() == "Northwind Labs"
    assert form.role.text() == "Senior Backend Engineer"
    assert form.location.text() == "San Francisco, CA"
    assert form.posted_on.value() == date(2026, 11, 18)
    assert form.closes_on.value() is None
    assert form.url.text() == "https://boards.greenhouse.io/northwindlabs/jobs/4012345007"
    assert "• Own reliability for the billing pipeline" in form.description.toPlainText()
    assert form.origin_text("company") == "from the page's JSON-LD"
    assert form.origin_text("url") == "from the og:url tag"
    assert form.origin_text("salary") == "not on the page"
    status = dialog.findChild(QLabel, "capture_status")
    assert "schema.org JSON-LD" in status.text()

    form.role.setText("Senior Backend Engineer (Payments)")
    form.role.textEdited.emit(form.role.text())
    assert form.origin_text("role") == "edited by you"
    dialog.findChild(QPushButton, "capture_save").click()

    [row] = rows(window)
    assert row[:3] == (
        "Northwind Labs",
        "Senior Backend Engineer (Payments)",
        "https://boards.greenhouse.io/northwindlabs/jobs/4012345007",
    )
    assert str(row[3]).startswith("About Northwind Labs\n\nWe build the ledger")
    assert row[4] == "wishlist"
    assert window.model.shown_count() == 1
    window.undo_stack.undo()
    assert rows(window) == []
    window.undo_stack.redo()
    assert len(rows(window)) == 1


def test_two_postings_let_the_person_pick_one(window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.source.setPlainText(str(PAGES / "two_postings.html"))
    dialog.read()
    assert dialog.choice.isVisible()
    assert dialog.choice.count() == 2
    dialog.choice.setCurrentIndex(1)
    assert dialog.form.role.text() == "Technical Writer"
    assert dialog.form.workplace.currentData() == "remote"
    dialog.findChild(QPushButton, "capture_save").click()
    assert rows(window)[0][1] == "Technical Writer"


def test_a_page_without_a_posting_says_so_and_saves_nothing(window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.source.setPlainText("javascript:alert(1)")
    dialog.read()
    assert "Only http and https" in dialog.status.text()
    dialog.findChild(QPushButton, "capture_save").click()
    assert "company" in dialog.status.text().lower()
    assert dialog.isVisible()
    assert rows(window) == []


def test_the_same_posting_is_offered_instead_of_a_duplicate(window: MainWindow) -> None:
    assert window.context is not None
    existing = ApplicationRepository(window.context.database).add(
        ApplicationData(
            "Fabrikam",
            "Product Designer",
            job_url="https://jobs.lever.co/fabrikam/8d1c3f0e-5b7a-4d2e-9f61-0a2b3c4d5e6f/",
        ),
        date(2026, 11, 3),
    )
    window.reload()
    dialog = open_dialog(window)
    dialog.source.setPlainText(str(PAGES / "lever.html"))
    dialog.read()
    banner = dialog.findChild(QWidget, "capture_duplicate")
    assert banner.isVisible()
    assert "Fabrikam – Product Designer" in dialog.duplicate_text.text()
    assert dialog.save_button.text().replace("&", "") == "Add Anyway"
    dialog.findChild(QPushButton, "capture_show_existing").click()
    assert not dialog.isVisible()
    assert window.selected_application_id() == existing
    assert len(rows(window)) == 1


def test_a_saved_page_dropped_on_the_window_is_read(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(PAGES / "smartrecruiters.html"))])
    enter = QDragEnterEvent(
        QPoint(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    dialog = window.findChild(CaptureDialog, "capture_dialog")
    assert dialog is not None
    assert dialog.form.company.text() == "Adventure Works"
    assert dialog.form.origin_text("company") == "from the page's microdata"


@pytest.fixture
def pooled_window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window with a real thread pool: fetching happens off the GUI thread."""
    pool = QThreadPool()
    win = build(data_dir, pool=pool)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    pool.waitForDone(20000)
    if win.context is not None:
        win.context.database.close()


@pytest.fixture(scope="module")
def page_server() -> Iterator[PageServer]:
    with serving() as running:
        yield running


def test_a_link_is_fetched_in_the_background(
    qtbot,
    pooled_window: MainWindow,
    page_server: PageServer,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(pooled_window)
    dialog.source.setPlainText(page_server.url("/boards/ashby.html"))
    dialog.read()
    qtbot.waitUntil(lambda: dialog.form.company.text() == "Contoso Health", timeout=10000)
    assert dialog.form.workplace.currentData() == "remote"
    assert dialog.form.salary.text() == "$180,000–$210,000 a year"
    assert not dialog.reading()


def test_cancel_stops_a_slow_page_and_the_window_keeps_answering(
    qtbot,
    pooled_window: MainWindow,
    page_server: PageServer,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(pooled_window)
    dialog.source.setPlainText(page_server.url("/drip"))
    dialog.read()
    assert dialog.reading()
    stop = dialog.findChild(QPushButton, "capture_cancel")
    qtbot.waitUntil(stop.isVisible, timeout=2000)
    qtbot.wait(300)  # the GUI thread is free while the page drips in
    stop.click()
    assert not dialog.reading()
    assert "Stopped" in dialog.status.text()
    assert dialog.read_button.isEnabled()
    assert dialog.form.role.text() == ""


def test_a_dropped_image_is_not_taken_for_a_posting(window: MainWindow, tmp_path: Path) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    enter = QDragEnterEvent(
        QPoint(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    assert window.findChild(CaptureDialog, "capture_dialog") is None


def test_closing_with_a_preview_asks_before_dropping_it(window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.reject()  # nothing read yet: closes at once
    assert not dialog.isVisible()
    dialog = open_dialog(window)
    dialog.source.setPlainText(str(PAGES / "workday.html"))
    dialog.read()
    questions: list[str] = []

    def keep_editing(_parent: object, title: str, _text: str, _choices: object) -> int:
        questions.append(title)
        return 1

    dialog.ask = keep_editing
    dialog.reject()
    assert questions == ["Discard this posting?"]
    assert dialog.isVisible()
    dialog.ask = lambda *_args: 0
    dialog.reject()
    assert not dialog.isVisible()
    assert rows(window) == []


def test_what_is_pasted_is_read_once_typing_pauses(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window)
    dialog.source.setPlainText((PAGES / "personio.html").read_text(encoding="utf-8"))
    qtbot.waitUntil(lambda: dialog.form.company.text() == "Litware GmbH", timeout=3000)
    assert dialog.form.workplace.currentData() == "hybrid"


def test_return_on_an_address_reads_it_and_accept_saves(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(window)
    dialog.source.setPlainText("ftp://example.com/job")
    dialog.source.setFocus()
    qtbot.keyClick(dialog.source, Qt.Key.Key_Return)
    assert "Only http and https" in dialog.status.text()
    assert "\n" not in dialog.source.toPlainText()
    dialog.source.setPlainText(str(PAGES / "ashby.html"))
    qtbot.keyClick(dialog.source, Qt.Key.Key_Return)
    assert dialog.form.company.text() == "Contoso Health"
    dialog.accept()
    assert not dialog.isVisible()
    assert rows(window)[0][:2] == ("Contoso Health", "Staff Data Engineer")
