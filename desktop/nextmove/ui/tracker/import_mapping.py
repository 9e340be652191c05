"""The import preview's column mapping: each column of the file, an example value from it, and
what it will be imported as (or Ignore), guessed from its header and changeable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from nextmove.domain.csv_format import CsvTable, Field, guess_mapping
from nextmove.ui.labels import tr_label

# The column mapping is the dialog's main job: this many of its rows stay in view, at least.
MAPPING_ROWS_SHOWN = 6


def field_label(field: Field | None) -> str:
    if field is None:
        return QCoreApplication.translate("ImportDialog", "Ignore")
    return tr_label(field.label)


def plain_item(text: str) -> QTableWidgetItem:
    """A read-only cell: the text on one line, all of it in the tooltip."""
    item = QTableWidgetItem(" ".join(text.split()))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    item.setToolTip(text)
    return item


class MappingTable(QTableWidget):
    # The person changed what a column is imported as.
    mappingChanged = Signal()

    def __init__(self, table: CsvTable, parent: QWidget | None = None) -> None:
        super().__init__(len(table.headers), 3, parent)
        self.setObjectName("import_mapping")
        self.setAccessibleName(self.tr("Columns in your file"))
        self.setHorizontalHeaderLabels(
            [self.tr("Column in your file"), self.tr("Example"), self.tr("Import as")]
        )
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the combos
        header = self.horizontalHeader()
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
            self.setItem(column, 0, plain_item(name))
            self.setItem(column, 1, plain_item(example))
            combo = QComboBox()
            combo.setObjectName(f"import_map_{column}")
            combo.setAccessibleName(self.tr("Import column {name} as").format(name=name))
            combo.addItem(field_label(None), None)
            for option in Field:
                combo.addItem(field_label(option), option.value)
            combo.setCurrentIndex(combo.findData(field.value if field else None))
            combo.currentIndexChanged.connect(self.mappingChanged)
            self.setCellWidget(column, 2, combo)
            self.combos.append(combo)

    def give_room(self) -> None:
        """Room for the first columns' rows, so the mapping reads as a list; no more than all."""
        row = self.verticalHeader().defaultSectionSize()
        chrome = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        self.setMinimumHeight(min(self.rowCount(), MAPPING_ROWS_SHOWN) * row + chrome)
        self.setMaximumHeight(max(self.rowCount(), MAPPING_ROWS_SHOWN) * row + chrome)

    def mapping(self) -> list[Field | None]:
        return [Field(c.currentData()) if c.currentData() else None for c in self.combos]

    def set_mapping(self, column: int, field: Field | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field.value if field else None))
