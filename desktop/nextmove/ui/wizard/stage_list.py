"""The editable list of stages on the reflect page: name, score 1-5 and a note per stage."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.wizard import StageAnswer
from nextmove.ui.labels import QT_TRANSLATE_NOOP
from nextmove.ui.wizard.score_buttons import ScoreButtons, how_it_went

# The stage names the wizard suggests (domain.wizard): shown in the person's language, kept in
# English so the rules that read them (learning-goal hints, insights) still recognise them.
_SUGGESTED = (
    QT_TRANSLATE_NOOP("StageList", "Research and preparation"),
    QT_TRANSLATE_NOOP("StageList", "Application materials"),
    QT_TRANSLATE_NOOP("StageList", "Screening call"),
    QT_TRANSLATE_NOOP("StageList", "Assessment"),
    QT_TRANSLATE_NOOP("StageList", "Follow-up"),
)
_ROUND = re.compile(r"Interview round (\d+)")
MAX_ROUNDS = 10


def stage_text(stage: str) -> str:
    """A stage name as shown: a suggested one translated, the person's own as written."""
    if stage in _SUGGESTED:
        return QCoreApplication.translate("StageList", stage)
    found = _ROUND.fullmatch(stage)
    if found:
        return QCoreApplication.translate("StageList", "Interview round {number}").format(
            number=found.group(1)
        )
    return stage


def stage_name(text: str) -> str:
    """The stage name to keep for a shown `text`: the English of a suggested one."""
    for stage in _SUGGESTED:
        if text == stage_text(stage):
            return stage
    for number in range(1, MAX_ROUNDS + 1):
        stage = f"Interview round {number}"
        if text == stage_text(stage):
            return stage
    return text


class StageList(QWidget):
    # Any name, score or note changed, or a stage was added or removed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage_list")
        self._rows: list[tuple[QLineEdit, ScoreButtons, QLineEdit, QToolButton]] = []
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 3)  # the stage names, longer in other languages
        self._grid.setColumnStretch(2, 2)
        for column, title in enumerate(
            (self.tr("Stage"), self.tr("How it went (1-5)"), self.tr("Note"))
        ):
            label = QLabel(title)
            label.setStyleSheet("font-weight: 600;")
            self._grid.addWidget(label, 0, column)
        self.add_button = QPushButton(self.tr("&Add a stage"))
        self.add_button.setObjectName("add_stage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.add_button.clicked.connect(self._on_add_button_clicked)

    def set_stages(self, stages: list[StageAnswer]) -> None:
        while self._rows:
            self._remove_row(0, notify=False)
        for stage in stages:
            self._add_row(stage)
        self.changed.emit()

    def stages(self) -> list[StageAnswer]:
        return [
            StageAnswer(stage_name(name.text().strip()), score.value(), note.text())
            for name, score, note, _ in self._rows
        ]

    def _add_row(self, stage: StageAnswer) -> None:
        index = len(self._rows)
        name = QLineEdit(stage_text(stage.stage))
        name.setCursorPosition(0)  # the start of a long name, not its end
        name.setObjectName(f"stage_name_{index}")
        name.setAccessibleName(self.tr("Stage name"))
        score = ScoreButtons(how_it_went())
        score.setObjectName(f"stage_score_{index}")
        score.setAccessibleName(self.tr("Score for {stage}").format(stage=stage_text(stage.stage)))
        score.setValue(stage.score)
        note = QLineEdit(stage.note)
        note.setObjectName(f"stage_note_{index}")
        note.setAccessibleName(self.tr("Note for {stage}").format(stage=stage_text(stage.stage)))
        note.setPlaceholderText(self.tr("What happened, how you felt"))
        remove = QToolButton()
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove this stage"))
        row = (name, score, note, remove)
        self._rows.append(row)
        self._place_rows()
        name.textChanged.connect(self.changed)
        score.valueChanged.connect(self.changed)
        remove.clicked.connect(lambda: self._remove_row(self._rows.index(row)))

    def _remove_row(self, index: int, *, notify: bool = True) -> None:
        for widget in self._rows.pop(index):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._place_rows()
        if notify:
            self.changed.emit()

    def _place_rows(self) -> None:
        for index, widgets in enumerate(self._rows):
            for column, widget in enumerate(widgets):
                self._grid.addWidget(widget, index + 1, column)
            widgets[0].setObjectName(f"stage_name_{index}")
            widgets[1].setObjectName(f"stage_score_{index}")
            widgets[2].setObjectName(f"stage_note_{index}")

    def _on_add_button_clicked(self) -> None:
        self._add_row(StageAnswer(""))
        self._rows[-1][0].setFocus()
        self.changed.emit()
