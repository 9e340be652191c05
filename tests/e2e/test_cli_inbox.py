"""`nextmove inbox classify` and `nextmove inbox scan` as a script runs them: real processes,
the data folder's own applications, a real keyring and a real Dovecot."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nextmove.storage.database import DataPaths, open_database
from tests.e2e.test_cli_mail import _keyring_ready
from tests.imap_server import PASSWORD, Dovecot
from tests.inbox_support import add_corpus_applications, corpus_messages, corpus_path

KEYS = {"message_id", "date", "from", "subject", "kind", "application_id", "company", "evidence"}


def nextmove(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nextmove", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def tracked(data_dir: Path) -> dict[str, int]:
    database = open_database(DataPaths(data_dir))
    try:
        return add_corpus_applications(database)
    finally:
        database.close()


def test_classify_matches_a_saved_email_to_the_data_folders_application(
    data_dir: Path, tracked: dict[str, int]
) -> None:
    done = nextmove(data_dir, "inbox", "classify", str(corpus_path("001-rejection.eml")), "--json")
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    record = json.loads(line)
    assert set(record) >= KEYS
    assert record["kind"] == "rejection"
    assert record["application_id"] == tracked["acme_da"]
    assert record["company"] == "Acme"
    assert record["date"] == "2026-10-20T09:00:00+01:00"
    assert record["from"] == "Jane Roe <jane.roe@acme.com>"
    assert record["evidence"].startswith("After careful consideration")

    human = nextmove(data_dir, "inbox", "classify", str(corpus_path("001-rejection.eml")))
    assert human.stdout.startswith("Acme — Data Analyst: a rejection (2026-10-20, from Jane Roe")


def test_classify_leaves_a_job_alert_unmatched(data_dir: Path, tracked: dict[str, int]) -> None:
    alerts = [p for p in sorted(corpus_path(".").glob("*-other.eml"))][:1]
    done = nextmove(data_dir, "inbox", "classify", str(alerts[0]), "--json")
    record = json.loads(done.stdout)
    assert (record["kind"], record["application_id"], record["company"]) == ("other", None, None)


def test_classify_needs_no_data_and_explains_a_missing_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty-data"
    done = nextmove(empty, "inbox", "classify", str(corpus_path("020-rejection.eml")), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["application_id"] is None
    missing = nextmove(empty, "inbox", "classify", str(tmp_path / "nope.eml"))
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"nextmove: there is no file {tmp_path / 'nope.eml'}"
    assert "Traceback" not in missing.stderr


@pytest.mark.keyring
@pytest.mark.skipif(
    _keyring_ready() is not None,
    reason="needs a Secret Service keyring: run the suite with `python3 dev.py test`",
)
def test_scan_reads_the_inbox_once_then_only_new_mail(
    data_dir: Path, tracked: dict[str, int], dovecot: Dovecot
) -> None:
    user = dovecot.add_user()
    dovecot.deliver(user, corpus_messages()[:12])
    before = dovecot.flags(user)
    added = nextmove(
        data_dir, "accounts", "add", "--name", "Work", "--from", "sam.rivera@example.com",
        "--host", "127.0.0.1", "--port", "465", "--security", "tls", "--username", user,
        "--sender-name", "Sam Rivera", "--ca-file", str(dovecot.cert), "--password-stdin",
        "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.imaps_port),
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = nextmove(data_dir, "accounts", "list")
    assert f"watches its inbox at 127.0.0.1:{dovecot.imaps_port}" in listed.stdout
    off = nextmove(data_dir, "inbox", "watch", "Work", "--off")
    assert off.stdout.strip() == "No longer watching the inbox of “Work”."
    assert "watches its inbox" not in nextmove(data_dir, "accounts", "list").stdout
    watch = nextmove(data_dir, "inbox", "watch", "Work")
    assert watch.returncode == 0, watch.stderr
    assert f"127.0.0.1:{dovecot.imaps_port} TLS" in watch.stdout

    first = nextmove(data_dir, "inbox", "scan", "--account", "Work", "--json")

    assert first.returncode == 0, first.stderr
    records = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(records) == 12
    assert all(set(r) >= KEYS for r in records)
    acme = next(r for r in records if r["message_id"] == "<corpus-001@mail.example.net>")
    assert (acme["kind"], acme["application_id"]) == ("rejection", tracked["acme_da"])
    assert dovecot.flags(user) == before

    again = nextmove(data_dir, "inbox", "scan", "--account", "Work")
    assert again.returncode == 0
    assert again.stdout.strip() == "No new messages since the last check."
    unknown = nextmove(data_dir, "inbox", "scan", "--account", "Nope")
    assert unknown.stderr.strip() == "nextmove: no account named “Nope”"
