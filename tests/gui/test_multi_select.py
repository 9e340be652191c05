"""Many selected rows: one status change, one timeline entry, one delete, one export — each a
single step on the undo stack, and Ctrl+Z takes the whole step back."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QApplication

from nextmove.domain.status import EventKind, Status
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.bulk_actions import BulkActions
from nextmove.ui.tracker.csv_actions import CsvActions
from nextmove.ui.tracker.event_dialog import EventDialog
from tests.gui.tracker_helpers import app, cell, repository, row_of, seed


def _select(window: MainWindow, ids: list[int]) -> None:
    selection = QItemSelection()
    model = window.model
    for application_id in ids:
        row = row_of(window, application_id)
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    window.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def _bulk(window: MainWindow) -> BulkActions:
    found = window.findChild(BulkActions, "bulk_actions")
    assert found is not None
    return found


def _statuses(window: MainWindow, ids: list[int]) -> list[Any]:
    return [cell(window, row_of(window, i), "status") for i in ids]


def test_shift_click_selects_many_rows(window: MainWindow, qtbot: Any) -> None:
    ids = seed(window, app("Acme"), app("Globex"), app("Initech"), app("Umbrella"))
    window.show()
    table = window.table
    first = table.visualRect(window.model.index(row_of(window, ids[0]), 0)).center()
    last = table.visualRect(window.model.index(row_of(window, ids[2]), 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, last
    )
    assert sorted(table.selected_ids()) == sorted(ids[:3])
    assert window.statusBar().currentMessage().startswith("3 applications selected")


def test_changing_the_status_of_many_is_one_undo_step(window: MainWindow) -> None:
    ids = seed(window, app("Acme"), app("Globex"), app("Initech"), app("Umbrella"))
    _select(window, ids[:3])
    before = window.undo_stack.count()
    window.findChild(QObject, "action_set_status_ghosted").trigger()  # type: ignore[union-attr]
    assert _statuses(window, ids) == ["Ghosted", "Ghosted", "Ghosted", "Applied"]
    assert window.undo_stack.count() == before + 1
    assert window.action("action_undo").toolTip() == "Undo Mark 3 applications as Ghosted"
    window.action("action_undo").trigger()
    assert _statuses(window, ids) == ["Applied"] * 4
    # The timeline lost exactly the entries the change added.
    assert [e.kind for e in repository(window).events(ids[0])] == [EventKind.APPLIED]
    window.action("action_redo").trigger()
    assert _statuses(window, ids) == ["Ghosted", "Ghosted", "Ghosted", "Applied"]


def test_adding_a_timeline_entry_to_many_is_one_undo_step(window: MainWindow) -> None:
    ids = seed(window, app("Acme"), app("Globex"), app("Initech"))
    _select(window, ids[:2])
    window.findChild(QObject, "action_add_timeline_entry").trigger()  # type: ignore[union-attr]
    dialog = _bulk(window).dialog
    assert isinstance(dialog, EventDialog)
    dialog.select_kind(EventKind.INTERVIEW)
    dialog.notes.setPlainText("panel")
    dialog.save_button.click()
    assert _statuses(window, ids) == ["Interviewing", "Interviewing", "Applied"]
    kinds = [e.kind for e in repository(window).events(ids[1])]
    assert kinds[-1] is EventKind.INTERVIEW
    window.action("action_undo").trigger()
    assert _statuses(window, ids) == ["Applied"] * 3
    assert EventKind.INTERVIEW not in [e.kind for e in repository(window).events(ids[1])]


def test_deleting_many_is_one_undo_step(window: MainWindow) -> None:
    ids = seed(window, app("Acme"), app("Globex"), app("Initech"), app("Umbrella"))
    window.show()
    _select(window, [ids[0], ids[2], ids[3]])
    window.table.setFocus()
    window.action("action_delete_application").trigger()
    assert window.model.ids() == [ids[1]]
    assert window.undo_stack.undoText() == "Delete 3 applications"
    window.action("action_undo").trigger()
    assert sorted(window.model.ids()) == sorted(ids)
    assert repository(window).get(ids[3]).company == "Umbrella"


def test_exporting_the_selection_writes_only_those_rows(window: MainWindow, tmp_path: Path) -> None:
    ids = seed(window, app("Acme"), app("Globex"), app("Initech"))
    _select(window, [ids[0], ids[2]])
    target = tmp_path / "some.csv"
    csv_actions = window.findChild(CsvActions, "csv_actions")
    assert csv_actions is not None
    csv_actions.choose_export_path = lambda _folder: target
    window.findChild(QObject, "action_export_selection").trigger()  # type: ignore[union-attr]
    QApplication.processEvents()
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert [r["Company"] for r in rows] == ["Acme", "Initech"]


def test_status_change_skips_rows_already_there(window: MainWindow) -> None:
    ids = seed(window, app("Acme", status=Status.GHOSTED), app("Globex"))
    changed = _bulk(window).set_status(ids, Status.GHOSTED)
    assert changed == 1
    assert window.undo_stack.undoText() == "Mark Globex – Analyst as Ghosted"


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    from collections import Counter

    from PySide6.QtGui import QAction

    keys = Counter(
        shortcut.toString()
        for action in window.findChildren(QAction)
        for shortcut in action.shortcuts()
        if not shortcut.isEmpty()
    )
    assert [key for key, count in keys.items() if count > 1] == []


_PROPERTY_APPS: dict[int, list[int]] = {}


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    chosen=st.sets(st.integers(0, 4), min_size=1),
    status=st.sampled_from(list(Status)),
)
def test_any_bulk_status_change_is_undone_exactly_in_one_step(
    window: MainWindow, chosen: set[int], status: Status
) -> None:
    ids = _PROPERTY_APPS.get(id(window))
    if ids is None:
        ids = _PROPERTY_APPS[id(window)] = seed(
            window,
            app("Acme"),
            app("Globex", status=Status.INTERVIEWING),
            app("Initech", status=Status.GHOSTED),
            app("Umbrella", status=Status.WISHLIST),
            app("Hooli", status=Status.REJECTED),
        )
    repo = repository(window)
    before = {i: (repo.get(i).status, repo.events(i)) for i in ids}
    shown_before = _statuses(window, ids)
    depth = window.undo_stack.index()
    changed = _bulk(window).set_status([ids[n] for n in sorted(chosen)], status)
    assert changed == sum(before[ids[n]][0] is not status for n in chosen)
    assert window.undo_stack.index() == depth + (1 if changed else 0)
    for n, i in enumerate(ids):
        assert repo.get(i).status is (status if n in chosen else before[i][0])
    if changed:
        window.undo_stack.undo()
    assert {i: (repo.get(i).status, repo.events(i)) for i in ids} == before
    assert _statuses(window, ids) == shown_before


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(chosen=st.sets(st.integers(0, 4), min_size=2))
def test_deleting_any_selection_is_one_step_that_brings_every_row_back(
    window: MainWindow, chosen: set[int]
) -> None:
    key = -id(window)
    ids = _PROPERTY_APPS.get(key)
    if ids is None:
        ids = _PROPERTY_APPS[key] = seed(
            window, *(app(name) for name in ("Acme", "Globex", "Initech", "Umbrella", "Hooli"))
        )
    ids = [window.model.id_at(row) for row in range(window.model.rowCount())]
    companies = sorted(repository(window).get(i).company for i in ids)
    depth = window.undo_stack.index()
    gone = [ids[n] for n in sorted(chosen)]
    assert _bulk(window).delete(gone) == len(gone)
    assert window.undo_stack.index() == depth + 1
    assert sorted(window.model.ids()) == sorted(set(ids) - set(gone))
    window.undo_stack.undo()
    back = window.model.ids()
    assert len(back) == len(ids)
    assert sorted(repository(window).get(i).company for i in back) == companies
