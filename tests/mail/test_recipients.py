"""To, Cc and Bcc through a real SMTP server: everyone gets the message once, the headers
show To and Cc exactly, and no copy ever names a Bcc recipient."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nextmove.mail.outbox import Outbox
from nextmove.storage.outbox import OutgoingDraft
from tests.mail.conftest import add_account
from tests.smtp_server import SmtpServer

_local = st.from_regex(r"[a-z][a-z0-9]{0,6}", fullmatch=True)
_address = st.builds(lambda local, n: f"{local}@d{n}.example", _local, st.integers(0, 2))


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@example(to=["aa0@d0.example"], cc=[], bcc=["a0@d0.example"], pipelining=False)
@given(
    to=st.lists(_address, min_size=1, max_size=3),
    cc=st.lists(_address, max_size=3),
    bcc=st.lists(_address, max_size=3),
    pipelining=st.booleans(),
)
def test_hypothesis_everyone_gets_it_once_and_bcc_is_never_written(
    outbox: Outbox,
    smtp_server: SmtpServer,
    certificate: tuple[Path, Path],
    to: list[str],
    cc: list[str],
    bcc: list[str],
    pipelining: bool,
) -> None:
    if not outbox.accounts.all():
        add_account(outbox, smtp_server, ca_file=certificate[0])
    smtp_server.received.clear()
    smtp_server.behaviour.pipelining = pipelining
    message = outbox.queue(
        OutgoingDraft(
            "follow_up", ", ".join(to), "Hello", "Hi all",
            cc_addresses="; ".join(cc), bcc_addresses=", ".join(bcc),
        )
    )  # fmt: skip

    assert outbox.send_pending().sent == [message]

    [received] = smtp_server.received
    unique = list(dict.fromkeys(to + cc + bcc))
    assert received.recipients == unique
    header_to = list(dict.fromkeys(to))
    assert received.message["To"] == ", ".join(header_to)
    header_cc = list(dict.fromkeys(cc))
    assert received.message["Cc"] == (", ".join(header_cc) if header_cc else None)
    assert received.message["Bcc"] is None
    hidden = set(bcc) - set(to) - set(cc)
    for address in hidden:  # as a whole address, not inside another one
        assert re.search(rb"(?<![\w.+-])" + re.escape(address.encode()), received.data) is None


def test_a_refused_recipient_stops_the_whole_message_and_names_the_address(
    outbox: Outbox, smtp_server: SmtpServer, certificate: tuple[Path, Path]
) -> None:
    add_account(outbox, smtp_server, ca_file=certificate[0])
    smtp_server.behaviour.refuse_recipients["gone@example.org"] = "550 5.1.1 No such user"
    message = outbox.queue(
        OutgoingDraft(
            "follow_up", "alex@example.org", "Hello", "Hi",
            cc_addresses="gone@example.org",
        )
    )  # fmt: skip

    result = outbox.send_pending()

    assert result.failed == [message]
    assert smtp_server.received == []
    row = outbox.messages.get(message)
    assert row is not None
    assert row.last_error.startswith("gone@example.org: ")
    assert "Nobody was sent this message" in row.last_error
