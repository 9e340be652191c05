"""How search text is compared: case- and accent-insensitive, the way people type.

"munchen" finds "München", "STRASSE" finds "Straße", "cafe" finds "Café". Both the stored
text and what is typed go through `fold`, so the rule lives in one place.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

_COMBINING = "Mn"


def fold(text: str) -> str:
    """Casefold, decompose (NFKD) and drop the combining marks (accents, umlaut dots)."""
    folded = text.casefold()
    if folded.isascii():  # the common case costs one check
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != _COMBINING)
    # Casefold again: decomposing can reveal characters that fold further.
    return unicodedata.normalize("NFC", stripped.casefold())


def fold_all(texts: Iterable[str]) -> list[str]:
    """`fold` over many texts (the tracker's search text for every row)."""
    return [fold(text) for text in texts]


def match_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where a folded `needle` occurs in `text`, as (start, end) positions in `text` itself,
    for highlighting. Each character is folded on its own so positions map back."""
    if not needle:
        return []
    owners: Sequence[int]  # for each folded character, the index of its source character
    if text.isascii():  # the common case: folding keeps every position
        folded, owners = text.lower(), range(len(text))
    else:
        folded, owners = _folded_with_owners(text)
    spans: list[tuple[int, int]] = []
    start = folded.find(needle)
    while start >= 0:
        end = start + len(needle)
        spans.append((owners[start], owners[end - 1] + 1))
        start = folded.find(needle, end)
    return spans


def _folded_with_owners(text: str) -> tuple[str, list[int]]:
    """`text` folded a character at a time, and for each folded character the index of the
    character it came from."""
    pieces: list[str] = []
    owners: list[int] = []  # for each folded character, the index of its source character
    for position, character in enumerate(text):
        piece = fold(character)
        pieces.append(piece)
        owners.extend([position] * len(piece))
    return "".join(pieces), owners
