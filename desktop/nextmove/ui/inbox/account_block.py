"""The Mail Accounts dialog's "Reading replies" block: watch the inbox, and its IMAP server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from nextmove.domain.inbox.settings import DEFAULT_PORTS, InboxSettings, imap_for, validate_inbox


class InboxAccountBlock(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_account_block")
        self.setTitle(self.tr("Reading replies"))
        self.setAccessibleName(self.tr("Reading replies"))
        self.watch = QCheckBox(self.tr("&Watch the inbox for replies"))
        self.watch.setObjectName("watch_inbox")
        self.watch.setAccessibleName(self.tr("Watch the inbox for replies"))
        self.host = QLineEdit()
        self.host.setObjectName("imap_host")
        self.host.setAccessibleName(self.tr("Incoming (IMAP) server"))
        self.host.setPlaceholderText("imap.example.com")
        self.port = QSpinBox()
        self.port.setObjectName("imap_port")
        self.port.setAccessibleName(self.tr("IMAP port"))
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.security = QComboBox()
        self.security.setObjectName("imap_security")
        self.security.setAccessibleName(self.tr("IMAP security"))
        self.security.addItem(self.tr("TLS (port 993)"), "tls")
        self.security.addItem(self.tr("STARTTLS (port 143)"), "starttls")
        self.note = QLabel(
            self.tr(
                "Read-only, with the same password as sending: new mail in INBOX is read to "
                "spot replies about your applications; nothing is marked read, moved, deleted "
                "or sent."
            )
        )
        self.note.setObjectName("inbox_account_note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel()
        self.error.setObjectName("inbox_account_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self._preset_host = ""
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        server.addWidget(QLabel(self.tr("Port:")))
        server.addWidget(self.port)
        server.addWidget(self.security)
        form = QFormLayout(self)
        form.addRow(self.watch)
        server_label = QLabel(self.tr("&Incoming server:"))
        server_label.setBuddy(self.host)
        form.addRow(server_label, server)
        form.addRow(self.note)
        form.addRow(self.error)
        self.watch.toggled.connect(self._on_watch_toggled)
        self.security.currentIndexChanged.connect(self._on_security_changed)
        self._on_watch_toggled(False)

    def fill(self, settings: InboxSettings, smtp_host: str = "") -> None:
        self.error.hide()
        self.watch.setChecked(settings.watch)
        host, port, security = (settings.host, settings.port, settings.security)
        if not host:
            host, port, security = imap_for(smtp_host) if smtp_host else ("", 993, "tls")
            self._preset_host = host
        self.host.setText(host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(self.security.findData(security), 0))
        self.security.blockSignals(False)
        self.port.setValue(port)
        self._on_watch_toggled(self.watch.isChecked())

    def preset(self, smtp_host: str, provider: str = "") -> None:
        """A provider preset was chosen: fill its IMAP server unless one was typed."""
        typed = self.host.text().strip()
        if typed and typed != self._preset_host:
            return
        host, port, security = imap_for(smtp_host, provider)
        self._preset_host = host
        self.host.setText(host)
        self.security.setCurrentIndex(max(self.security.findData(security), 0))
        self.port.setValue(port)

    def settings(self) -> InboxSettings:
        return InboxSettings(
            self.watch.isChecked(),
            self.host.text().strip(),
            self.port.value(),
            str(self.security.currentData()),
        )

    def check(self) -> bool:
        errors = validate_inbox(self.settings())
        if errors:
            self.error.setText(" ".join(self.tr(e) for e in errors.values()))
            self.error.show()
            return False
        self.error.hide()
        return True

    def _on_watch_toggled(self, on: bool) -> None:
        for widget in (self.host, self.port, self.security):
            widget.setEnabled(on)

    def _on_security_changed(self) -> None:
        self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])
