"""oauth: accounts that sign in with OAuth2; Cc and Bcc recipients in the outbox

The refresh token itself lives in the OS keyring, never here.

Revision ID: 0004_oauth
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_oauth"
down_revision = "0004_documents"
branch_labels = None
depends_on = None

_ACCOUNT_COLUMNS = (
    ("auth_kind", sa.String(length=10), "password"),
    ("oauth_auth_url", sa.String(length=2000), ""),
    ("oauth_token_url", sa.String(length=2000), ""),
    ("oauth_revoke_url", sa.String(length=2000), ""),
    ("oauth_scopes", sa.String(length=2000), ""),
    ("oauth_client_id", sa.String(length=500), ""),
)


def upgrade() -> None:
    with op.batch_alter_table("mail_account", schema=None) as batch_op:
        for name, type_, default in _ACCOUNT_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=False, server_default=default))
        batch_op.add_column(
            sa.Column("signin_needed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cc_addresses", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("bcc_addresses", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.drop_column("bcc_addresses")
        batch_op.drop_column("cc_addresses")
    with op.batch_alter_table("mail_account", schema=None) as batch_op:
        batch_op.drop_column("signin_needed")
        for name, _type, _default in reversed(_ACCOUNT_COLUMNS):
            batch_op.drop_column(name)
