"""interviewers: the contacts met at an interview, linked to its timeline entry

Revision ID: 0007_interviewers
Revises: 0006_keep_ids
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_interviewers"
down_revision = "0006_keep_ids"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_contact",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["stage_event.id"],
            name="fk_event_contact_event_id_stage_event",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name="fk_event_contact_contact_id_contact",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "contact_id", name="pk_event_contact"),
    )


def downgrade() -> None:
    op.drop_table("event_contact")
