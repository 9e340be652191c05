"""The one place the version is written; pyproject.toml, the About box and installers read it."""

__version__ = "0.1.0"
