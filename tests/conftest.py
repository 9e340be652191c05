"""Shared fixtures. Qt runs offscreen unless a test asks for a real X server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    """Compile any translation catalogue whose .qm is missing or stale (dev.py's step, for a
    plain `pytest` run too): the English one holds the singular of every counted text."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("nextmove_dev", ROOT / "dev.py")
    assert spec is not None
    assert spec.loader is not None
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    dev.release_translations()


@pytest.fixture(autouse=True)
def _language_for_qt(request: pytest.FixtureRequest) -> None:
    """Tests with a QApplication run in English, as the app installs it (its catalogue gives
    "1 email", not "1 emails"); a test may install another language itself."""
    if "qapp" not in request.fixturenames:
        return
    request.getfixturevalue("qapp")
    from nextmove.ui import language

    if language.current() != language.ENGLISH or not language.installed():
        language.install(language.ENGLISH)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data folder, as `--data-dir` would give."""
    return tmp_path / "data"


@pytest.fixture
def database(data_dir: Path) -> Iterator[object]:
    """An open, migrated database on a temporary SQLite file."""
    from nextmove.storage.database import DataPaths, open_database

    db = open_database(DataPaths(data_dir))
    yield db
    db.close()


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One real Dovecot IMAP server for the whole run (each test adds its own user)."""
    from tests.imap_server import Dovecot, unavailable
    from tests.smtp_server import make_certificate

    reason = unavailable()
    if reason is not None:
        pytest.skip(reason)
    cert, key = make_certificate(tmp_path_factory.mktemp("imap-tls"))
    server = Dovecot.in_temporary_folder(cert, key).start()
    yield server
    server.stop()
    server.remove()


@pytest.fixture(scope="session")
def imap_oauth_provider() -> Iterator[object]:
    """A real OAuth2 provider (Authlib) whose tokens `oauth_dovecot` accepts."""
    from tests.oauth_server import Provider

    with Provider() as provider:
        yield provider


@pytest.fixture(scope="session")
def oauth_dovecot(
    tmp_path_factory: pytest.TempPathFactory, imap_oauth_provider: object
) -> Iterator[object]:
    """A real Dovecot that also takes XOAUTH2 and OAUTHBEARER, asking `imap_oauth_provider`
    about each token (its oauth2 passdb and the provider's introspection endpoint). Set the
    provider's `subject` to the user whose tokens it issues."""
    from tests.imap_server import Dovecot, unavailable
    from tests.oauth_server import Provider
    from tests.smtp_server import make_certificate

    reason = unavailable()
    if reason is not None:
        pytest.skip(reason)
    assert isinstance(imap_oauth_provider, Provider)
    cert, key = make_certificate(tmp_path_factory.mktemp("imap-oauth-tls"))
    server = Dovecot.in_temporary_folder(
        cert, key, introspection_url=imap_oauth_provider.introspection_url
    ).start()
    yield server
    server.stop()
    server.remove()
