"""The rules against the labelled corpus of 120+ mails in four languages (tests/data/inbox)."""

from __future__ import annotations

from collections import Counter

from nextmove.domain.inbox import Kind
from tests.inbox_corpus import evaluate, load


def test_the_corpus_covers_every_kind_and_language() -> None:
    _, messages = load()
    assert len(messages) >= 120
    kinds = Counter(m.kind for m in messages)
    assert set(kinds) == set(Kind)
    rejection_languages = {m.language for m in messages if m.kind is Kind.REJECTION}
    assert rejection_languages == {"en", "de", "fr", "es"}
    assert all(m.file.is_file() for m in messages)


def test_rejections_are_found_precisely_and_nearly_all() -> None:
    scores = evaluate()
    detail = "\n".join(scores.mistakes)
    assert scores.precision(Kind.REJECTION) >= 0.97, detail
    assert scores.recall(Kind.REJECTION) >= 0.90, detail


def test_messages_are_matched_to_the_right_application() -> None:
    scores = evaluate()
    assert scores.match_accuracy >= 0.95, "\n".join(scores.mistakes)
