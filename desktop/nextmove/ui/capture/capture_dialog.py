"""New from Posting: paste a link, a page's HTML or its text; check the preview; save.

Reading runs on the worker pool (a fetch can take up to 15 s): the window never freezes,
Cancel stops waiting at once and the fetch itself stops at its next piece of the page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.capture.application import Existing, to_application
from nextmove.capture.fetch import FetchCancelledError, fetch
from nextmove.capture.posting import CaptureError, Posting
from nextmove.domain.application import ApplicationData, validate_application
from nextmove.ui.ask import Ask, ask
from nextmove.ui.capture.posting_form import PostingForm
from nextmove.ui.mail.worker import JobRunner

FindExisting = Callable[[ApplicationData], Existing | None]
# How long typing must pause before what was pasted or typed is read by itself.
SETTLE_MS = 700
_SOURCE_NAMES = {
    "json-ld": "schema.org JSON-LD",
    "microdata": "schema.org microdata",
    "opengraph": "OpenGraph and meta tags",
    "html": "the page's heading and text",
}


def _read(text: str, fetcher: Callable[[str], object]) -> list[Posting]:
    """On the worker: the extractor (extruct, rdflib) is imported there the first time, so
    neither startup nor the GUI thread pays for it."""
    from nextmove.capture.source import read_pasted

    return read_pasted(text, fetcher)  # type: ignore[arg-type]


class SourceEdit(QPlainTextEdit):
    """The pasted link, HTML or text (multi-line, since a page's HTML is pasted here too).

    Return on a single line (an address) asks to read it; Shift+Return still breaks the line.
    """

    returnPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        one_line = "\n" not in self.toPlainText().strip()
        plain_return = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if plain_return and one_line:
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class CaptureDialog(QDialog):
    submitted = Signal(object)  # ApplicationData, valid, when Save (or Add Anyway) is pressed
    showExisting = Signal(int)  # the tracked application offered instead of a duplicate

    def __init__(
        self,
        runner: JobRunner,
        today: date,
        find_existing: FindExisting,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("capture_dialog")
        self.setWindowTitle(self.tr("New from Posting"))
        self.setAccessibleName(self.windowTitle())
        self._runner = runner
        self._today = today
        self._find_existing = find_existing
        self._token: object | None = None
        self._stop: threading.Event | None = None
        self._postings: list[Posting] = []
        self._existing: Existing | None = None
        # The confirmation seam (tests answer it): asked only when closing would lose a preview.
        self.ask: Ask = ask

        intro = QLabel(
            self.tr(
                "Paste the posting's link, or the page's HTML or text, or drop a saved page "
                "(.html, .mhtml, .txt) here."
            )
        )
        intro.setWordWrap(True)
        self.source = SourceEdit()
        self.source.setObjectName("capture_source")
        self.source.setAccessibleName(self.tr("Posting link, HTML or text"))
        self.source.setPlaceholderText("https://")
        self.source.setTabChangesFocus(True)
        self.source.setFixedHeight(self.source.fontMetrics().lineSpacing() * 3 + 16)
        self.read_button = QPushButton(self.tr("&Read Posting"))
        self.read_button.setObjectName("capture_read")
        self.read_button.setAccessibleName(self.tr("Read the posting"))
        self.read_button.setToolTip(self.tr("Read the posting (Ctrl+Enter)"))
        self.cancel_read = QPushButton(self.tr("Stop"))
        self.cancel_read.setObjectName("capture_cancel")
        self.cancel_read.setAccessibleName(self.tr("Stop reading the posting"))
        self.cancel_read.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("capture_progress")
        self.progress.setAccessibleName(self.tr("Reading the posting"))
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("capture_status")
        self.status.setAccessibleName(self.tr("Reading status"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.choice = QComboBox()
        self.choice.setObjectName("capture_posting_choice")
        self.choice.setAccessibleName(self.tr("Which posting"))
        self.choice.hide()
        self.form = PostingForm(today)
        self.duplicate = QFrame()
        self.duplicate.setObjectName("capture_duplicate")
        self.duplicate.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_text = QLabel()
        self.duplicate_text.setObjectName("capture_duplicate_text")
        self.duplicate_text.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_text.setWordWrap(True)
        self.show_existing = QPushButton(self.tr("&Show It"))
        self.show_existing.setObjectName("capture_show_existing")
        self.show_existing.setAccessibleName(self.tr("Show the application already tracked"))
        banner = QHBoxLayout(self.duplicate)
        banner.addWidget(self.duplicate_text, 1)
        banner.addWidget(self.show_existing)
        self.duplicate.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("capture_buttons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("capture_save")

        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        side = QVBoxLayout()
        side.addWidget(self.read_button)
        side.addWidget(self.cancel_read)
        side.addStretch(1)
        source_row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(source_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.choice)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.buttons)
        self.resize(960, 620)

        # What is pasted is read by itself once the typing pauses (a typed address too).
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)
        self._last_read = ""
        self.source.textChanged.connect(self._settle.start)
        self.source.returnPressed.connect(self.read)
        self.read_button.clicked.connect(self.read)
        self.cancel_read.clicked.connect(self.cancel)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.read)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.read)
        self.choice.currentIndexChanged.connect(self._on_choice_current_index_changed)
        self.form.edited.connect(self._check_duplicate)
        self.show_existing.clicked.connect(self._on_show_existing_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    # -- reading ---------------------------------------------------------------------------

    def reading(self) -> bool:
        return self._token is not None

    def _on_settle_timeout(self) -> None:
        text = self.source.toPlainText().strip()
        if text and text != self._last_read and not self.reading():
            self.read()

    def read(self) -> None:
        """Read what is in the source box, on the worker pool."""
        self._settle.stop()
        text = self.source.toPlainText().strip()
        self._last_read = text
        if not text:
            self._say(self.tr("Paste a link to the posting, or the page's HTML or text."))
            self.source.setFocus()
            return
        self.cancel()
        stop = threading.Event()
        token = object()
        self._stop = stop
        self._token = token
        fetcher = partial(fetch, cancelled=stop.is_set)
        self._set_busy(True)
        self._say(self.tr("Reading the posting…"))

        def done(result: object) -> None:
            if self._token is token:  # not cancelled, not replaced by a newer read
                self._on_read(result)

        def failed(error: Exception) -> None:
            if self._token is token:
                self._on_read_failed(error)

        self._runner.start(lambda _progress: _read(text, fetcher), done, failed)

    def cancel(self) -> None:
        """Stop waiting for the page; the fetch stops at its next piece."""
        if self._stop is not None:
            self._stop.set()
        was_reading = self._token is not None
        self._token = None
        self._stop = None
        self._set_busy(False)
        if was_reading:
            self._say(self.tr("Stopped. Nothing was read."))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_read.setVisible(busy)
        self.read_button.setEnabled(not busy)

    def _on_read(self, result: object) -> None:
        self._token = None
        self._set_busy(False)
        assert isinstance(result, list)
        self.show_postings(result)

    def _on_read_failed(self, error: Exception) -> None:
        self._token = None
        self._set_busy(False)
        if isinstance(error, FetchCancelledError):
            return
        if isinstance(error, CaptureError):
            self._say(str(error))
        else:
            self._say(self.tr("This could not be read ({kind}).").format(kind=type(error).__name__))

    def show_postings(self, postings: list[Posting]) -> None:
        self._postings = postings
        self.choice.blockSignals(True)
        self.choice.clear()
        for number, posting in enumerate(postings, start=1):
            self.choice.addItem(
                self.tr("Posting {n} of {total}: {role}").format(
                    n=number, total=len(postings), role=posting.role or self.tr("(no title)")
                )
            )
        self.choice.blockSignals(False)
        self.choice.setVisible(len(postings) > 1)
        self._show(0)

    def _show(self, index: int) -> None:
        posting = self._postings[index]
        self.form.set_posting(posting)
        where = _SOURCE_NAMES.get(posting.source.value, posting.source.value)
        found = (
            self.tr("This page has {count} postings; pick one. ").format(count=len(self._postings))
            if len(self._postings) > 1
            else ""
        )
        self._say(
            found
            + self.tr("Read from {where}. Check the fields, then Save.").format(
                where=self.tr(where)
            )
        )
        self._check_duplicate()

    def _on_choice_current_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._postings):
            self._show(index)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- duplicates and saving -----------------------------------------------------------------

    def application(self) -> ApplicationData:
        return to_application(self.form.posting())

    def _check_duplicate(self) -> None:
        data = self.application()
        existing = self._find_existing(data) if data.company or data.job_url else None
        self._existing = existing
        if existing is None:
            self.duplicate.hide()
            self.save_button.setText(self.tr("&Save"))
            return
        self.duplicate_text.setText(
            self.tr("Already in your tracker: {company} – {role}.").format(
                company=existing.company, role=existing.role
            )
        )
        self.duplicate.show()
        self.save_button.setText(self.tr("&Add Anyway"))
        self.show_existing.setDefault(True)

    def _on_show_existing_clicked(self) -> None:
        if self._existing is not None:
            self.showExisting.emit(self._existing.id)
            self.cancel()
            self.done(QDialog.DialogCode.Accepted)  # nothing added: not accept()

    def _on_buttons_accepted(self) -> None:
        self.accept()

    def accept(self) -> None:
        """Save (or Add Anyway): a valid application is handed over, else the reason shows."""
        data = self.application()
        errors = validate_application(data, self._today).errors
        if errors:
            field, message = next(iter(errors.items()))
            self._say(self.tr(message))
            focus = {"company": self.form.company, "role": self.form.role}.get(field, self.form.url)
            focus.setFocus()
            return
        self.cancel()
        self.submitted.emit(data)
        super().accept()

    def reject(self) -> None:
        """Escape, Cancel or the close button: a posting read or typed is not dropped silently."""
        if any(value for key, value in self.form.posting().as_json().items() if key != "source"):
            choice = self.ask(
                self,
                self.tr("Discard this posting?"),
                self.tr("The posting has not been added to your applications."),
                [self.tr("Discard"), self.tr("Keep Editing")],
            )
            if choice != 0:
                return
        self.cancel()
        super().reject()
