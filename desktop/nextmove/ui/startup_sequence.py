"""What the `nextmove` window does after its first rows are on screen, a slice per turn of the
event loop, so nothing holds the loop for long (tests/benchmarks/tracker.py measures the longest
pause, `max_stall_ms`):

1. the window attaches the data folder and reads its first rows;
2. a background thread imports SQLAlchemy, the storage layer and the features' modules:
   importing them on the GUI thread held the loop for about a second. The GIL is shared, so
   the thread is asked to yield it often (a short switch interval) while it runs, and the rest
   of a big file is read only after it: sqlite3 hands the GIL over for every row it reads,
   and each time waited for the importing thread (a 5,000-row slice took half a second);
3. then the rest of the rows, a slice per turn, and, one per turn: the rows become editable,
   each feature is installed, and `then` runs with what each install() returned (the daily
   backup); the window emits
   `startupFinished`.

`app.build()` does the same at once, for tests and scripts that want a finished window.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from nextmove.ui.context import AppContext
    from nextmove.ui.main_window import MainWindow

# How long the GUI thread waits, at most, for the GIL while the thread imports (seconds);
# Python's default is 5 ms, and a paint asks for the GIL hundreds of times.
_SWITCH_INTERVAL = 0.0005
# How often the GUI thread looks whether the imports are done (ms).
_POLL_MS = 15


def _import_all(modules: Sequence[str]) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: S112 - the GUI thread imports it again, and reports the error
            continue
    # The ORM sets its mappers up at the first query (~30 ms): here, off the GUI thread, too.
    orm = sys.modules.get("sqlalchemy.orm")
    if orm is not None:
        with contextlib.suppress(Exception):  # the first query does it again, and says why
            orm.configure_mappers()


class StartupSequence(QObject):
    def __init__(
        self,
        window: MainWindow,
        context: AppContext,
        imports: Sequence[str],
        features: Sequence[str],
        then: Callable[[Mapping[str, object]], None] = lambda _installed: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._imports = imports
        self._features = features
        self._then = then
        self._thread: threading.Thread | None = None
        self._switch_interval = sys.getswitchinterval()
        self._steps = self._run()

    def start(self) -> None:
        self._step()

    def _step(self) -> None:
        wait = next(self._steps, None)
        if wait is not None:
            QTimer.singleShot(wait, self._step)

    def _run(self) -> Iterator[int]:
        """The steps; each yields how long (ms) to let the event loop run before the next."""
        window, context = self._window, self._context
        self._thread = threading.Thread(target=_import_all, args=(self._imports,), daemon=True)
        # A full garbage collection walks every object (~100 ms once SQLAlchemy is in): none
        # runs until startup is over, and what startup built is then left out of later ones.
        gc.disable()
        window.attach_rows(context)
        yield 0
        window.hold_loading(True)
        sys.setswitchinterval(_SWITCH_INTERVAL)
        self._thread.start()
        yield 0
        while self._thread.is_alive():
            yield _POLL_MS
        sys.setswitchinterval(self._switch_interval)
        window.hold_loading(False)
        window.attach_editing()
        yield 0
        installed: dict[str, object] = {}
        for name in self._features:
            installed[name] = importlib.import_module(name).install(window, context)
            yield 0
        self._then(installed)
        gc.freeze()
        gc.enable()
        window.mark_started()
