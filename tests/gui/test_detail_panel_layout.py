"""The side panel and its dialogs keep their shape: long names, error lines."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from nextmove.domain.application import ApplicationData
from nextmove.storage.applications import ApplicationRepository
from nextmove.ui.main_window import MainWindow
from nextmove.ui.tracker.contact_dialog import ContactDialog
from nextmove.ui.tracker.detail_panel import DetailPanel

TODAY = date(2026, 11, 26)
LONG_NAME = "The Extremely Long Named International Consolidated Holdings Company " * 3


def _panel(window: MainWindow) -> DetailPanel:
    found = window.findChild(DetailPanel, "detail_panel")
    assert isinstance(found, DetailPanel)
    return found


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_a_long_company_name_is_shortened_with_the_whole_name_as_tooltip(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert window.context is not None
    app_id = ApplicationRepository(window.context.database).add(
        ApplicationData(LONG_NAME.strip(), "Engineer"), TODAY
    )
    window.reload()
    window.select_application(app_id)
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.pages.currentIndex() == 1)
    qtbot.wait(10)
    company = panel.company
    assert company.text() == LONG_NAME.strip()  # the data is whole
    assert company.is_elided()
    assert company.displayed_text().endswith("…")
    assert company.toolTip() == LONG_NAME.strip()
    assert company.width() <= panel.width()
    assert company.height() < 2 * company.fontMetrics().height()  # one line, not a wall


def test_error_lines_in_the_contact_dialog_never_overlap_the_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.email.setText("not-an-email")
    dialog.save_button.click()  # name missing, email wrong: two error lines appear
    qtbot.wait(10)
    assert dialog.name_error.isVisible()
    assert dialog.email_error.isVisible()
    notes = _rect_in(dialog.notes, dialog)
    remind = _rect_in(dialog.remind, dialog)
    save = _rect_in(dialog.save_button, dialog)
    assert notes.bottom() < remind.top()
    assert remind.bottom() < save.top()
    assert save.bottom() <= dialog.height()
    dialog.reject()
