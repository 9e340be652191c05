"""The search box works like people expect: no accents or case needed, Escape clears, Down
goes into the results, the matches are marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette

from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.columns import COLUMNS
from nextmove.ui.tracker.highlight_delegate import HighlightDelegate
from tests.gui.tracker_helpers import app, column_values, seed

COMPANY = 0


def test_search_ignores_accents_and_case_both_ways(window: MainWindow) -> None:
    seed(
        window,
        app("Zalando", location="München"),
        app("Café Central", location="Wien"),
        app("Straße AG", location="Berlin"),
        app("Other", location="Hamburg"),
    )
    window.search_box.setText("munchen")
    assert column_values(window, "company") == ["Zalando"]
    window.search_box.setText("MÜNCHEN")
    assert column_values(window, "company") == ["Zalando"]
    window.search_box.setText("cafe")
    assert column_values(window, "company") == ["Café Central"]
    window.search_box.setText("strasse")
    assert column_values(window, "company") == ["Straße AG"]


def test_a_row_changed_later_is_found_without_accents_too(window: MainWindow) -> None:
    ids = seed(window, app("Acme"))
    from tests.gui.tracker_helpers import repository

    repo = repository(window)
    data = repo.get(ids[0])
    import dataclasses

    repo.update(ids[0], dataclasses.replace(data, location="Kraków"), window.context.today())  # type: ignore[union-attr]
    window.refresh_application(ids[0])
    window.search_box.setText("krakow")
    assert column_values(window, "company") == ["Acme"]


def test_escape_clears_and_down_moves_into_the_results(window: MainWindow, qtbot: Any) -> None:
    ids = seed(window, app("Acme"), app("Acme Two"), app("Globex"))
    window.show()
    window.action("action_find").trigger()
    qtbot.keyClicks(window.search_box, "acme")
    assert window.model.rowCount() == 2
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    assert window.selected_application_id() == window.model.id_at(0)
    assert window.search_box.text() == "acme"  # Down did not change the search
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.model.rowCount() == 3
    assert sorted(window.model.ids()) == sorted(ids)


def _marker_pixels(image: QImage, window: MainWindow) -> int:
    """Pixels in the marker colour: the palette's highlight at the delegate's alpha over the
    row's base colour."""
    palette = window.table.palette()
    base, mark = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
    alpha = 110 / 255
    blended = [
        round(b * (1 - alpha) + m * alpha)
        for b, m in zip(base.getRgb()[:3], mark.getRgb()[:3], strict=True)
    ]
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            got = (colour.red(), colour.green(), colour.blue())
            if all(abs(a - b) <= 3 for a, b in zip(got, blended, strict=True)):
                count += 1
    return count


def test_matches_are_highlighted_only_while_searching(window: MainWindow) -> None:
    seed(window, app("Acme Müller"), app("Globex"))
    window.resize(1200, 600)
    window.show()
    text_section = next(i for i, c in enumerate(COLUMNS) if c.key == "company")
    assert not isinstance(window.table.itemDelegateForColumn(text_section), HighlightDelegate)
    window.search_box.setText("muller")
    delegate = window.table.itemDelegateForColumn(text_section)
    assert isinstance(delegate, HighlightDelegate)
    window.table.clearSelection()
    rect = window.table.visualRect(window.model.index(0, text_section))
    marked = window.table.viewport().grab(rect).toImage()
    assert _marker_pixels(marked, window) > 100  # "Müller" is marked
    window.search_box.clear()
    assert not isinstance(window.table.itemDelegateForColumn(text_section), HighlightDelegate)
    rect = window.table.visualRect(window.model.index(0, text_section))
    plain = window.table.viewport().grab(rect).toImage()
    assert _marker_pixels(plain, window) == 0
