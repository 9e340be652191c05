"""The wizard's optional date fields must never trap the keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from nextmove.ui.wizard.optional_date import OptionalDateEdit


def _form(qtbot) -> tuple[QWidget, QLineEdit, OptionalDateEdit, QLineEdit]:  # type: ignore[no-untyped-def]
    form = QWidget()
    before, field, after = QLineEdit(), OptionalDateEdit(), QLineEdit()
    layout = QVBoxLayout(form)
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form, before, field, after


def test_tab_and_shift_tab_leave_an_empty_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    _form_widget, before, field, after = _form(qtbot)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert before.hasFocus()
    assert field.value() is None


def test_a_filled_date_still_lets_tab_move_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    form, _before, field, after = _form(qtbot)
    field.set_value(date(2026, 11, 2))
    field.setFocus()
    for _ in range(4):  # at most one press per date section, then out
        if after.hasFocus():
            break
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.value() == date(2026, 11, 2)
