"""Read a finished reflection as a clean report; export it as PDF or Markdown."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QMarginsF, QSettings, QSize, QStandardPaths, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.reflection_report import to_markdown
from nextmove.storage.reflections import ReflectionService
from nextmove.ui import palette
from nextmove.ui.date_display import format_day
from nextmove.ui.wizard.feedback_arrived import FeedbackArrived
from nextmove.ui.wizard.pages.base import ERROR_STYLE
from nextmove.ui.wizard.report_document import build_document
from nextmove.ui.wizard.screen_fit import fit_to_screen

ChoosePath = Callable[[QWidget, str, str, str], str]


def choose_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def _check_folder(path: Path) -> None:
    """Refuse up front what Qt's PDF writer would only warn about on the console."""
    folder = path.parent
    if not folder.is_dir():
        raise OSError(errno.ENOENT, "the folder does not exist", str(folder))
    if not os.access(folder, os.W_OK):
        raise OSError(errno.EACCES, "you cannot save in that folder", str(folder))
    if path.is_dir():
        raise OSError(errno.EISDIR, "a folder has that name", str(path))


def _reason(error: OSError) -> str:
    messages = {
        errno.ENOENT: "the folder does not exist",
        errno.EACCES: "you cannot save in that folder",
        errno.EPERM: "you cannot save in that folder",
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "that place is read-only",
        errno.EISDIR: "a folder has that name",
    }
    return messages.get(error.errno or 0, error.strerror or str(error))


EXPORT_FOLDER_KEY = "reflections/export_folder"


def default_export_folder() -> Path:
    """Documents, where people look for what they saved; the home folder if there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _safe_name(text: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in text)
    return "-".join(keep.split())[:80] or "reflection"


class ReportView(QDialog):
    def __init__(
        self,
        service: ReflectionService,
        reflection_id: int,
        parent: QWidget | None = None,
        choose_path: ChoosePath = choose_save_path,
        today: date | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("reflection_report")
        self.setAccessibleName(self.tr("Reflection report"))
        self._choose = choose_path
        self._service = service
        self._reflection_id = reflection_id
        self.report = service.report(reflection_id, format_day)
        self.setWindowTitle(self.tr("Reflection — {title}").format(title=self.report.title))
        fit_to_screen(self, QSize(680, 720), QSize(420, 320))
        self.browser = QTextBrowser()
        self.browser.setObjectName("report_text")
        self.browser.setAccessibleName(self.tr("Report"))
        self.browser.setOpenLinks(False)
        self._show_report()
        self.feedback = FeedbackArrived(today or date.today())
        self.feedback.hide()
        self.feedback_button = QPushButton(self.tr("Feedback &Arrived…"))
        self.feedback_button.setObjectName("record_feedback")
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.setObjectName("export_pdf")
        self.markdown_button = QPushButton(self.tr("Export &Markdown…"))
        self.markdown_button.setObjectName("export_markdown")
        close = QPushButton(self.tr("Close"))
        close.setObjectName("report_close")
        close.setDefault(True)
        for button in (self.pdf_button, self.markdown_button, self.feedback_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.feedback_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.markdown_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.markdown_button.clicked.connect(self._on_markdown_button_clicked)
        close.clicked.connect(self.accept)
        self.feedback_button.clicked.connect(self._on_feedback_button_clicked)
        self.feedback.saved.connect(self._on_feedback_saved)

    def refresh(self) -> None:
        """Read the reflection again: its emails may have been sent since it was opened."""
        report = self._service.report(self._reflection_id, format_day)
        if report == self.report:
            return
        self.report = report
        scrolled = self.browser.verticalScrollBar().value()
        self._show_report()
        self.browser.verticalScrollBar().setValue(scrolled)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh()

    def _show_report(self) -> None:
        previous = getattr(self, "document", None)
        self.document = build_document(self.report)
        self.document.setParent(self)
        self.browser.setDocument(self.document)
        if previous is not None:
            previous.deleteLater()

    def export_pdf(self, path: Path) -> None:
        """Raises OSError when the file could not be written: no false "Saved"."""
        _check_folder(path)
        writer = QPdfWriter(str(path))
        writer.setTitle(self.report.title)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        document = build_document(self.report)
        document.print_(writer)
        del writer  # closes the file
        if not path.is_file() or path.stat().st_size == 0:
            raise OSError(errno.EIO, "the file could not be written", str(path))

    def export_markdown(self, path: Path) -> None:
        _check_folder(path)
        path.write_text(to_markdown(self.report), encoding="utf-8")

    def _export(self, kind: str) -> None:
        if kind == "pdf":
            filters, suffix = self.tr("PDF documents (*.pdf)"), ".pdf"
        else:
            filters, suffix = self.tr("Markdown (*.md)"), ".md"
        suggested = self._export_folder() / (_safe_name(self.report.title) + suffix)
        chosen = self._choose(self, self.tr("Export reflection"), str(suggested), filters)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        try:
            if kind == "pdf":
                self.export_pdf(path)
            else:
                self.export_markdown(path)
        except OSError as error:
            palette.styled(self.status, ERROR_STYLE)
            self.status.setText(
                self.tr("Could not save to {path}: {reason}").format(
                    path=str(path), reason=_reason(error)
                )
            )
            return
        palette.text_colour(self.status, None)
        self.status.setText(self.tr("Saved to {name}").format(name=path.name))
        if self._settings is not None:
            self._settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))

    def _export_folder(self) -> Path:
        """The folder last exported to, else Documents (never the app's working folder)."""
        if self._settings is not None:
            last = self._settings.value(EXPORT_FOLDER_KEY, "")
            if isinstance(last, str) and last and Path(last).is_dir():
                return Path(last)
        return default_export_folder()

    def _on_pdf_button_clicked(self) -> None:
        self._export("pdf")

    def _on_markdown_button_clicked(self) -> None:
        self._export("markdown")

    def _on_feedback_button_clicked(self) -> None:
        self.feedback.setVisible(not self.feedback.isVisible())
        if self.feedback.isVisible():
            self.feedback.text.setFocus()

    def _on_feedback_saved(self, text: str, received_on: date) -> None:
        self._service.record_feedback(self._reflection_id, text, received_on)
        self.refresh()
        self.feedback.hide()
        self.status.setText(self.tr("Feedback saved. Thank them when you can."))
