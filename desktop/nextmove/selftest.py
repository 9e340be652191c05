"""`nextmove --self-test`: prove an installation works, offscreen, in a temporary folder.

Packaging runs it inside the frozen app; it prints one line per check and exits 0 only when
every check passes. It never touches the person's own data folder. With no secure keyring
reachable (a build machine without a desktop session) the keyring check names the backend and
passes; set NEXTMOVE_SELFTEST_REQUIRE_KEYRING=1 to make that a failure instead.
"""

from __future__ import annotations

import os
import ssl
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

REQUIRE_KEYRING_ENV = "NEXTMOVE_SELFTEST_REQUIRE_KEYRING"


def _check(name: str, probe: Callable[[], str]) -> bool:
    try:
        detail = probe()
    except Exception as error:
        message = " ".join(str(error).split())
        print(f"FAIL {name}: {type(error).__name__}: {message}", flush=True)
        return False
    print(f"ok   {name}: {detail}", flush=True)
    return True


def run_self_test(
    build: Callable[[Path], Any],
    teardown: Callable[[Any], None] | None = None,
    *,
    lang: str | None = None,
) -> int:
    """Run every check; `teardown(window)` takes the built window down before Qt goes.
    `lang` (as `--lang` gives it) overrides the system's language, as in the app."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication.instance() or QApplication(["nextmove"])  # alive for the checks
    with tempfile.TemporaryDirectory(prefix="nextmove-selftest-") as tmp:
        data_dir = Path(tmp) / "data"
        results = [
            _check("qt platform", QApplication.platformName),
            _check("language", lambda: _language(lang)),
            _check("database and main window", lambda: _build(build, teardown, data_dir)),
            _check("backup and restore", lambda: _backup_round_trip(data_dir)),
            _check("resources", _resources),
            _check("keyring backend", _keyring),
            _check("tls certificates", _certificates),
        ]
    passed = sum(results)
    print(f"self-test: {passed} of {len(results)} checks passed", flush=True)
    return 0 if all(results) else 1


def _build(
    build: Callable[[Path], Any], teardown: Callable[[Any], None] | None, data_dir: Path
) -> str:
    from nextmove.storage.migrate import HEAD_REVISION, stored_revision

    window = build(data_dir)
    try:
        revision = stored_revision(data_dir / "nextmove.sqlite3")
        if revision != HEAD_REVISION:
            raise RuntimeError(f"schema at {revision}, expected {HEAD_REVISION}")
        title = window.windowTitle()
        actions = len(window.findChildren(_qaction()))
        menus = ", ".join(a.text() for a in window.menuBar().actions()[:3])
    finally:
        if teardown is not None:
            teardown(window)
        else:
            window.close()
            window.context.database.close()
    return f"migrated to {revision}, window '{title}' with {actions} actions, menus {menus}…"


def _language(lang: str | None) -> str:
    """The system's (or `--lang`'s) language installed, its catalogue present and read."""
    from PySide6.QtCore import QCoreApplication

    from nextmove.ui import language

    code = language.choose(lang, language.SYSTEM)
    loaded = language.install(code)
    if code != language.ENGLISH and not any(f"nextmove_{code}.qm" in f for f in loaded):
        raise FileNotFoundError(f"the {code} catalogue (nextmove_{code}.qm) did not load")
    sample = QCoreApplication.translate("MainWindow", "&File")
    if code != language.ENGLISH and sample == "&File":
        raise RuntimeError(f"the {code} catalogue loaded but does not translate the menus")
    return f"{code}, {len(loaded)} catalogues loaded, File menu reads {sample!r}"


def _qaction() -> type:
    from PySide6.QtGui import QAction

    return QAction


def _backup_round_trip(data_dir: Path) -> str:
    """The SQLite backup API both ways, as Back Up Now and Restore use it."""
    from nextmove.storage.backups import MANUAL, create_backup, restore_into
    from nextmove.storage.database import DataPaths, open_database

    paths = DataPaths(data_dir)
    info = create_backup(paths.database, paths.backups, MANUAL)
    restore_into(info.path, paths.database)
    open_database(paths).close()
    return f"{info.size} bytes copied and checked"


def _resources() -> str:
    from nextmove.resources import REQUIRED_RESOURCES, resource_path
    from nextmove.storage.templates import builtin_templates

    for parts in REQUIRED_RESOURCES:
        resource_path(*parts)
    templates = builtin_templates()
    if not templates:
        raise FileNotFoundError("no email templates in resources/templates")
    # The posting extractor's libraries carry data files of their own (mf2py's rules).
    from nextmove.capture.extract import extract_postings

    page = '<script type="application/ld+json">{"@type":"JobPosting","title":"Check"}</script>'
    if extract_postings(page)[0].role != "Check":
        raise RuntimeError("the posting extractor read nothing")
    return (
        f"{len(REQUIRED_RESOURCES)} found, {len(templates)} email templates read, "
        "posting extractor works"
    )


def _keyring() -> str:
    import keyring

    from nextmove.mail.credentials import insecure_reason

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        name += " (" + ", ".join(type(b).__name__ for b in inner) + ")"
    reason = insecure_reason(backend)
    if reason is not None:
        if os.environ.get(REQUIRE_KEYRING_ENV, "") not in ("", "0"):
            raise RuntimeError(f"{name}: {reason}")
        return f"{name}, not a secure keyring here: {reason.rstrip('.')}; round trip skipped"
    service, user = "nextmove-self-test", f"check-{uuid.uuid4().hex}"
    secret = uuid.uuid4().hex  # a throwaway value, never a real password
    keyring.set_password(service, user, secret)
    try:
        if keyring.get_password(service, user) != secret:
            raise RuntimeError(f"{name}: the entry read back differs from the one stored")
    finally:
        keyring.delete_password(service, user)
    if keyring.get_password(service, user) is not None:
        raise RuntimeError(f"{name}: the throwaway entry could not be deleted")
    return f"{name}; set, get and delete round trip ok"


def _certificates() -> str:
    context = ssl.create_default_context()
    count = len(context.get_ca_certs())
    if count == 0:
        paths = ssl.get_default_verify_paths()
        raise RuntimeError(f"no CA certificates loaded (cafile={paths.cafile})")
    return f"{count} CA certificates"
