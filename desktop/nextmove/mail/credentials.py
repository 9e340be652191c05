"""Passwords for mail accounts, kept by the operating system's keyring and nowhere else.

The key is the account's id under the service `nextmove`. A backend that would store the
password readably (keyring's fail and null backends, anything from keyrings.alt, which only
base64-encodes) is refused; the person can then keep the password in memory for this session
only. Nothing here logs, prints or puts a password in an exception message.
"""

from __future__ import annotations

import threading

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "nextmove"


class KeyringUnavailableError(RuntimeError):
    """No secure keyring: the message says why and what the person can do."""


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        return [b for b in inner if isinstance(b, KeyringBackend)]
    return [backend]


def insecure_reason(backend: KeyringBackend) -> str | None:
    """Why `backend` must not hold a password, or None when it is a real OS keyring."""
    backends = _backends(backend)
    if not backends:
        return "No system keyring was found."
    for item in backends:
        module = type(item).__module__
        if module.startswith("keyrings.alt"):
            return "The only keyring available stores passwords without real encryption."
        if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
            return "No system keyring was found (such as GNOME Keyring or KWallet)."
        try:
            priority = float(item.priority)
        except Exception:
            return "The system keyring is not available."
        if priority < 1:
            return "The system keyring is not available."
    return None


class CredentialStore:
    """Reads and writes account passwords; a session-only fallback lives in memory."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            self._backend = keyring.get_keyring()
        return self._backend

    def problem(self) -> str | None:
        """A sentence for the person when the keyring cannot be used, else None."""
        reason = insecure_reason(self.backend)
        if reason is None:
            return None
        return (
            f"{reason} Your password can be remembered for this session only: you will be "
            "asked again next time you start Next Move."
        )

    def save(self, account_id: int, password: str, *, session_only: bool = False) -> None:
        """Store the password; raises KeyringUnavailableError unless the keyring is secure."""
        key = str(account_id)
        if session_only:
            with self._lock:
                self._session[key] = password
            return
        reason = insecure_reason(self.backend)
        if reason is not None:
            raise KeyringUnavailableError(reason)
        try:
            self.backend.set_password(SERVICE, key, password)
        except keyring.errors.KeyringError as error:
            raise KeyringUnavailableError(
                f"The system keyring refused to save the password ({type(error).__name__})."
            ) from None
        with self._lock:
            self._session.pop(key, None)

    def get(self, account_id: int) -> str | None:
        """The password, from this session's memory or the keyring; None when not stored."""
        key = str(account_id)
        with self._lock:
            if key in self._session:
                return self._session[key]
        if insecure_reason(self.backend) is not None:
            return None
        try:
            return self.backend.get_password(SERVICE, key)
        except keyring.errors.KeyringError:
            return None

    def is_session_only(self, account_id: int) -> bool:
        with self._lock:
            return str(account_id) in self._session

    def delete(self, account_id: int) -> None:
        """Forget the password everywhere (used when the account is removed)."""
        key = str(account_id)
        with self._lock:
            self._session.pop(key, None)
        if insecure_reason(self.backend) is not None:
            return
        try:
            self.backend.delete_password(SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError:
            pass
