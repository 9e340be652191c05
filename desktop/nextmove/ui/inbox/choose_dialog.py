"""“Not this application…”: pick the application an email is really about."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

# (parent, the email's subject, (application id, "Company — Role") choices, current) -> chosen
Choose = Callable[[QWidget, str, Sequence[tuple[int, str]], int | None], int | None]


class ChooseApplicationDialog(QDialog):
    def __init__(
        self,
        subject: str,
        choices: Sequence[tuple[int, str]],
        current: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_choose_application")
        self.setWindowTitle(self.tr("Which Application?"))
        self.setAccessibleName(self.tr("Which application is this email about"))
        label = QLabel(self.tr("Which application is “{subject}” about?").format(subject=subject))
        label.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setObjectName("inbox_application_combo")
        self.combo.setAccessibleName(self.tr("Application"))
        for application_id, text in choices:
            self.combo.addItem(text, application_id)
        if current is not None and self.combo.findData(current) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(current))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def chosen(self) -> int | None:
        value = self.combo.currentData()
        return int(value) if value is not None else None


def choose_application(
    parent: QWidget,
    subject: str,
    choices: Sequence[tuple[int, str]],
    current: int | None,
) -> int | None:
    """The real seam: a small modal dialog (tests replace `InboxController.choose`)."""
    dialog = ChooseApplicationDialog(subject, choices, current, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.chosen() if accepted else None
