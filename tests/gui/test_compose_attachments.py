"""Compose attaches the application's documents or any file; they arrive intact."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from nextmove.domain.documents import DocumentKind
from nextmove.storage.documents import DocumentRepository
from nextmove.ui.main_window import MainWindow
from tests.gui.test_mail_compose import _application, _open
from tests.mail.gui_support import add_account, mail_controller
from tests.smtp_server import SmtpServer


def test_a_ticked_document_and_an_added_file_arrive_byte_for_byte(
    window: MainWindow, server: SmtpServer, cert: Path, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    controller = mail_controller(window)
    add_account(controller, server, cert)
    app_id = _application(window)
    assert window.context is not None
    documents = DocumentRepository(window.context.database)
    cv_source = tmp_path / "Sam CV.pdf"
    cv_source.write_bytes(b"%PDF-1.7\n" + os.urandom(40_000))
    cv = documents.add(app_id, cv_source, DocumentKind.CV)
    extra = tmp_path / "references.txt"
    extra.write_bytes("Références: Alex\n".encode())

    dialog = _open(window)
    box = dialog.findChild(QWidget, "compose_attachments")
    assert box is dialog.attachments
    assert box.list.count() == 1
    assert box.refs() == ()  # offered, not attached until ticked
    box.list.item(0).setCheckState(Qt.CheckState.Checked)
    box.choose_files = lambda _parent: [extra]
    box.add_button.click()
    total = box.findChild(QLabel, "compose_attachments_total")
    assert total.text().startswith("2 file(s)")
    with qtbot.waitSignal(controller.batchFinished, timeout=10000):
        dialog.send_button.click()

    [received] = server.received
    parts = list(received.message.iter_attachments())
    assert [p.get_filename() for p in parts] == ["Sam CV.pdf", "references.txt"]
    assert parts[0].get_payload(decode=True) == cv_source.read_bytes()
    assert parts[1].get_payload(decode=True) == extra.read_bytes()
    assert documents.get(cv.id).sent
    [row] = controller.outbox.messages.rows()
    assert [r.file_name for r in controller.outbox.messages.attachments(row.id)] == [
        "Sam CV.pdf",
        "references.txt",
    ]


def test_more_than_20_mb_is_warned_about(window: MainWindow, tmp_path: Path) -> None:
    mail_controller(window)
    _application(window)
    big = tmp_path / "portfolio.zip"
    with big.open("wb") as stream:
        stream.truncate(21 * 1024 * 1024)  # sparse: the size is what matters
    dialog = _open(window)
    dialog.attachments.add_files([big])
    text = dialog.attachments.total.text()
    assert "21.0 MB" in text
    assert "above 20 MB" in text
