"""inbox: read replies (IMAP settings on mail accounts, what was found, where scans got to)

Revision ID: 0004_inbox
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_inbox"
down_revision = "0004_oauth"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mail_account", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("watch_inbox", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("imap_host", sa.String(length=255), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("imap_port", sa.Integer(), nullable=False, server_default="993")
        )
        batch_op.add_column(
            sa.Column("imap_security", sa.String(length=10), nullable=False, server_default="tls")
        )

    op.create_table(
        "inbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("message_key", sa.String(length=250), nullable=False),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("uid", sa.Integer(), nullable=False),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("from_name", sa.String(length=200), nullable=False),
        sa.Column("from_address", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=998), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["mail_account.id"],
            name=op.f("fk_inbox_message_account_id_mail_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_inbox_message_application_id_application"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_message")),
        sa.UniqueConstraint("account_id", "message_key", name="uq_inbox_message_account_key"),
    )
    with op.batch_alter_table("inbox_message", schema=None) as batch_op:
        batch_op.create_index("ix_inbox_message_state", ["state"], unique=False)

    op.create_table(
        "inbox_state",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("last_uid", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["mail_account.id"],
            name=op.f("fk_inbox_state_account_id_mail_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_inbox_state")),
    )


def downgrade() -> None:
    op.drop_table("inbox_state")
    with op.batch_alter_table("inbox_message", schema=None) as batch_op:
        batch_op.drop_index("ix_inbox_message_state")
    op.drop_table("inbox_message")
    with op.batch_alter_table("mail_account", schema=None) as batch_op:
        batch_op.drop_column("imap_security")
        batch_op.drop_column("imap_port")
        batch_op.drop_column("imap_host")
        batch_op.drop_column("watch_inbox")
