"""contact links: a phone number and a profile link (LinkedIn and the like) per contact

Revision ID: 0004_contact_links
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_contact_links"
down_revision = "0004_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.add_column(
            sa.Column("phone", sa.String(length=40), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("profile_url", sa.String(length=2000), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("profile_url")
        batch.drop_column("phone")
