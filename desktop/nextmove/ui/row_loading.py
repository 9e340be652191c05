"""The main window's rows: reading them from the file (a big one a slice at a time), re-reading
one or all after a change made elsewhere, and the status bar's count of what is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from nextmove.storage import tracker_rows
from nextmove.ui.tracker.row_loader import RowLoader

if TYPE_CHECKING:
    from nextmove.ui.main_window import MainWindow
    from nextmove.ui.tracker.row_store import RowStore


class RowLoading(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        # While a big file is read slice by slice: the loader, and the applications changed
        # meanwhile (re-read once every row is in, as the slices may predate the change).
        self._loader: RowLoader | None = None
        self._changed_while_loading: set[int] = set()

    def loading(self) -> bool:
        return self._loader is not None

    def hold(self, held: bool) -> None:
        """Pause (True) or resume (False) reading the rest of a big file (see RowLoader.hold)."""
        if self._loader is not None:
            self._loader.hold(held)

    def note_changed(self, application_id: int) -> None:
        if self._loader is not None:
            self._changed_while_loading.add(application_id)

    def load(self) -> None:
        """Read every row; a big file's after this returns, a slice per turn of the loop."""
        window = self._window
        assert window.context is not None
        self._loader = RowLoader(window.context.database.path, window.model.new_store(), self)
        self._changed_while_loading = set()
        self._loader.finished.connect(self._on_row_loader_finished)
        self._loader.start()
        if self._loader is not None:  # more to come
            if window.model.total_count() == 0:  # no first screenful from preview(): show these
                window.model.set_rows(self._loader.first_slice())
            self.update_counts()

    def _on_row_loader_finished(self, store: RowStore) -> None:
        window = self._window
        assert window.context is not None
        loader, self._loader = self._loader, None
        if loader is not None:
            loader.deleteLater()
        selected = window.selected_application_id()
        window.model.adopt(store)
        for application_id in sorted(self._changed_while_loading):
            found = tracker_rows.read_one(window.context.database.path, application_id)
            if found is None:
                window.model.remove(application_id)
            else:
                window.model.upsert(*found)
        self._changed_while_loading = set()
        if selected:
            window.select_application(selected)

    def reload(self) -> None:
        window = self._window
        assert window.context is not None
        if self._loader is not None:
            self._loader.cancel()
            self._loader.deleteLater()
            self._loader = None
        selected = window.selected_application_id()
        window.model.set_rows(tracker_rows.read_all(window.context.database.path))
        window.undo_stack.clear()
        if selected:
            window.select_application(selected)

    def refresh(self, application_id: int) -> None:
        window = self._window
        assert window.context is not None
        self.note_changed(application_id)
        model = window.model
        before = model.row_data(application_id)
        found = tracker_rows.read_one(window.context.database.path, application_id)
        if found is None:
            model.remove(application_id)
            return
        row, haystack = found
        model.upsert(row, haystack)
        if before is not None and before.status != row.status:
            window.applicationStatusChanged.emit(application_id, row.status)

    def update_counts(self) -> None:
        """The count in the status bar, and which page shows: the rows, "no applications yet"
        or "no matches"."""
        window = self._window
        model = window.model
        total = model.total_count()
        shown = model.shown_count()
        if self._loader is not None and not self._loader.done:
            window.count_label.setText(self.tr("Loading applications…"))
            return
        if model.searching():  # the first rows found show; the count follows
            window.tracker_stack.setCurrentWidget(window.main_view)
            window.count_label.setText(self.tr("Searching…"))
            return
        if total == 0 and window.context is not None:
            window.tracker_stack.setCurrentWidget(window.empty_state)
        elif shown == 0 and total > 0:
            box, status_filter = window.search_box, window.status_filter
            status = status_filter.currentText() if status_filter.currentIndex() else ""
            window.no_matches.show_for(box.text(), status)
            window.tracker_stack.setCurrentWidget(window.no_matches)
        else:
            window.tracker_stack.setCurrentWidget(window.main_view)
        if shown == total:
            text = (
                self.tr("1 application")
                if total == 1
                else self.tr("{total} applications").format(total=f"{total:,}")
            )
        else:
            text = self.tr("{shown} of {total} applications").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        window.count_label.setText(text)
