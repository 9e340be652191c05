"""Which OAuth client id each provider preset uses ("microsoft", "google").

Next Move ships with no client id it cannot prove works, so each is a setting, looked up in
this order: the account's own (the account dialog's Advanced part, `--client-id`), the
environment (`NEXTMOVE_MICROSOFT_CLIENT_ID`, `NEXTMOVE_GOOGLE_CLIENT_ID`), `settings.ini`
(`[oauth] microsoft_client_id=` / `google_client_id=`), and last the one built into the
installers from the release workflow's secrets (`_client_ids_built.py`, written by
packaging/build.py; absent from source checkouts).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

PROVIDER_KEYS = ("microsoft", "google")


def _built_in() -> dict[str, str]:
    try:
        from nextmove.mail import _client_ids_built  # type: ignore[attr-defined]
    except ImportError:
        return {}
    ids = getattr(_client_ids_built, "CLIENT_IDS", {})
    return {str(k): str(v) for k, v in ids.items()} if isinstance(ids, dict) else {}


def env_name(key: str) -> str:
    return f"NEXTMOVE_{key.upper()}_CLIENT_ID"


def settings_key(key: str) -> str:
    return f"oauth/{key}_client_id"


def client_id(key: str, settings: Mapping[str, str] | None = None) -> str:
    """The client id for a preset, or "" when none is configured anywhere."""
    from_env = os.environ.get(env_name(key), "").strip()
    if from_env:
        return from_env
    from_settings = (settings or {}).get(settings_key(key), "").strip()
    if from_settings:
        return from_settings
    return _built_in().get(key, "").strip()
