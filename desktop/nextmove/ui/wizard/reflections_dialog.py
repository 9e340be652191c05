"""Unfinished reflections to resume, finished ones to reread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.storage.reflections import ReflectionService, ReflectionSummary
from nextmove.ui.ask import Confirm, ask_yes_no
from nextmove.ui.date_display import format_day


class ReflectionsDialog(QDialog):
    # Resume the wizard for this application id.
    resumeRequested = Signal(int)
    # Show the report of this finished reflection id.
    viewRequested = Signal(int)

    def __init__(
        self, service: ReflectionService, parent: QWidget | None = None, ask: Confirm = ask_yes_no
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reflections_dialog")
        self.setWindowTitle(self.tr("Reflections"))
        self.setAccessibleName(self.tr("Reflections"))
        self.resize(560, 480)
        self._service = service
        self._ask = ask
        self.unfinished = QListWidget()
        self.unfinished.setObjectName("unfinished_reflections")
        self.unfinished.setAccessibleName(self.tr("Unfinished reflections"))
        self.finished_list = QListWidget()
        self.finished_list.setObjectName("finished_reflections")
        self.finished_list.setAccessibleName(self.tr("Finished reflections"))
        for widget in (self.unfinished, self.finished_list):
            widget.setWordWrap(True)
            widget.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.setObjectName("resume_reflection")
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.setObjectName("discard_reflection")
        self.view_button = QPushButton(self.tr("&Read"))
        self.view_button.setObjectName("view_reflection")
        self.discard_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.discard_button)
        top.addWidget(self.resume_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.view_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Unfinished — pick up where you left off")))
        layout.addWidget(self.unfinished)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Finished")))
        layout.addWidget(self.finished_list)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.unfinished.itemActivated.connect(self._on_resume_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.view_button.clicked.connect(self._on_view_button_clicked)
        self.finished_list.itemActivated.connect(self._on_view_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        unfinished = self._service.unfinished()
        finished = self._service.completed()
        self._fill(self.unfinished, unfinished, draft=True)
        self._fill(self.finished_list, finished, draft=False)
        self.resume_button.setEnabled(bool(unfinished))
        self.discard_button.setEnabled(bool(unfinished))
        self.view_button.setEnabled(bool(finished))
        if not unfinished:
            self._empty(self.unfinished, self.tr("Nothing left half-way."))
        if not finished:
            self._empty(
                self.finished_list,
                self.tr("Reflections you finish are kept here, to reread and export."),
            )

    def _empty(self, widget: QListWidget, text: str) -> None:
        placeholder = QListWidgetItem(text)
        placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(placeholder)

    def _fill(self, widget: QListWidget, rows: list[ReflectionSummary], *, draft: bool) -> None:
        widget.clear()
        for row in rows:
            when = format_day(row.updated_at.date())
            # The company first: a long role name must not hide which application it is.
            if draft:
                text = self.tr("{company} — {role}\nStep {step} of 9 · {when}").format(
                    role=row.role, company=row.company, step=int(row.step), when=when
                )
            else:
                text = self.tr("{company} — {role}\nFinished {when}").format(
                    role=row.role, company=row.company, when=when
                )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, (row.reflection_id, row.application_id))
            widget.addItem(item)
        if widget.count():
            widget.setCurrentRow(0)

    def _selected(self, widget: QListWidget) -> tuple[int, int] | None:
        item = widget.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return None
        reflection_id, application_id = item.data(Qt.ItemDataRole.UserRole)
        return int(reflection_id), int(application_id)

    def _on_resume_button_clicked(self) -> None:
        chosen = self._selected(self.unfinished)
        if chosen is not None:
            self.resumeRequested.emit(chosen[1])
            self.accept()

    def _on_discard_button_clicked(self) -> None:
        chosen = self._selected(self.unfinished)
        if chosen is None:
            return
        if self._ask(
            self,
            self.tr("Discard this reflection?"),
            self.tr("Your answers in this unfinished reflection will be deleted."),
        ):
            self._service.discard(chosen[0])
            self.refresh()

    def _on_view_button_clicked(self) -> None:
        chosen = self._selected(self.finished_list)
        if chosen is not None:
            self.viewRequested.emit(chosen[0])
