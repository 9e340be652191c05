"""Passwords go to a real OS keyring (Secret Service here) or, if refused, memory only."""

from __future__ import annotations

import pytest
from keyring.backends import fail, null

from nextmove.mail.credentials import (
    SERVICE,
    CredentialStore,
    KeyringUnavailableError,
    insecure_reason,
)
from tests.mail.conftest import MemoryKeyring


def _secret_service():  # type: ignore[no-untyped-def]
    """The real Secret Service backend, or a skip saying why it is not reachable."""
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        if backend.priority < 1:  # raises when no D-Bus session / daemon
            raise RuntimeError("not available")
        backend.get_password(SERVICE, "probe")
    except Exception as error:
        pytest.skip(
            f"no Secret Service keyring reachable ({type(error).__name__}); "
            "run the suite with `python3 dev.py test`"
        )
    return backend


@pytest.mark.keyring
def test_real_secret_service_round_trip() -> None:
    backend = _secret_service()
    store = CredentialStore(backend)
    assert store.problem() is None
    store.save(4242, "sentinel-Ω-pass")
    assert backend.get_password(SERVICE, "4242") == "sentinel-Ω-pass"
    assert CredentialStore(backend).get(4242) == "sentinel-Ω-pass"  # a fresh process's view
    store.delete(4242)
    assert backend.get_password(SERVICE, "4242") is None
    assert store.get(4242) is None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_missing_keyring_is_refused_with_a_session_only_fallback(backend: object) -> None:
    store = CredentialStore(backend)  # type: ignore[arg-type]
    problem = store.problem()
    assert problem is not None
    assert "this session only" in problem
    with pytest.raises(KeyringUnavailableError) as caught:
        store.save(1, "hunter2-sentinel")
    assert "hunter2" not in str(caught.value)
    assert store.get(1) is None
    store.save(1, "hunter2-sentinel", session_only=True)
    assert store.get(1) == "hunter2-sentinel"
    assert store.is_session_only(1)
    store.delete(1)
    assert store.get(1) is None


def test_plaintext_keyrings_alt_backend_is_refused() -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert insecure_reason(PlaintextKeyring()) is not None
    assert insecure_reason(MemoryKeyring()) is None


def test_chained_backends_are_all_checked() -> None:
    class Chain(MemoryKeyring):
        def __init__(self, backends: list[object]) -> None:
            super().__init__()
            self.backends = backends

    assert insecure_reason(Chain([MemoryKeyring()])) is None  # type: ignore[arg-type]
    assert insecure_reason(Chain([MemoryKeyring(), fail.Keyring()])) is not None  # type: ignore[arg-type]
    assert insecure_reason(Chain([])) is not None  # type: ignore[arg-type]
