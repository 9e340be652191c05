"""`LANG=de_DE.UTF-8 nextmove` is German and `nextmove --lang fr` French, as a real process
starts them (the self-test builds the real main window and reads its menus)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _self_test(tmp_path: Path, *args: str, lang: str) -> str:
    env = {
        **os.environ,
        "LANG": lang,
        "LC_ALL": "",
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "nextmove", "--self-test", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert "ok   language:" in done.stdout, done.stdout + done.stderr
    return done.stdout


def test_the_system_language_and_the_command_line_choose_the_menus(tmp_path: Path) -> None:
    german = _self_test(tmp_path, lang="de_DE.UTF-8")
    assert "menus &Datei, &Bearbeiten, &Ansicht" in german
    french = _self_test(tmp_path, "--lang", "fr", lang="de_DE.UTF-8")
    assert "menus &Fichier, É&dition, &Affichage" in french
