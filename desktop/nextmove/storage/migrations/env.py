"""Alembic environment: the connection comes from `nextmove.storage.migrate`, never a URL."""

from __future__ import annotations

from alembic import context

from nextmove.storage.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
