"""Reflections from the rejection wizard, their stage ratings and learning goals."""
