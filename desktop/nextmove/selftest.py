"""`nextmove --self-test`: prove an installation works, offscreen, in a temporary folder.

Packaging runs it inside the frozen app; it prints one line per check and exits 0 only when
every check passes.
"""

from __future__ import annotations

import os
import ssl
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _check(name: str, probe: Callable[[], str]) -> bool:
    try:
        detail = probe()
    except Exception as error:
        print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)
        return False
    print(f"ok   {name}: {detail}", flush=True)
    return True


def run_self_test(build: Callable[[Path], Any]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["nextmove"])  # alive for the checks
    with tempfile.TemporaryDirectory(prefix="nextmove-selftest-") as tmp:
        data_dir = Path(tmp) / "data"
        results = [
            _check("qt platform", QApplication.platformName),
            _check("database and main window", lambda: _build(build, data_dir)),
            _check("resources", _resources),
            _check("keyring backend", _keyring),
            _check("tls certificates", _certificates),
        ]
    passed = sum(results)
    print(f"self-test: {passed} of {len(results)} checks passed", flush=True)
    return 0 if all(results) else 1


def _build(build: Callable[[Path], Any], data_dir: Path) -> str:
    from nextmove.storage.migrate import HEAD_REVISION, stored_revision

    window = build(data_dir)
    revision = stored_revision(data_dir / "nextmove.sqlite3")
    if revision != HEAD_REVISION:
        raise RuntimeError(f"schema at {revision}, expected {HEAD_REVISION}")
    title = window.windowTitle()
    window.close()
    window.context.database.close()
    return f"migrated to {revision}, window '{title}'"


def _resources() -> str:
    from nextmove.resources import REQUIRED_RESOURCES, resource_path

    for parts in REQUIRED_RESOURCES:
        resource_path(*parts)
    return f"{len(REQUIRED_RESOURCES)} found"


def _keyring() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _certificates() -> str:
    context = ssl.create_default_context()
    count = len(context.get_ca_certs())
    if count == 0:
        paths = ssl.get_default_verify_paths()
        raise RuntimeError(f"no CA certificates loaded (cafile={paths.cafile})")
    return f"{count} CA certificates"
