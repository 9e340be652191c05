"""The board: the tracker's applications as cards in one column per stage."""

from nextmove.ui.board.controller import install

__all__ = ["install"]
