"""A score from 1 to 5 as a row of five buttons, with the meaning of each shown beside it.

Click a button, or press 1-5 while the row has focus (0, Delete or Backspace: not rated);
clicking the chosen button again takes the score back. Same `value()`/`setValue()`/
`valueChanged` as the spin box it replaces, so pages read it the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from nextmove.domain.wizard import MAX_SCORE, UNRATED


def how_it_went() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ScoreButtons", "Went badly"),
        QCoreApplication.translate("ScoreButtons", "Below what I can do"),
        QCoreApplication.translate("ScoreButtons", "Okay"),
        QCoreApplication.translate("ScoreButtons", "Went well"),
        QCoreApplication.translate("ScoreButtons", "Went very well"),
    )


def how_much() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ScoreButtons", "Not at all"),
        QCoreApplication.translate("ScoreButtons", "A little"),
        QCoreApplication.translate("ScoreButtons", "Somewhat"),
        QCoreApplication.translate("ScoreButtons", "A lot"),
        QCoreApplication.translate("ScoreButtons", "Very much"),
    )


_CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class ScoreButtons(QWidget):
    valueChanged = Signal(int)

    def __init__(self, meanings: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meanings = meanings
        self._value = UNRATED
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for score in range(1, MAX_SCORE + 1):
            button = QToolButton()
            button.setObjectName(f"score_{score}")
            button.setText(str(score))
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys, not each
            meaning = meanings[score - 1]
            button.setToolTip(f"{score} — {meaning}")
            button.setAccessibleName(f"{score}: {meaning}")
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("00") + 16)
            button.clicked.connect(lambda _checked=False, score=score: self._on_button(score))
            self.buttons.append(button)
            layout.addWidget(button)
        self.meaning = QLabel()
        self.meaning.setObjectName("score_meaning")
        self.meaning.setTextFormat(Qt.TextFormat.PlainText)
        widest = max(self.meaning.fontMetrics().horizontalAdvance(m) for m in meanings)
        self.meaning.setMinimumWidth(widest + 8)
        layout.addSpacing(6)
        layout.addWidget(self.meaning)
        layout.addStretch(1)
        self._show()

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = value if 1 <= value <= MAX_SCORE else UNRATED
        if value == self._value:
            self._show()
            return
        self._value = value
        self._show()
        self.valueChanged.emit(value)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        for button in self.buttons:
            button.setAccessibleDescription(name)

    def _on_button(self, score: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.setValue(UNRATED if score == self._value else score)

    def _show(self) -> None:
        for score, button in enumerate(self.buttons, start=1):
            button.setChecked(score == self._value)
        self.meaning.setText(
            self._meanings[self._value - 1]
            if self._value
            else QCoreApplication.translate("ScoreButtons", "Not rated")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.setValue(int(key) - int(Qt.Key.Key_0))
            return
        if key in _CLEAR_KEYS:
            self.setValue(UNRATED)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            self.setValue(max(1, min(MAX_SCORE, (self._value or (0 if step > 0 else 6)) + step)))
            return
        super().keyPressEvent(event)
