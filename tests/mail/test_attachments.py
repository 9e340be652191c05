"""Attachments reach a real SMTP server byte for byte; a missing file holds the email."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from nextmove.domain.application import ApplicationData
from nextmove.domain.documents import AttachmentRef, DocumentKind
from nextmove.domain.status import EventKind
from nextmove.mail.outbox import Outbox
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.documents import DocumentRepository
from nextmove.storage.outbox import OutgoingDraft
from tests.mail.conftest import add_account
from tests.smtp_server import SmtpServer


def _ref(path: Path, document_id: int | None = None) -> AttachmentRef:
    return AttachmentRef(path.name, str(path), path.stat().st_size, document_id)


def _draft(
    account: int, refs: tuple[AttachmentRef, ...], app_id: int | None = None
) -> OutgoingDraft:
    return OutgoingDraft(
        purpose="follow_up",
        to_address="alex@example.org",
        subject="My application",
        body="Please find my CV attached.\n\nSam",
        account_id=account,
        application_id=app_id,
        attachments=refs,
    )


def test_attachments_arrive_intact_and_are_recorded_on_the_timeline(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    database = outbox.messages._db
    app_id = ApplicationRepository(database).add(
        ApplicationData("Acme", "Engineer"), date(2026, 11, 1)
    )
    cv_file = tmp_path / "Sam Rivera CV.pdf"
    cv_file.write_bytes(b"%PDF-1.7\n" + os.urandom(150_000))
    documents = DocumentRepository(database)
    cv = documents.add(app_id, cv_file, DocumentKind.CV)
    other = tmp_path / "références – été.bin"
    other.write_bytes(bytes(range(256)) * 40)
    refs = (
        AttachmentRef(cv.file_name, str(documents.path(cv)), cv.size, cv.id),
        _ref(other),
    )
    message_id = outbox.queue(_draft(account, refs, app_id))
    assert outbox.messages.attachments(message_id) == list(refs)

    result = outbox.send_pending()

    assert result.sent == [message_id]
    [received] = smtp_server.received
    parts = list(received.message.iter_attachments())
    assert [p.get_filename() for p in parts] == ["Sam Rivera CV.pdf", "références – été.bin"]
    assert parts[0].get_content_type() == "application/pdf"
    assert parts[0].get_payload(decode=True) == cv_file.read_bytes()
    assert parts[1].get_payload(decode=True) == other.read_bytes()
    body = received.message.get_body(("plain",))
    assert body is not None
    assert "Please find my CV attached." in body.get_content()
    [sent] = [
        e for e in ApplicationRepository(database).events(app_id) if e.kind is EventKind.EMAIL_SENT
    ]
    assert sent.notes.endswith("attached: Sam Rivera CV.pdf, références – été.bin")
    assert documents.get(cv.id).sent


def test_a_file_gone_at_send_time_holds_the_email_with_the_reason(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF letter")
    message_id = outbox.queue(_draft(account, (_ref(letter),)))
    letter.unlink()

    result = outbox.send_pending()

    assert result.held == [message_id]
    assert smtp_server.received == []
    row = outbox.messages.get(message_id)
    assert row is not None
    assert row.state == "queued"
    assert row.needs_attention
    assert "letter.pdf is no longer at" in row.last_error
    # Not sent by itself while the file is missing; sent once it is back.
    assert outbox.send_pending(automatic=True).sent == []
    letter.write_bytes(b"%PDF letter")
    assert outbox.send_pending(message_ids={message_id}).sent == [message_id]
    [received] = smtp_server.received
    [part] = received.message.iter_attachments()
    assert part.get_payload(decode=True) == b"%PDF letter"


def test_queueing_a_file_that_does_not_exist_is_refused(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    from nextmove.domain.addresses import HeaderValueError

    account = add_account(outbox, smtp_server, ca_file=certificate[0])
    ghost = AttachmentRef("ghost.pdf", str(tmp_path / "ghost.pdf"), 10)
    with pytest.raises(HeaderValueError, match="no file"):
        outbox.queue(_draft(account, (ghost,)))
    assert outbox.messages.rows() == []
