"""The Microsoft and Google presets: their addresses and scopes, and the rules every provider
address must follow. They go through the same code as the tests' local provider."""

from __future__ import annotations

import urllib.parse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextmove.domain.oauth import (
    GOOGLE,
    MICROSOFT,
    PRESETS,
    OAuthPreset,
    url_problem,
    xoauth2_string,
)
from nextmove.mail import oauth
from nextmove.mail.client_ids import client_id


def test_microsoft_preset_addresses_and_scopes() -> None:
    assert MICROSOFT.auth_url == "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"
    assert MICROSOFT.token_url == "https://login.microsoftonline.com/common/oauth2/v2.0/token"
    assert MICROSOFT.scopes.split() == [
        "https://outlook.office.com/SMTP.Send",
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "offline_access",
    ]
    assert MICROSOFT.redirect_host == "localhost"  # Entra registers http://localhost
    assert PRESETS["outlook"] is PRESETS["microsoft365"] is MICROSOFT


def test_google_preset_addresses_and_scopes() -> None:
    assert GOOGLE.auth_url == "https://accounts.google.com/o/oauth2/v2/auth"
    assert GOOGLE.token_url == "https://oauth2.googleapis.com/token"
    assert GOOGLE.revoke_url == "https://oauth2.googleapis.com/revoke"
    assert GOOGLE.scopes == "https://mail.google.com/"
    # Google's equivalent of offline_access, so that a refresh token is issued.
    assert dict(GOOGLE.extra) == {"access_type": "offline", "prompt": "consent"}
    assert PRESETS["gmail"] is GOOGLE


@pytest.mark.parametrize("preset", [MICROSOFT, GOOGLE])
def test_presets_build_the_same_pkce_request_as_any_provider(preset: OAuthPreset) -> None:
    config = oauth.OAuthConfig(preset.auth_url, preset.token_url, preset.scopes, "my-client-id")
    pkce = oauth.Pkce.new()
    redirect = f"http://{config.redirect_host}:50123/"
    url = oauth.authorization_url(config, redirect, "the-state", pkce)
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == preset.auth_url
    assert query["scope"] == preset.scopes
    assert query["redirect_uri"] == redirect
    assert query["code_challenge_method"] == "S256"
    assert query["state"] == "the-state"
    assert query["client_id"] == "my-client-id"
    assert "client_secret" not in query


def test_client_ids_come_from_the_environment_then_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEXTMOVE_MICROSOFT_CLIENT_ID", raising=False)
    assert client_id("microsoft") == ""  # none shipped that cannot be proven here
    settings = {"oauth/microsoft_client_id": "from-settings"}
    assert client_id("microsoft", settings) == "from-settings"
    monkeypatch.setenv("NEXTMOVE_MICROSOFT_CLIENT_ID", "from-env")
    assert client_id("microsoft", settings) == "from-env"


@given(
    scheme=st.sampled_from(["http", "https", "ftp", "javascript", ""]),
    host=st.sampled_from(
        ["127.0.0.1", "localhost", "[::1]", "127.8.9.10", "login.example.com", "10.0.0.1",
         "localhost.example.com", "192.168.1.1"]
    ),
)  # fmt: skip
def test_hypothesis_provider_addresses_are_https_or_loopback_http(scheme: str, host: str) -> None:
    url = f"{scheme}://{host}/authorize" if scheme else f"{host}/authorize"
    loopback = host in {"127.0.0.1", "localhost", "[::1]", "127.8.9.10"}
    allowed = scheme == "https" or (scheme == "http" and loopback)
    assert (url_problem(url, label="address") is None) is allowed


def test_xoauth2_string_is_the_documented_sasl_form() -> None:
    import base64

    raw = base64.b64decode(xoauth2_string("sam@example.com", "tok"))
    assert raw == b"user=sam@example.com\x01auth=Bearer tok\x01\x01"


def test_client_ids_built_into_an_installer_are_used_last(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys
    import types

    built = types.ModuleType("nextmove.mail._client_ids_built")
    built.CLIENT_IDS = {"google": "built-in.apps.example"}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "nextmove.mail._client_ids_built", built)
    monkeypatch.delenv("NEXTMOVE_GOOGLE_CLIENT_ID", raising=False)
    assert client_id("google") == "built-in.apps.example"
    assert client_id("google", {"oauth/google_client_id": "mine"}) == "mine"
    assert client_id("microsoft") == ""
