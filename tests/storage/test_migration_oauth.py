"""0004_oauth: accounts and outbox messages from 0003 keep their data and read as password
accounts and single-recipient messages; downgrading drops the new columns again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from nextmove.storage import migrate
from nextmove.storage.accounts import AccountRepository
from nextmove.storage.database import DataPaths, open_database
from nextmove.storage.engine import make_engine
from nextmove.storage.outbox import OutboxRepository


def test_an_0003_file_upgrades_with_its_accounts_and_messages_and_can_go_back(
    data_dir: Path,
) -> None:
    paths = DataPaths(data_dir)
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(paths.database)
    migrate.upgrade(engine, "0003")
    engine.dispose()
    with sqlite3.connect(paths.database) as connection:
        connection.execute(
            "INSERT INTO mail_account (display_name, from_address, host, port, security, "
            "username, sender_name, ca_file, is_default, auto_send, created_at) VALUES "
            "('Work', 'sam@example.com', 'smtp.example.com', 587, 'starttls', 'sam', 'Sam', "
            "'', 1, 0, '2026-11-01 09:00:00')"
        )
        connection.execute(
            "INSERT INTO outbox_message (account_id, purpose, to_address, subject, body, "
            "message_id, state, attempts, last_error, created_at, updated_at) VALUES "
            "(1, 'thank_you', 'alex@example.org', 'Thanks', 'Hi', '', 'queued', 0, '', "
            "'2026-11-01 09:00:00', '2026-11-01 09:00:00')"
        )

    database = open_database(paths)
    try:
        [account] = AccountRepository(database).all()
        assert (account.auth_kind, account.signin_needed, account.oauth_client_id) == (
            "password",
            False,
            "",
        )
        row = OutboxRepository(database).get(1)
        assert row is not None
        assert (row.to_address, row.cc_addresses, row.bcc_addresses) == ("alex@example.org", "", "")
    finally:
        database.close()

    from alembic import command

    engine = make_engine(paths.database)
    try:
        with engine.begin() as connection:
            config = migrate._config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
    finally:
        engine.dispose()
    with sqlite3.connect(paths.database) as connection:
        columns = {r[1] for r in connection.execute("PRAGMA table_info(mail_account)")}
        assert "auth_kind" not in columns
        assert "display_name" in columns
        names = connection.execute("SELECT display_name FROM mail_account").fetchall()
        assert names == [("Work",)]
    assert migrate.stored_revision(paths.database) == "0003"
