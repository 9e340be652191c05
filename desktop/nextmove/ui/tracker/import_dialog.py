"""The import preview: how each column of the file will be read, and the first rows as they
will be imported. The person can change any column's meaning, or ignore it, before importing.

The dialog only decides; the caller runs the import and reports back with `show_progress`,
`show_problems` or `show_failure` (the dialog stays open, and nothing was changed).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.csv_format import CsvTable, Field, delimiter_name, guess_mapping
from nextmove.domain.csv_import import (
    ImportedApplication,
    ImportIssue,
    convert,
    unknown_statuses,
)
from nextmove.domain.status import Status
from nextmove.ui.tracker.columns import status_label

PREVIEW_ROWS = 8
DEFAULT_UNKNOWN_STATUS = Status.APPLIED
_PREVIEW_COLUMNS = ("Company", "Role", "Status", "Applied on", "Contact")


def field_label(field: Field | None) -> str:
    if field is None:
        return QCoreApplication.translate("ImportDialog", "Ignore")
    return QCoreApplication.translate("ImportDialog", field.label)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(" ".join(text.split()))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    item.setToolTip(text)
    return item


class ImportDialog(QDialog):
    # The person pressed Import: (mapping: list[Field | None], status choices: dict[str, Status]).
    importRequested = Signal(object, object)

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

        summary = QLabel(
            self.tr("{file}: {rows} rows, {delimiter}-separated, {encoding}").format(
                file=file_name,
                rows=f"{len(table.rows):,}",
                delimiter=self.tr(delimiter_name(table.delimiter)),
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

        self.mapping_table = QTableWidget(len(table.headers), 3)
        self.mapping_table.setObjectName("import_mapping")
        self.mapping_table.setAccessibleName(self.tr("Columns in your file"))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in your file"), self.tr("Example"), self.tr("Import as")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the combos
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        for column, (name, field) in enumerate(
            zip(table.headers, guess_mapping(table.headers), strict=True)
        ):
            example = next(
                (table.cell(r, column) for r in range(len(table.rows)) if table.cell(r, column)),
                "",
            )
            self.mapping_table.setItem(column, 0, _item(name))
            self.mapping_table.setItem(column, 1, _item(example))
            combo = QComboBox()
            combo.setObjectName(f"import_map_{column}")
            combo.setAccessibleName(self.tr("Import column {name} as").format(name=name))
            combo.addItem(field_label(None), None)
            for option in Field:
                combo.addItem(field_label(option), option.value)
            combo.setCurrentIndex(combo.findData(field.value if field else None))
            combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
            self.mapping_table.setCellWidget(column, 2, combo)
            self.combos.append(combo)

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
        self.preview.setMinimumHeight(150)

        self.message = QLabel()
        self.message.setObjectName("import_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setObjectName("import_button")

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(hint)
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(self.status_box)
        layout.addWidget(QLabel(self.tr("Preview")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.refresh()

    # -- what the person chose ---------------------------------------------------------------

    def mapping(self) -> list[Field | None]:
        return [Field(c.currentData()) if c.currentData() else None for c in self.combos]

    def set_mapping(self, column: int, field: Field | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field.value if field else None))

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
            limit=PREVIEW_ROWS,
            partial=True,
        )
        self._fill_preview(result.items)
        self.import_button.setText(
            self.tr("&Import {count} applications").format(count=f"{len(self.table.rows):,}")
        )
        if result.ok:
            text = self.tr(
                "Ready. Every row is checked again when you import; if any row has a "
                "problem, nothing is imported."
            )
            repeats = self._repeats(mapping)
            if repeats:
                text += "\n" + self.tr(
                    "{count} of these rows have the same company and role as applications "
                    "you already track; importing adds them again."
                ).format(count=f"{repeats:,}")
            self._say(text, error=False)
        else:
            self._say(self._problem_text(result.issues), error=True)
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
            label = QLabel(
                self.tr("“{value}” ({count} rows) becomes").format(value=value, count=count)
            )
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
                data.applied_on.strftime("%d %b %Y") if data.applied_on else "",
                ", ".join(c.name for c in item.contacts),
            )
            self.preview.insertRow(row)
            for column, text in enumerate(cells):
                self.preview.setItem(row, column, _item(text))
        self.preview.resizeColumnsToContents()

    def _problem_text(self, issues: Sequence[ImportIssue]) -> str:
        first = str(issues[0])
        first = first[:1].upper() + first[1:]
        if len(issues) == 1:
            return first
        return self.tr(
            "{first}\n…and {more} more problems. Fix them in your file and try again."
        ).format(first=first, more=len(issues) - 1)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error else "color: palette(text);")

    # -- what the caller reports back --------------------------------------------------------

    def show_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_problems(self, issues: Sequence[ImportIssue]) -> None:
        self._finish_busy()
        self._say(self.tr("Nothing was imported. ") + self._problem_text(issues), error=True)

    def show_failure(self, text: str) -> None:
        self._finish_busy()
        self._say(text, error=True)

    def reject(self) -> None:
        # Once an import has started, its outcome must be seen: Esc and Cancel wait for it.
        if not self._busy:
            super().reject()

    def _finish_busy(self) -> None:
        self._busy = False
        self.progress.hide()
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
        self.show_progress(0, len(self.table.rows) * 2)
        self.importRequested.emit(self.mapping(), self.status_choices())
