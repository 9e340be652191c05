"""The labelled inbox corpus (tests/data/inbox) and how well the rules read it.

Shared by the corpus tests and tests/benchmarks/inbox.py, so both score the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from nextmove.domain.inbox import Finding, Kind, Tracked, TrackedContact, examine
from nextmove.mail.inbox_parse import parse_message

CORPUS = Path(__file__).parent / "data" / "inbox"


@dataclass(frozen=True)
class Labelled:
    file: Path
    kind: Kind
    application: str | None  # key of the expected application, None when it matches nothing
    language: str


@dataclass
class Scores:
    """Per-kind precision and recall and the share of messages matched as labelled."""

    total: int = 0
    matched_right: int = 0
    confusion: dict[tuple[Kind, Kind], int] = field(default_factory=dict)
    mistakes: list[str] = field(default_factory=list)

    def precision(self, kind: Kind) -> float:
        predicted = sum(n for (_, got), n in self.confusion.items() if got is kind)
        right = self.confusion.get((kind, kind), 0)
        return right / predicted if predicted else 1.0

    def recall(self, kind: Kind) -> float:
        actual = sum(n for (want, _), n in self.confusion.items() if want is kind)
        right = self.confusion.get((kind, kind), 0)
        return right / actual if actual else 1.0

    def support(self, kind: Kind) -> int:
        return sum(n for (want, _), n in self.confusion.items() if want is kind)

    @property
    def match_accuracy(self) -> float:
        return self.matched_right / self.total if self.total else 1.0


def load() -> tuple[dict[str, Tracked], list[Labelled]]:
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    tracked: dict[str, Tracked] = {}
    for number, app in enumerate(manifest["applications"], start=1):
        contacts = tuple(TrackedContact(c["name"], c["email"]) for c in app["contacts"])
        tracked[app["key"]] = Tracked(number, app["company"], app["role"], contacts)
    messages = [
        Labelled(CORPUS / m["file"], Kind(m["kind"]), m["application"], m["language"])
        for m in manifest["messages"]
    ]
    return tracked, messages


def evaluate() -> Scores:
    tracked, messages = load()
    by_id = {t.application_id: key for key, t in tracked.items()}
    candidates = list(tracked.values())
    scores = Scores()
    for item in messages:
        finding: Finding = examine(parse_message(item.file.read_bytes()), candidates)
        got_app = by_id.get(finding.application_id) if finding.application_id else None
        scores.total += 1
        pair = (item.kind, finding.kind)
        scores.confusion[pair] = scores.confusion.get(pair, 0) + 1
        if got_app == item.application:
            scores.matched_right += 1
        if finding.kind is not item.kind or got_app != item.application:
            scores.mistakes.append(
                f"{item.file.name}: want {item.kind}/{item.application}, "
                f"got {finding.kind}/{got_app} ({finding.evidence!r})"
            )
    return scores
