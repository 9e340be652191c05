"""The Qt binding itself must survive what the app does all day: emitting signals."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_thousands_of_signal_emits_do_not_corrupt_reference_counts() -> None:
    # PySide6 6.12.0 drops a reference to True on every emit; on Python 3.11 the process
    # aborts with "bool_dealloc" after a few hundred. pyproject.toml excludes that release.
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Source(QObject):
            changed = Signal(int)

        app = QCoreApplication([])
        source = Source()
        seen = []
        source.changed.connect(seen.append)
        before = sys.getrefcount(True)
        for value in range(5000):
            source.changed.emit(value)
        assert len(seen) == 5000
        assert abs(sys.getrefcount(True) - before) < 50, (before, sys.getrefcount(True))
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
