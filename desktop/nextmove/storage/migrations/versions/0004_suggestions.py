"""suggestions: what was done, dismissed or snoozed per suggestion trigger

Revision ID: 0004_suggestions
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_suggestions"
down_revision = "0004_contact_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suggestion_state",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_suggestion_state")),
    )
    # The follow-up and ghosting rules look for the quietest open applications first.
    op.create_index(op.f("ix_application_last_activity_on"), "application", ["last_activity_on"])


def downgrade() -> None:
    op.drop_index(op.f("ix_application_last_activity_on"), table_name="application")
    op.drop_table("suggestion_state")
