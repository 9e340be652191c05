"""Plain-Python rules of Next Move: no Qt, no SQLAlchemy, no network."""
