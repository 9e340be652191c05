"""Alembic migrations, shipped inside the package and run at startup."""
