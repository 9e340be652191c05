"""The import preview: how each column of the file will be read, and the first rows as they
will be imported. The person can change any column's meaning, or ignore it, before importing.

The dialog only decides; the caller runs the import and reports back with `show_progress`,
`show_problems` or `show_failure` (the dialog stays open, and nothing was changed). Problems
are listed one per line (line, column, what is wrong), all of them, so one pass over the file
fixes everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.csv_format import CsvTable, Field, delimiter_name
from nextmove.domain.csv_import import (
    ImportedApplication,
    ImportIssue,
    convert,
    unknown_statuses,
)
from nextmove.domain.status import Status
from nextmove.ui import palette
from nextmove.ui.date_display import format_day
from nextmove.ui.labels import QT_TRANSLATE_NOOP, tr_label
from nextmove.ui.tracker.columns import status_label
from nextmove.ui.tracker.import_mapping import MappingTable, plain_item

PREVIEW_ROWS = 8
PREFERRED_SIZE = (860, 800)
DEFAULT_UNKNOWN_STATUS = Status.APPLIED
_PREVIEW_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Company"),
    QT_TRANSLATE_NOOP("ImportDialog", "Role"),
    QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    QT_TRANSLATE_NOOP("ImportDialog", "Applied on"),
    QT_TRANSLATE_NOOP("ImportDialog", "Last activity"),
    QT_TRANSLATE_NOOP("ImportDialog", "Contact"),
)


class ImportDialog(QDialog):
    # The person pressed Import: (mapping: list[Field | None], status choices: dict[str, Status]).
    importRequested = Signal(object, object)
    # Cancel Import was pressed while the import runs.
    cancelRequested = Signal()

    def __init__(
        self,
        table: CsvTable,
        file_name: str,
        today: date,
        known: set[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import applications"))
        self.setAccessibleName(self.tr("Import applications"))
        self.table = table
        self._today = today
        self._busy = False
        self._known = known or set()
        self.file_name = file_name

        summary = QLabel(
            self.tr("{file}: {rows}, {delimiter}-separated, {encoding}").format(
                file=file_name,
                rows=self.tr("%Ln rows", None, len(table.rows)),
                delimiter=tr_label(delimiter_name(table.delimiter)),
                encoding=table.encoding,
            )
        )
        summary.setObjectName("import_summary")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        hint = QLabel(
            self.tr("Check how each column will be read. Pick “Ignore” for columns you don't need.")
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)

        self.mapping_table = MappingTable(table)
        self.combos = self.mapping_table.combos
        self.mapping_table.mappingChanged.connect(self.refresh)

        self.status_box = QGroupBox(self.tr("Statuses Next Move doesn't recognise"))
        self.status_box.setObjectName("import_status_choices")
        self.status_form = QFormLayout(self.status_box)
        self.status_combos: dict[str, QComboBox] = {}

        self.preview = QTableWidget(0, len(_PREVIEW_COLUMNS))
        self.preview.setObjectName("import_preview")
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setHorizontalHeaderLabels([self.tr(c) for c in _PREVIEW_COLUMNS])
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setMinimumHeight(110)

        self.message = QLabel()
        self.message.setObjectName("import_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.problems.setAccessibleName(self.tr("Problems in your file"))
        self.problems.setWordWrap(True)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.problems.hide()
        rules = QLabel(
            self.tr(
                "A row with no status becomes Applied when it has an applied date, otherwise "
                "Wishlist. A row with no history gets its entries from the file's dates, noted "
                "“imported from {file}”: the status on its status or stage date, else the last "
                "activity, else the latest date the row gives. Nothing is dated today."
            ).format(file=file_name)
        )
        rules.setObjectName("import_rules")
        rules.setTextFormat(Qt.TextFormat.PlainText)
        rules.setWordWrap(True)
        rules.setStyleSheet("color: palette(placeholder-text);")
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.cancel_import_button = QPushButton(self.tr("Cancel Import"))
        self.cancel_import_button.setObjectName("import_cancel_button")
        self.cancel_import_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_import_button.setToolTip(
            self.tr(
                "Stop now: nothing of this file is imported, your applications stay as they were"
            )
        )
        self.cancel_import_button.hide()
        self.cancel_import_button.clicked.connect(self._on_cancel_import_button_clicked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setObjectName("import_button")

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(hint)
        layout.addWidget(self.mapping_table, 3)
        layout.addWidget(self.status_box)
        layout.addWidget(QLabel(self.tr("Preview")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(rules)
        layout.addWidget(self.message)
        layout.addWidget(self.problems)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_import_button)
        layout.addLayout(busy_row)
        layout.addWidget(self.buttons)
        self.mapping_table.give_room()
        self._fit_to_screen(parent)

        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.refresh()

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """As tall as the screen allows (up to a comfortable size), never taller."""
        available = (parent or self).screen().availableGeometry()
        width = min(PREFERRED_SIZE[0], available.width() * 9 // 10)
        height = min(PREFERRED_SIZE[1], available.height() * 9 // 10)
        self.resize(width, max(height, min(self.minimumSizeHint().height(), available.height())))

    # -- what the person chose ---------------------------------------------------------------

    def mapping(self) -> list[Field | None]:
        return self.mapping_table.mapping()

    def set_mapping(self, column: int, field: Field | None) -> None:
        self.mapping_table.set_mapping(column, field)

    def status_choices(self) -> dict[str, Status]:
        return {value: Status(c.currentData()) for value, c in self.status_combos.items()}

    # -- preview -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the first rows with the current mapping and show what will happen."""
        mapping = self.mapping()
        self._refresh_status_choices(unknown_statuses(self.table, mapping))
        result = convert(
            self.table,
            mapping,
            self._today,
            status_choices=self.status_choices(),
            source_name=self.file_name,
            limit=PREVIEW_ROWS,
            partial=True,
        )
        self._fill_preview(result.items)
        self.import_button.setText(self.tr("&Import %Ln applications", None, len(self.table.rows)))
        if result.ok:
            text = self.tr(
                "Ready. Every row is checked again when you import; if any row has a "
                "problem, nothing is imported."
            )
            repeats = self._repeats(mapping)
            if repeats:
                text += "\n" + self.tr(
                    "%Ln of these rows have the same company and role as applications you already track; importing adds them again.",  # noqa: E501
                    None,
                    repeats,
                )
            self._say(text, error=False)
            self._list_problems([], 0)
        else:
            count = len(result.issues) + result.more_issues
            self._say(self._checked_text(count, len(self.table.rows)), error=True)
            self._list_problems(result.issues, result.more_issues)
        self.import_button.setEnabled(result.ok)

    def _repeats(self, mapping: list[Field | None]) -> int:
        if not self._known or Field.COMPANY not in mapping or Field.ROLE not in mapping:
            return 0
        company, role = mapping.index(Field.COMPANY), mapping.index(Field.ROLE)
        return sum(
            (self.table.cell(r, company).lower(), self.table.cell(r, role).lower()) in self._known
            for r in range(len(self.table.rows))
        )

    def _refresh_status_choices(self, unknown: dict[str, int]) -> None:
        self.status_box.setVisible(bool(unknown))
        if set(unknown) == set(self.status_combos):
            return  # also keeps a combo alive while its own signal is being handled
        kept = self.status_choices()
        while self.status_form.rowCount():
            self.status_form.removeRow(0)
        self.status_combos = {}
        for value, count in sorted(unknown.items()):
            combo = QComboBox()
            combo.setObjectName(f"import_status_{len(self.status_combos)}")
            combo.setAccessibleName(self.tr("Status for “{value}”").format(value=value))
            for status in Status:
                combo.addItem(status_label(status.value), status.value)
            combo.setCurrentIndex(combo.findData(kept.get(value, DEFAULT_UNKNOWN_STATUS).value))
            combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
            rows = self.tr("%Ln rows", None, count)
            label = QLabel(self.tr("“{value}” ({rows}) becomes").format(value=value, rows=rows))
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.status_form.addRow(label, combo)
            self.status_combos[value] = combo

    def _fill_preview(self, items: Sequence[ImportedApplication]) -> None:
        self.preview.setRowCount(0)
        for row, item in enumerate(items):
            data = item.data
            cells = (
                data.company,
                data.role,
                status_label(data.status.value),
                format_day(data.applied_on),
                format_day(item.last_activity_on),
                ", ".join(c.name for c in item.contacts),
            )
            self.preview.insertRow(row)
            for column, text in enumerate(cells):
                self.preview.setItem(row, column, plain_item(text))
        self.preview.resizeColumnsToContents()

    def _checked_text(self, count: int, total: int) -> str:
        """The preview's problems, said for the rows it actually read: all, or the first few."""
        problems = self.tr("%Ln problems", None, count)
        if total <= PREVIEW_ROWS:
            where = self.tr("%Ln rows", None, total)
            text = self.tr("{problems} in {rows}, listed below.")
        else:
            where = self.tr("the first %Ln of {total} rows", None, PREVIEW_ROWS).format(total=f"{total:,}")  # fmt: skip  # noqa: E501
            text = self.tr("{problems} in {rows}, listed below; the rest are checked when you "
                           "import.")  # fmt: skip
        fix = self.tr("Fix them in your file, or change how a column is read.", None, count)
        return text.format(problems=problems, rows=where) + " " + fix

    def _problem_text(self, count: int) -> str:
        return self.tr(
            "Nothing was imported: your file has %Ln problems, listed below. Fix them and try again.",  # noqa: E501
            None,
            count,
        )

    def _list_problems(self, issues: Sequence[ImportIssue], more: int) -> None:
        """One line per problem: where it is (line, column) and what is wrong."""
        self.problems.clear()
        for issue in issues:
            text = str(issue)
            item = QListWidgetItem(text[:1].upper() + text[1:])
            item.setToolTip(item.text())
            self.problems.addItem(item)
        if more:
            self.problems.addItem(self.tr("…and %Ln more problems", None, more))
        self.problems.setVisible(bool(issues))
        # As tall as its lines (up to a limit), so a short list leaves room for the rest.
        lines = self.problems.count()
        height = sum(self.problems.sizeHintForRow(r) for r in range(min(lines, 8)))
        self.problems.setFixedHeight(min(150, height + 2 * self.problems.frameWidth() + 4))

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        palette.text_colour(
            self.message, "error" if error else None, "" if error else "color: palette(text);"
        )

    # -- what the caller reports back --------------------------------------------------------

    def show_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_problems(self, issues: Sequence[ImportIssue], more: int = 0) -> None:
        self._finish_busy()
        self._say(self._problem_text(len(issues) + more), error=True)
        self._list_problems(issues, more)

    def show_failure(self, text: str) -> None:
        self._finish_busy()
        self._say(text, error=True)
        self._list_problems([], 0)

    def show_cancelled(self) -> None:
        self._finish_busy()
        self._say(
            self.tr("Import cancelled: nothing was imported, your applications are as they were."),
            error=False,
        )
        self._list_problems([], 0)

    def reject(self) -> None:
        # Once an import has started, its outcome must be seen: Esc and Cancel wait for it
        # (Cancel Import beside the progress bar stops it).
        if not self._busy:
            super().reject()

    def _finish_busy(self) -> None:
        self._busy = False
        self.progress.hide()
        self.cancel_import_button.hide()
        self.mapping_table.setEnabled(True)
        self.status_box.setEnabled(True)
        self.buttons.setEnabled(True)

    # -- slots -------------------------------------------------------------------------------

    def _on_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_buttons_accepted(self) -> None:
        self._busy = True
        self.mapping_table.setEnabled(False)
        self.status_box.setEnabled(False)
        self.buttons.setEnabled(False)
        self._say(self.tr("Importing…"), error=False)
        self._list_problems([], 0)
        self.show_progress(0, len(self.table.rows) * 2)
        self.cancel_import_button.setEnabled(True)
        self.cancel_import_button.show()
        self.importRequested.emit(self.mapping(), self.status_choices())

    def _on_cancel_import_button_clicked(self) -> None:
        self.cancel_import_button.setEnabled(False)
        self._say(self.tr("Cancelling…"), error=False)
        self.cancelRequested.emit()
