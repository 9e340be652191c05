"""event times: an interview's start time, duration, place or link, and the people met

Revision ID: 0005_event_times
Revises: 0004_suggestions
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_event_times"
down_revision = "0004_suggestions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stage_event") as batch:
        batch.add_column(sa.Column("starts_at", sa.String(length=5), nullable=True))
        batch.add_column(sa.Column("duration_minutes", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("place", sa.String(length=2000), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("attendees", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("invitation_uid", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stage_event") as batch:
        for name in ("invitation_uid", "attendees", "place", "duration_minutes", "starts_at"):
            batch.drop_column(name)
