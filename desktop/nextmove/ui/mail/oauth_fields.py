"""How an account signs in (a password, or through its provider) and, under "Advanced", the
provider's OAuth client id, addresses and scopes.

Outlook / Microsoft 365 default to Sign in with Microsoft; Gmail offers Sign in with Google
beside the app password; "Other" can be set up by hand with any provider's authorization and
token addresses. The presets only fill the fields: the same sign-in code runs for all.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nextmove.domain.accounts import AccountData
from nextmove.domain.oauth import PRESETS, OAuthPreset, preset_for_urls
from nextmove.mail.client_ids import client_id
from nextmove.ui.labels import tr_label
from nextmove.ui.mail.form import FieldErrors, named

PASSWORD, OAUTH = "password", "oauth"


class OAuthFields(QWidget):
    # The way of signing in changed: "password" or "oauth".
    authKindChanged = Signal(str)

    def __init__(
        self,
        errors: FieldErrors,
        settings: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("oauth_fields")
        self._settings = dict(settings or {})
        self._preset: OAuthPreset | None = None
        self.auth_kind = named(QComboBox(), "auth_kind", self.tr("Sign in with"))
        self.advanced_toggle = named(
            QToolButton(), "button_oauth_advanced", self.tr("Show advanced sign-in settings")
        )
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced = QWidget()
        self.advanced.setObjectName("oauth_advanced")
        self.client_id = named(QLineEdit(), "oauth_client_id", self.tr("Client id"))
        self.client_id.setPlaceholderText(self.tr("Registered with the provider (see README)"))
        self.auth_url = named(QLineEdit(), "oauth_auth_url", self.tr("Authorization address"))
        self.auth_url.setPlaceholderText("https://login.example.com/oauth2/authorize")
        self.token_url = named(QLineEdit(), "oauth_token_url", self.tr("Token address"))
        self.token_url.setPlaceholderText("https://login.example.com/oauth2/token")
        self.revoke_url = named(QLineEdit(), "oauth_revoke_url", self.tr("Revocation address"))
        self.revoke_url.setPlaceholderText(self.tr("Optional"))
        self.scopes = named(QLineEdit(), "oauth_scopes", self.tr("Scopes"))
        form = QFormLayout(self.advanced)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Client id:"), errors.wrap("oauth_client_id", self.client_id))
        form.addRow(self.tr("Authorization address:"), errors.wrap("oauth_auth_url", self.auth_url))
        form.addRow(self.tr("Token address:"), errors.wrap("oauth_token_url", self.token_url))
        form.addRow(
            self.tr("Revocation address:"), errors.wrap("oauth_revoke_url", self.revoke_url)
        )
        form.addRow(self.tr("Scopes:"), errors.wrap("oauth_scopes", self.scopes))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)
        self.advanced.hide()
        self.advanced_toggle.hide()
        self.auth_kind.currentIndexChanged.connect(self._on_auth_kind_changed)
        self.advanced_toggle.toggled.connect(self._on_advanced_toggle_toggled)
        self.set_provider("other")

    # --- presets ---------------------------------------------------------------------------

    def set_provider(self, key: str, *, kind: str | None = None) -> None:
        """Offer the choices of this mail provider; `kind` picks one (default: its default)."""
        self._preset = PRESETS.get(key)
        self.auth_kind.blockSignals(True)
        self.auth_kind.clear()
        if self._preset is not None and key != "gmail":
            self.auth_kind.addItem(tr_label(self._preset.button), OAUTH)
            self.auth_kind.addItem(self.tr("Password (if your organisation allows it)"), PASSWORD)
        elif self._preset is not None:
            self.auth_kind.addItem(self.tr("App password"), PASSWORD)
            self.auth_kind.addItem(tr_label(self._preset.button), OAUTH)
        else:
            self.auth_kind.addItem(self.tr("Password"), PASSWORD)
            self.auth_kind.addItem(self.tr("Sign in through the provider (OAuth2)"), OAUTH)
        if kind is not None:
            self.auth_kind.setCurrentIndex(max(self.auth_kind.findData(kind), 0))
        self.auth_kind.blockSignals(False)
        if self._preset is not None:
            self.auth_url.setText(self._preset.auth_url)
            self.token_url.setText(self._preset.token_url)
            self.revoke_url.setText(self._preset.revoke_url)
            self.scopes.setText(self._preset.scopes)
            self.client_id.setText(client_id(self._preset.key, self._settings))
        else:
            for field in (self.auth_url, self.token_url, self.revoke_url, self.scopes):
                field.clear()
            self.client_id.clear()
        self._show_starts()
        self._on_auth_kind_changed()

    def _show_starts(self) -> None:
        """Long addresses read from their beginning (https://…), not their tail."""
        for field in (self.client_id, self.auth_url, self.token_url, self.revoke_url,
                      self.scopes):  # fmt: skip
            field.setCursorPosition(0)

    @property
    def preset(self) -> OAuthPreset | None:
        return self._preset

    def is_oauth(self) -> bool:
        return bool(self.auth_kind.currentData() == OAUTH)

    def sign_in_label(self) -> str:
        if self._preset is not None:
            return tr_label(self._preset.button)
        return self.tr("Sign In…")

    # --- filling and reading ---------------------------------------------------------------

    def fill(self, data: AccountData | None, provider_key: str) -> None:
        if data is None or not data.is_oauth:
            self.set_provider(provider_key)
            if data is not None:
                self.auth_kind.setCurrentIndex(max(self.auth_kind.findData(PASSWORD), 0))
            return
        preset = preset_for_urls(data.oauth_auth_url, data.oauth_token_url)
        self.set_provider(provider_key if preset else "other", kind=OAUTH)
        # A preset account without its own id shows the provider's setting it will use.
        fallback = client_id(preset.key, self._settings) if preset else ""
        self.client_id.setText(data.oauth_client_id or fallback)
        self.auth_url.setText(data.oauth_auth_url)
        self.token_url.setText(data.oauth_token_url)
        self.revoke_url.setText(data.oauth_revoke_url)
        self.scopes.setText(data.oauth_scopes)
        self._show_starts()

    def values(self) -> dict[str, str]:
        if not self.is_oauth():
            return {"auth_kind": PASSWORD}
        return {
            "auth_kind": OAUTH,
            "oauth_client_id": self.client_id.text().strip(),
            "oauth_auth_url": self.auth_url.text().strip(),
            "oauth_token_url": self.token_url.text().strip(),
            "oauth_revoke_url": self.revoke_url.text().strip(),
            "oauth_scopes": " ".join(self.scopes.text().split()),
        }

    def show_advanced(self, shown: bool) -> None:
        self.advanced_toggle.setChecked(shown)

    def _on_auth_kind_changed(self) -> None:
        oauth = self.is_oauth()
        self.advanced_toggle.setVisible(oauth)
        # By hand, or with no client id configured, the fields must be seen to be filled.
        must_show = oauth and (self._preset is None or not self.client_id.text().strip())
        self.show_advanced(must_show or (oauth and self.advanced_toggle.isChecked()))
        self.advanced.setVisible(oauth and self.advanced_toggle.isChecked())
        self.authKindChanged.emit(OAUTH if oauth else PASSWORD)

    def _on_advanced_toggle_toggled(self, shown: bool) -> None:
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.advanced.setVisible(shown and self.is_oauth())
