"""Documents in the side panel: add (menu, drop), open, mark as sent, remove and undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTreeWidget

from nextmove.domain.application import ApplicationData
from nextmove.domain.documents import DocumentKind
from nextmove.storage.applications import ApplicationRepository
from nextmove.ui.documents.controller import DocumentsController
from nextmove.ui.main_window import MainWindow


def _setup(window: MainWindow) -> tuple[DocumentsController, int]:
    assert window.context is not None
    app_id = ApplicationRepository(window.context.database).add(
        ApplicationData("Acme", "Engineer"), date(2026, 11, 20)
    )
    window.reload()
    window.select_application(app_id)
    controller = window.findChild(QObject, "documents_controller")
    assert isinstance(controller, DocumentsController)
    return controller, app_id


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _texts(tree: QTreeWidget) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())
    ]


def test_add_document_lists_kind_name_and_date(window: MainWindow, tmp_path: Path) -> None:
    controller, _app = _setup(window)
    cv = _file(tmp_path, "Jane Doe CV.pdf", b"%PDF cv")
    controller.choose_files = lambda _parent: [cv]
    action = window.findChild(QAction, "action_add_document")
    assert action is not None
    assert action.isEnabled()
    action.trigger()
    tree = window.findChild(QTreeWidget, "documents_list")
    assert tree is not None
    assert tree.isVisible()
    [row] = _texts(tree)
    assert row[:2] == ["CV", "Jane Doe CV.pdf"]
    assert row[2].endswith(str(date.today().year))
    [stored] = controller.repository.for_application(controller.application_id)
    assert controller.repository.path(stored).read_bytes() == b"%PDF cv"


def test_dropping_a_file_on_the_list_adds_it_and_remove_is_undoable(
    window: MainWindow, tmp_path: Path
) -> None:
    controller, app_id = _setup(window)
    letter = _file(tmp_path, "cover letter.docx", b"Dear Acme")
    tree = window.findChild(QTreeWidget, "documents_list")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(letter))])
    target = tree.viewport()
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), *args)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(10, 10), *args))
    assert [r[1] for r in _texts(tree)] == ["cover letter.docx"]

    [row] = controller.repository.for_application(app_id)
    controller.remove_document(row.id)
    assert _texts(tree) == []
    window.undo_stack.undo()
    assert [r[1] for r in _texts(tree)] == ["cover letter.docx"]
    window.undo_stack.undo()  # the add itself
    assert _texts(tree) == []
    window.undo_stack.redo()
    assert [r[1] for r in _texts(tree)] == ["cover letter.docx"]


def test_a_cv_can_be_marked_sent_and_other_files_cannot(window: MainWindow, tmp_path: Path) -> None:
    controller, app_id = _setup(window)
    controller.add_files([_file(tmp_path, "resume.pdf", b"cv"), _file(tmp_path, "notes.txt", b"n")])
    tree = window.findChild(QTreeWidget, "documents_list")
    cv_item, other_item = tree.topLevelItem(0), tree.topLevelItem(1)
    assert other_item.flags() & Qt.ItemFlag.ItemIsUserCheckable == Qt.ItemFlag.NoItemFlags
    cv_item.setCheckState(3, Qt.CheckState.Checked)
    cv, other = controller.repository.for_application(app_id)
    assert (cv.kind, cv.sent) == (DocumentKind.CV, True)
    assert not other.sent


def test_open_hands_a_copy_with_its_own_name_to_the_system(
    window: MainWindow, tmp_path: Path
) -> None:
    controller, app_id = _setup(window)
    opened: list[QUrl] = []
    controller.open_url = opened.append
    controller.add_files([_file(tmp_path, "offer.pdf", b"%PDF offer")])
    [row] = controller.repository.for_application(app_id)
    copy = controller.open_document(row.id)
    assert copy is not None
    assert opened == [QUrl.fromLocalFile(str(copy))]
    assert copy.name == "offer.pdf"
    assert copy.read_bytes() == b"%PDF offer"
    assert controller.repository.path(row).read_bytes() == b"%PDF offer"


def test_a_missing_file_is_said_in_the_status_bar(window: MainWindow, tmp_path: Path) -> None:
    controller, app_id = _setup(window)
    controller.add_files([tmp_path / "gone.pdf"])
    assert "no file called" in window.statusBar().currentMessage()
    assert controller.repository.for_application(app_id) == []


def test_insights_show_the_response_rate_of_each_cv_sent(
    window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from nextmove.domain.status import EventKind
    from nextmove.ui.wizard.bar_chart import BarChart

    controller, first = _setup(window)
    assert window.context is not None
    apps = ApplicationRepository(window.context.database)
    second = apps.add(ApplicationData("Globex", "Engineer"), date(2026, 11, 21))
    cv = _file(tmp_path, "cv.pdf", b"cv v1")
    for app_id in (first, second):
        row = controller.repository.add(app_id, cv, DocumentKind.CV)
        controller.repository.set_sent(row.id, True)
    apps.add_event(first, EventKind.INTERVIEW, date(2026, 11, 25))
    trigger = window.findChild(QAction, "action_insights")
    assert trigger is not None
    trigger.trigger()
    section = window.findChild(QWidget, "insights_cv_rates")
    assert section is not None
    chart = section.findChild(BarChart, "chart_cv_response_rates")
    assert chart.bars() == [("cv.pdf", 50.0, "1 of 2 answered (50%)")]
