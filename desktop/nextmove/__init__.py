"""Next Move: a job-search tracker that helps people bounce back from a rejection."""

from nextmove._version import __version__

__all__ = ["__version__"]
