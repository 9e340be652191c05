"""Dates typed with real key presses read as the person meant, in several locales; unclear text
is refused next to the field and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from nextmove.domain.date_locale import format_date
from nextmove.domain.dates import DateReader
from nextmove.domain.preferences import SYSTEM_DATE_FORMAT
from nextmove.ui.date_display import CHOICES, date_display, locale_names
from nextmove.ui.tracker.application_dialog import ApplicationDialog

TODAY = date(2026, 11, 26)  # a Thursday

COMMON = [
    ("2026-11-20", date(2026, 11, 20)),
    ("2026/11/20", date(2026, 11, 20)),
    ("20261120", date(2026, 11, 20)),
    ("20/11/2026", date(2026, 11, 20)),
    ("20.11.2026", date(2026, 11, 20)),
    ("20-11-2026", date(2026, 11, 20)),
    ("3 Oct", date(2026, 10, 3)),
    ("3 Oct 2026", date(2026, 10, 3)),
    ("03 Oct 2026", date(2026, 10, 3)),
    ("Oct 3 2026", date(2026, 10, 3)),
    ("Oct 3, 2026", date(2026, 10, 3)),
    ("3 october 2026", date(2026, 10, 3)),
    ("3rd Oct", date(2026, 10, 3)),
    ("Fri 20 Nov 2026", date(2026, 11, 20)),
    ("Dec 24", date(2026, 12, 24)),
    ("1 Jan 2027", date(2027, 1, 1)),
    ("29 Feb 2028", date(2028, 2, 29)),
    ("today", TODAY),
    ("yesterday", TODAY - timedelta(days=1)),
    ("tomorrow", TODAY + timedelta(days=1)),
    ("+3d", TODAY + timedelta(days=3)),
    ("-2w", TODAY - timedelta(weeks=2)),
    ("+1m", date(2026, 12, 26)),
    ("+10", TODAY + timedelta(days=10)),
    ("friday", date(2026, 11, 27)),
    ("thursday", date(2026, 12, 3)),  # the next one, never today
    ("mon", date(2026, 11, 30)),
    ("next tuesday", date(2026, 12, 1)),
    ("last friday", date(2026, 11, 20)),
]
BY_LOCALE = {
    "en_GB": [
        ("03/04/2026", date(2026, 4, 3)),
        ("20/11/26", date(2026, 11, 20)),
        ("4/7", date(2026, 7, 4)),
    ],
    "en_US": [
        ("03/04/2026", date(2026, 3, 4)),
        ("11/20/26", date(2026, 11, 20)),
        ("4/7", date(2026, 4, 7)),
    ],
    "de_DE": [
        ("3. Okt. 2026", date(2026, 10, 3)),
        ("3 März 2026", date(2026, 3, 3)),
        ("12. Dezember", date(2026, 12, 12)),
        ("20.11.26", date(2026, 11, 20)),
        ("Mittwoch", date(2026, 12, 2)),
    ],
}
REFUSED = ["31/02/2026", "13/13/2026", "30 Feb 2026", "soon", "Oct"]


@pytest.fixture
def locale(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    date_display().set_format(SYSTEM_DATE_FORMAT)
    yield QLocale()
    QLocale.setDefault(before)
    date_display().set_format(SYSTEM_DATE_FORMAT)


def _dialog(qtbot) -> ApplicationDialog:  # type: ignore[no-untyped-def]
    dialog = ApplicationDialog(TODAY)
    dialog.ask = lambda *_args: 0  # closing at the end discards without asking
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select all, then type `text` key by key (QTest types ASCII only: a key such as "ä"
    goes as the press and release a keyboard layout would send)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(edit, event)


@pytest.mark.parametrize("locale", ["en_GB", "en_US", "de_DE"], indirect=True)
def test_typed_dates_show_what_they_read_as_then_keep_it(qtbot, locale: QLocale) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    field = dialog.next_action_on
    edit = dialog.findChild(QLineEdit, "field_next_action_on_text")
    assert edit is field.text_edit
    short = QLocale().toString(QDate(2026, 11, 20), QLocale.FormatType.ShortFormat)
    inputs = [*COMMON, *BY_LOCALE[locale.name()], (short, date(2026, 11, 20))]
    assert len(inputs) >= 30
    for text, expected in inputs:
        _type(qtbot, edit, text)
        shown = date_display().format(expected)
        # Before leaving the field: what it will be read as.
        assert field.error() == "", text
        if text != shown:
            assert field.hint.isVisibleTo(dialog), text
            assert shown in field.hint.text(), (text, field.hint.text())
        qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leave the field
        assert field.value() == expected, text
        assert edit.text() == shown, text
        assert not field.hint.isVisibleTo(dialog), text


@pytest.mark.parametrize("locale", ["en_GB", "en_US", "de_DE"], indirect=True)
def test_impossible_dates_are_refused_next_to_the_field_and_change_nothing(
    qtbot, locale: QLocale
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    field = dialog.next_action_on
    field.set_value(date(2026, 12, 1))
    received: list[object] = []
    dialog.submitted.connect(received.append)
    for text in REFUSED:
        _type(qtbot, field.text_edit, text)
        qtbot.keyClick(field.text_edit, Qt.Key.Key_Tab)
        assert field.text_edit.hasFocus(), text  # the refusal keeps the person there
        assert field.hint.isVisibleTo(dialog)
        assert field.hint.text() == field.error() != ""
        assert field.value() == date(2026, 12, 1), text
    dialog.company.setText("Acme")
    dialog.role.setText("Analyst")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert received == []  # never saved with a date it could not read
    assert dialog.isVisible()
    _type(qtbot, field.text_edit, "+2d")
    assert field.error() == ""
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert len(received) == 1
    assert received[0].next_action_on == TODAY + timedelta(days=2)  # type: ignore[attr-defined]


@pytest.mark.parametrize("locale", ["en_GB", "en_US", "de_DE"], indirect=True)
def test_every_display_format_reads_back_in_the_window(qtbot, locale: QLocale) -> None:  # type: ignore[no-untyped-def]
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        day=st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31)),
        choice=st.sampled_from((SYSTEM_DATE_FORMAT, *CHOICES)),
    )
    def round_trip(day: date, choice: str) -> None:
        date_display().set_format(choice)
        shown = date_display().format(day)
        assert date_display().reader().parse(shown, TODAY) == day, shown

    round_trip()


@pytest.mark.parametrize("locale", ["en_GB"], indirect=True)
def test_an_optional_date_can_be_emptied_by_typing_or_the_clear_button(
    qtbot, locale: QLocale
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    field = dialog.next_action_on
    field.set_value(date(2026, 12, 1))
    _type(qtbot, field.text_edit, "")
    qtbot.keyClick(field.text_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(field.text_edit, Qt.Key.Key_Tab)
    assert field.value() is None
    field.set_value(date(2026, 12, 1))
    field.clear_button.click()
    assert field.value() is None
    assert field.text_edit.text() == ""
    # Up and Down step a day at a time, from today when empty.
    field.text_edit.setFocus()
    qtbot.keyClick(field.text_edit, Qt.Key.Key_Up)
    assert field.value() == TODAY + timedelta(days=1)


LANGUAGES = sorted(
    [
        "en_GB",
        "en_US",
        "de_DE",
        "fr_FR",
        "es_ES",
        "it_IT",
        "nl_NL",
        "pl_PL",
        "ru_RU",
        "uk_UA",
        "ja_JP",
        "zh_CN",
        "ko_KR",
        "pt_BR",
        "sv_SE",
        "tr_TR",
        "ar_EG",
        "he_IL",
        "fi_FI",
        "cs_CZ",
        "el_GR",
        "vi_VN",
        "th_TH",
        "hi_IN",
        "lt_LT",
        "ca_ES",
        "eu_ES",
        "bg_BG",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31)),
    language=st.sampled_from(LANGUAGES),
    choice=st.sampled_from((SYSTEM_DATE_FORMAT, *CHOICES)),
)
def test_every_format_of_many_languages_reads_back(day: date, language: str, choice: str) -> None:
    names = locale_names(QLocale(language))
    pattern = names.medium_pattern if choice == SYSTEM_DATE_FORMAT else choice
    shown = format_date(day, pattern, names)
    assert DateReader(names, pattern).parse(shown, TODAY) == day, (language, shown)
