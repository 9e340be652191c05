"""keep ids: AUTOINCREMENT on every table whose deleted rows undo puts back under their ids

Without it SQLite hands out max(id) + 1, so a row added after a delete could take the id of a
deleted row that undo then brings back. Each table is rebuilt (SQLite cannot add AUTOINCREMENT
in place) with its columns, data, indexes and foreign keys as they were; the counters start
above the highest id in use.

Revision ID: 0006_keep_ids
Revises: 0005_event_times
"""

from alembic import op

revision = "0006_keep_ids"
down_revision = "0005_event_times"
branch_labels = None
depends_on = None

TABLES = (
    "application",
    "stage_event",
    "contact",
    "reflection",
    "stage_rating",
    "learning_goal",
    "company_reapply",
    "outbox_message",
    "document",
)


def _rebuild(autoincrement: bool) -> None:
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
