"""Follow-up suggestions in the Goals panel."""

from nextmove.ui.suggestions.controller import install

__all__ = ["install"]
