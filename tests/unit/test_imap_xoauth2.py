"""The XOAUTH2 step of reading an inbox, for every user name, token and server dialogue: the
token goes out once, only on an encrypted connection, and never again after a refusal."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextmove.mail.imap import Failure, ImapError, xoauth2_login

names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x01"), max_size=40
)
# Access tokens are long opaque strings (a one-letter "token" would be found in any sentence).
tokens = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=20, max_size=200)
challenges = st.lists(st.binary(max_size=60), min_size=1, max_size=5)


class Connection:
    """What the XOAUTH2 step sees of imaplib: its socket, and AUTHENTICATE."""

    def __init__(self, sock: socket.socket, challenges: list[bytes]) -> None:
        self.sock = sock
        self.challenges = challenges
        self.answers: list[bytes] = []

    def authenticate(self, mechanism: str, answer: Callable[[bytes], bytes]) -> None:
        assert mechanism == "XOAUTH2"
        for challenge in self.challenges:
            self.answers.append(answer(challenge))


@contextmanager
def encrypted() -> Iterator[socket.socket]:
    plain = socket.socket()
    wrapped = ssl.create_default_context().wrap_socket(
        plain, server_hostname="localhost", do_handshake_on_connect=False
    )
    try:
        yield wrapped
    finally:
        wrapped.close()


@given(names, tokens, challenges)
def test_nothing_is_sent_on_a_connection_that_is_not_encrypted(
    user: str, token: str, dialogue: list[bytes]
) -> None:
    with socket.socket() as plain:
        connection = Connection(plain, dialogue)
        with pytest.raises(ImapError) as refused:
            xoauth2_login(user, token)(connection)  # type: ignore[arg-type]
    assert refused.value.failure is Failure.TLS
    assert connection.answers == []
    assert token not in refused.value.message


@given(names, tokens, challenges)
def test_the_token_is_answered_once_and_any_further_challenge_gets_an_empty_line(
    user: str, token: str, dialogue: list[bytes]
) -> None:
    with encrypted() as sock:
        connection = Connection(sock, dialogue)
        xoauth2_login(user, token)(connection)  # type: ignore[arg-type]
    first, *rest = connection.answers
    assert first == f"user={user}\x01auth=Bearer {token}\x01\x01".encode()
    assert rest == [b""] * (len(dialogue) - 1)
