"""Search folds case and accents the same way on both sides."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nextmove.domain.search_text import fold, match_spans


def test_accents_and_case_fold_away() -> None:
    assert fold("München") == "munchen"
    assert fold("Straße") == "strasse"
    assert fold("CAFÉ") == "cafe"
    assert fold("Kraków") == "krakow"
    assert "munchen" in fold("Backend in München")


def test_match_spans_point_at_the_original_characters() -> None:
    text = "Zürich, ZURICH"
    spans = match_spans(text, fold("zurich"))
    assert [text[a:b] for a, b in spans] == ["Zürich", "ZURICH"]
    decomposed = "Mu\u0308nchen"  # ü written as u + combining diaeresis
    assert [decomposed[a:b] for a, b in match_spans(decomposed, "mun")] == ["Mu\u0308n"]


@given(st.text(max_size=30), st.text(max_size=30), st.text(max_size=30))
def test_a_folded_piece_of_a_text_is_always_found_in_it(
    before: str, piece: str, after: str
) -> None:
    assert fold(piece) in fold(before + piece + after) or not fold(piece)


@given(st.text(max_size=30))
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
