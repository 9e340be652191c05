"""Documents: stored once under their SHA-256, private, never changed; backed up and restored."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nextmove.domain.application import ApplicationData
from nextmove.domain.documents import DocumentKind, kind_from_name
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.backups import BackupError, create_backup, restore_into
from nextmove.storage.database import Database, DataPaths, open_database
from nextmove.storage.document_files import DocumentFileError, store
from nextmove.storage.documents import DocumentRepository

DAY = date(2026, 11, 20)


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_database(DataPaths(data_dir))
    yield database
    database.close()


def _application(db: Database, company: str = "Acme") -> int:
    return ApplicationRepository(db).add(ApplicationData(company, "Engineer"), DAY)


def _file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def test_a_document_is_stored_under_its_hash_privately_and_the_same_content_once(
    db: Database, tmp_path: Path
) -> None:
    repo = DocumentRepository(db)
    first, second = _application(db), _application(db, "Globex")
    cv = _file(tmp_path, "Jane Doe CV.pdf", b"%PDF-1.7 cv v1")
    same = _file(tmp_path, "cv-copy.pdf", b"%PDF-1.7 cv v1")
    a = repo.add(first, cv)
    b = repo.add(second, same, DocumentKind.CV)
    sha = hashlib.sha256(b"%PDF-1.7 cv v1").hexdigest()
    assert a.sha256 == b.sha256 == sha
    assert (a.kind, a.file_name, a.size) == (DocumentKind.CV, "Jane Doe CV.pdf", 14)
    assert [p.name for p in repo.folder.iterdir()] == [sha]
    stored = repo.path(a)
    assert stored.read_bytes() == b"%PDF-1.7 cv v1"
    if os.name == "posix":
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600
        assert stat.S_IMODE(repo.folder.stat().st_mode) == 0o700
    assert [d.file_name for d in repo.for_application(first)] == ["Jane Doe CV.pdf"]


def test_a_stored_document_never_changes_and_a_new_version_is_a_new_document(
    db: Database, tmp_path: Path
) -> None:
    repo = DocumentRepository(db)
    app = _application(db)
    cv = _file(tmp_path, "cv.pdf", b"version one")
    old = repo.add(app, cv)
    cv.write_bytes(b"version two, edited after adding")
    assert repo.path(old).read_bytes() == b"version one"
    new = repo.add(app, cv)
    assert new.id != old.id
    assert new.sha256 != old.sha256
    assert repo.path(old).read_bytes() == b"version one"
    assert len(repo.for_application(app)) == 2


def test_a_missing_file_is_said_plainly_and_leaves_nothing_behind(
    db: Database, tmp_path: Path
) -> None:
    repo = DocumentRepository(db)
    app = _application(db)
    with pytest.raises(DocumentFileError, match="no file called"):
        repo.add(app, tmp_path / "gone.pdf")
    assert repo.for_application(app) == []
    assert list(repo.folder.iterdir()) == []


def test_remove_then_undo_brings_the_document_back(db: Database, tmp_path: Path) -> None:
    repo = DocumentRepository(db)
    app = _application(db)
    row = repo.add(app, _file(tmp_path, "letter.docx", b"Dear team"))
    repo.set_sent(row.id, True)
    removed = repo.remove(row.id)
    assert repo.for_application(app) == []
    assert repo.path(removed).exists()  # kept for undo
    back = repo.restore(removed)
    assert back == removed
    assert repo.for_application(app) == [removed]
    assert removed.sent


def test_tidy_forgets_documents_of_deleted_applications_and_their_files(
    db: Database, tmp_path: Path
) -> None:
    repo = DocumentRepository(db)
    kept, gone = _application(db), _application(db, "Gone Inc")
    keep = repo.add(kept, _file(tmp_path, "a.pdf", b"keep"))
    drop = repo.add(gone, _file(tmp_path, "b.pdf", b"drop"))
    ApplicationRepository(db).delete(gone)
    repo.tidy()
    assert repo.path(keep).exists()
    assert not repo.path(drop).exists()


def test_backup_then_restore_brings_the_documents_back(
    db: Database, data_dir: Path, tmp_path: Path
) -> None:
    repo = DocumentRepository(db)
    app = _application(db)
    content = os.urandom(300_000)
    row = repo.add(app, _file(tmp_path, "portfolio.pdf", content))
    paths = DataPaths(data_dir)
    backup = create_backup(paths.database, paths.backups, "manual").path
    for path in repo.folder.iterdir():
        path.unlink()
    db.close()
    restore_into(backup, paths.database)
    assert repo.path(row).read_bytes() == content
    if os.name == "posix":
        assert stat.S_IMODE(repo.path(row).stat().st_mode) == 0o600
    connection = sqlite3.connect(paths.database)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert "sqlar" not in tables  # the archive stays in the backup, not in the live data


def test_a_backup_with_a_damaged_document_is_refused_before_anything_changes(
    db: Database, data_dir: Path, tmp_path: Path
) -> None:
    repo = DocumentRepository(db)
    row = repo.add(_application(db), _file(tmp_path, "cv.pdf", b"original"))
    paths = DataPaths(data_dir)
    backup = create_backup(paths.database, paths.backups, "manual").path
    connection = sqlite3.connect(backup)
    with connection:
        connection.execute("UPDATE sqlar SET data = ?", (b"tampered",))
    connection.close()
    repo.path(row).unlink()
    db.close()
    with pytest.raises(BackupError, match="damaged copy of a document"):
        restore_into(backup, paths.database)
    assert not repo.path(row).exists()


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contents=st.lists(st.binary(max_size=64), min_size=1, max_size=8))
def test_the_store_holds_each_distinct_content_once_under_its_hash(
    tmp_path: Path, contents: list[bytes]
) -> None:
    folder = tmp_path / f"store-{hashlib.sha256(repr(contents).encode()).hexdigest()[:12]}"
    sources = tmp_path / "sources"
    for index, content in enumerate(contents):
        sha, size = store(folder, _file(sources, f"f{index}", content))
        assert (sha, size) == (hashlib.sha256(content).hexdigest(), len(content))
    files = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert files == {hashlib.sha256(c).hexdigest(): c for c in contents}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Jane_Doe_CV_2026.pdf", DocumentKind.CV),
        ("Resume.docx", DocumentKind.CV),
        ("Cover Letter - Acme.pdf", DocumentKind.COVER_LETTER),
        ("offer.pdf", DocumentKind.OFFER_LETTER),
        ("notes.txt", DocumentKind.OTHER),
    ],
)
def test_the_kind_offered_follows_the_file_name(name: str, kind: DocumentKind) -> None:
    assert kind_from_name(name) is kind


def test_the_csv_export_lists_each_application_s_document_names(
    db: Database, tmp_path: Path
) -> None:
    from nextmove.domain.csv_export import export_cells, export_header
    from nextmove.storage.csv_io import export_records

    repo = DocumentRepository(db)
    app = _application(db)
    _application(db, "No Docs Ltd")
    repo.add(app, _file(tmp_path, "cv.pdf", b"1"))
    repo.add(app, _file(tmp_path, "cover letter.pdf", b"2"))
    header = export_header()
    cells = [dict(zip(header, export_cells(r), strict=True)) for r in export_records(db)]
    assert [c["Documents"] for c in cells] == ["cv.pdf; cover letter.pdf", ""]
