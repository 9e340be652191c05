"""Messages are built correctly, and a header that could smuggle anything in never leaves."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nextmove.domain.addresses import HeaderValueError
from nextmove.mail.compose import Draft, build_message, wire_bytes
from nextmove.mail.outbox import Outbox
from nextmove.storage.outbox import OutgoingDraft
from tests.mail.conftest import add_account
from tests.smtp_server import SmtpServer

BREAKERS = ["\r", "\n", "\x00", "\u2028", "\u2029", "\r\nBcc: evil@example.net"]


def _draft(**changes: str) -> Draft:
    values = {
        "from_name": "Sam Rivera",
        "from_address": "sam@example.com",
        "to_address": "alex@example.org",
        "subject": "Thank you",
        "body": "Hello\n",
    }
    values.update(changes)
    return Draft(**values)


def test_message_has_date_message_id_and_plain_text() -> None:
    message = build_message(_draft(subject="Merci — thank you", body="Line one\nLine two"))
    data = wire_bytes(message)
    assert b"\r\nDate: " in data
    assert b"@example.com>" in data.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0]
    assert b"Subject: Merci =?utf-8?b?4oCU?= thank you\r\n" in data  # encoded, not raw
    assert message.get_content_type() == "text/plain"


@pytest.mark.parametrize("field", ["to_address", "from_address", "from_name", "subject"])
@pytest.mark.parametrize("breaker", BREAKERS)
def test_line_breaks_in_any_header_are_refused(field: str, breaker: str) -> None:
    base = _draft()
    value = getattr(base, field)
    with pytest.raises(HeaderValueError) as caught:
        build_message(_draft(**{field: value[:3] + breaker + value[3:]}))
    expected = {"to_address": "to"}.get(field, field)
    assert caught.value.field == expected


def test_commas_separate_recipients_and_each_one_is_checked_and_shown() -> None:
    # Several recipients are now allowed (issue 12): each shows in the To line, none is hidden.
    message = build_message(_draft(to_address="alex@example.org; eve@example.net,"))
    assert message["To"] == "alex@example.org, eve@example.net"
    with pytest.raises(HeaderValueError, match="“eve@”: "):
        build_message(_draft(to_address="alex@example.org, eve@"))


@pytest.mark.parametrize(
    "bad", ["", "alex", "alex@", "@example.org", "Alex <alex@example.org>", "a b@example.org"]
)
def test_bad_addresses_say_what_is_wrong(bad: str) -> None:
    with pytest.raises(HeaderValueError) as caught:
        build_message(_draft(to_address=bad))
    assert caught.value.field == "to"
    assert caught.value.message


_dangerous = st.sampled_from(["\r", "\n", "\x00", "\u2028", "\u2029"])


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    prefix=st.text(max_size=8),
    breaker=_dangerous,
    suffix=st.text(max_size=8),
    field=st.sampled_from(["to_address", "subject"]),
)
def test_hypothesis_dangerous_headers_never_reach_the_server(
    outbox: Outbox,
    smtp_server: SmtpServer,
    certificate: tuple[Path, Path],
    prefix: str,
    breaker: str,
    suffix: str,
    field: str,
) -> None:
    if not outbox.accounts.all():
        add_account(outbox, smtp_server, ca_file=certificate[0])
    connections_before = smtp_server.connections
    value = prefix + breaker + suffix
    values = {"to_address": "alex@example.org", "subject": "Hello"}
    values[field] = value if field == "to_address" else "Hi" + value
    with pytest.raises(HeaderValueError):
        outbox.queue(OutgoingDraft(purpose="follow_up", body="x", **values))
    assert outbox.send_pending().sent == []
    assert smtp_server.connections == connections_before


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(local=st.from_regex(r"[a-z][a-z0-9.]{0,10}[a-z0-9]", fullmatch=True))
def test_hypothesis_server_sees_exactly_the_recipient_given(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path], local: str
) -> None:
    if ".." in local:
        return
    if not outbox.accounts.all():
        add_account(outbox, smtp_server, ca_file=certificate[0])
    smtp_server.received.clear()
    address = f"{local}@example.org"
    outbox.queue(OutgoingDraft(purpose="follow_up", to_address=address, subject="Hi", body="x"))
    assert len(outbox.send_pending().sent) == 1
    [received] = smtp_server.received
    assert received.recipients == [address]
    assert received.message["To"] == address
