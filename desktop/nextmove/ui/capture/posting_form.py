"""The preview of a captured posting: every field editable, each saying where it came from."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nextmove.capture.posting import Posting, Source
from nextmove.domain.status import Workplace
from nextmove.ui.labels import QT_TRANSLATE_NOOP
from nextmove.ui.tracker.optional_date_edit import OptionalDateEdit

_WORKPLACES = (
    (Workplace.UNSPECIFIED, QT_TRANSLATE_NOOP("PostingForm", "Not stated")),
    (Workplace.ONSITE, QT_TRANSLATE_NOOP("PostingForm", "On-site")),
    (Workplace.HYBRID, QT_TRANSLATE_NOOP("PostingForm", "Hybrid")),
    (Workplace.REMOTE, QT_TRANSLATE_NOOP("PostingForm", "Remote")),
)
_SOURCE_WORDS = {
    "JSON-LD": "from the page's JSON-LD",
    "microdata": "from the page's microdata",
    "OpenGraph": "from OpenGraph tags",
    "og:title": "from the og:title tag",
    "og:description": "from the og:description tag",
    "og:url": "from the og:url tag",
    "meta": "from the description meta tag",
    "canonical link": "from the canonical link",
    "address fetched": "the address you gave",
    "first heading": "from the first heading",
    "page title": "from the page title",
    "first line": "from the first line",
    "text": "the text you gave",
}


class PostingForm(QWidget):
    """Fields of one posting; `posting()` gives back what the person now sees."""

    edited = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture_form")
        self._source = Source.HTML
        self._origins: dict[str, QLabel] = {}
        self.company = self._line("company", self.tr("Company"))
        self.role = self._line("role", self.tr("Role"))
        self.location = self._line("location", self.tr("Location"))
        self.workplace = QComboBox()
        self.workplace.setObjectName("capture_field_workplace")
        self.workplace.setAccessibleName(self.tr("Workplace"))
        for value, label in _WORKPLACES:
            self.workplace.addItem(self.tr(label), value.value)
        self.salary = self._line("salary", self.tr("Salary"))
        self.posted_on = self._date("posted_on", self.tr("Posted on"), today)
        self.closes_on = self._date("closes_on", self.tr("Closes on"), today)
        self.url = self._line("url", self.tr("Job link"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("capture_field_description")
        self.description.setAccessibleName(self.tr("Job description"))
        self.description.setPlaceholderText(self.tr("The posting's text, kept as it is today"))

        form = QGridLayout()
        form.setColumnStretch(1, 1)
        fields: tuple[tuple[str, QWidget, str], ...] = (
            (self.tr("&Company *"), self.company, "company"),
            (self.tr("&Role *"), self.role, "role"),
            (self.tr("L&ocation"), self.location, "location"),
            (self.tr("&Workplace"), self.workplace, "workplace"),
            (self.tr("Sa&lary"), self.salary, "salary"),
            (self.tr("&Posted on"), self.posted_on, "posted_on"),
            (self.tr("Closes o&n"), self.closes_on, "closes_on"),
            (self.tr("Job &link"), self.url, "url"),
        )
        for row, (label, widget, key) in enumerate(fields):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addWidget(caption, row, 0)
            form.addWidget(widget, row, 1)
            form.addWidget(self._origin_label(key), row, 2)
        form.setRowStretch(form.rowCount(), 1)
        right = QVBoxLayout()
        caption = QLabel(self.tr("Job &description"))
        caption.setBuddy(self.description)
        heading = QHBoxLayout()
        heading.addWidget(caption)
        heading.addStretch(1)
        heading.addWidget(self._origin_label("description"))
        right.addLayout(heading)
        right.addWidget(self.description, 1)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)
        self.workplace.currentIndexChanged.connect(lambda _i: self._on_field_edited("workplace"))
        self.posted_on.valueChanged.connect(lambda _v: self._on_field_edited("posted_on"))
        self.closes_on.valueChanged.connect(lambda _v: self._on_field_edited("closes_on"))
        self.description.textChanged.connect(self._on_description_text_changed)
        self._filling = False

    def _line(self, key: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"capture_field_{key}")
        edit.setAccessibleName(name)
        edit.textEdited.connect(lambda _t: self._on_field_edited(key))
        return edit

    def _date(self, key: str, name: str, today: date) -> OptionalDateEdit:
        edit = OptionalDateEdit(today)
        edit.setObjectName(f"capture_field_{key}")
        edit.setAccessibleName(name)
        return edit

    def _origin_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"capture_origin_{key}")
        label.setEnabled(False)  # the palette's quieter text: a note, not a field
        label.setAccessibleName(self.tr("Where this came from"))
        self._origins[key] = label
        return label

    def origin_text(self, key: str) -> str:
        return self._origins[key].text()

    def set_posting(self, posting: Posting) -> None:
        self._filling = True
        try:
            self._source = posting.source
            self.company.setText(posting.company or "")
            self.role.setText(posting.role or "")
            self.location.setText(posting.location or "")
            index = self.workplace.findData(posting.workplace or "")
            self.workplace.setCurrentIndex(max(index, 0))
            self.salary.setText(posting.salary or "")
            self.posted_on.set_value(posting.posted_on)
            self.closes_on.set_value(posting.closes_on)
            self.url.setText(posting.url or "")
            self.description.setPlainText(posting.description or "")
            for key, label in self._origins.items():
                origin = posting.origins.get(key)
                words = _SOURCE_WORDS.get(origin, origin) if origin else "not on the page"
                label.setText(self.tr(words or ""))
        finally:
            self._filling = False

    def posting(self) -> Posting:
        """The fields as shown (edits included); empty ones are None."""

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return Posting(
            self._source,
            company=text(self.company),
            role=text(self.role),
            location=text(self.location),
            workplace=str(self.workplace.currentData()) or None,
            salary=text(self.salary),
            posted_on=self.posted_on.value(),
            closes_on=self.closes_on.value(),
            url=text(self.url),
            description=self.description.toPlainText().strip() or None,
        )

    def _on_description_text_changed(self) -> None:
        self._on_field_edited("description")

    def _on_field_edited(self, key: str) -> None:
        if self._filling:
            return
        self._origins[key].setText(self.tr("edited by you"))
        self.edited.emit()
