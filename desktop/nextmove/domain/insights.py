"""What a person learns across rejections: computed from plain facts, no database, no Qt."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from nextmove.domain.wizard import (
    FEEDBACK_GENERIC,
    FEEDBACK_RECEIVED,
    IMPROVE_UP_TO,
    UNRATED,
    WizardAnswers,
    queued_feedback_messages,
    stage_group,
)


@dataclass(frozen=True)
class ReflectionFacts:
    """One completed reflection, reduced to what the insights need."""

    stage_reached: str
    beyond_control: bool
    ratings: tuple[tuple[str, int], ...] = ()
    feedback_requested_on: date | None = None
    feedback_received_on: date | None = None
    # A request written and still waiting in the outbox: it has asked nobody yet.
    feedback_queued: bool = False


def feedback_dates(answers: WizardAnswers, today: date) -> tuple[date | None, date | None]:
    """(asked on, answered on) as the response-rate insight should count them.

    A request exists only when the person asked: a date they gave, or a request they queued
    now (whose answer is still to come). Feedback that came unasked is kept, but it answers
    no request.
    """
    heard = answers.feedback_status in (FEEDBACK_RECEIVED, FEEDBACK_GENERIC)
    received = (answers.feedback_received_on or today) if heard else None
    asked = answers.feedback_requested_on if heard else None
    if asked is not None:
        return asked, received
    if any(m is answers.request for m in queued_feedback_messages(answers)):
        # The feedback already in hand is no answer to the request leaving now.
        return today, None
    return None, received


@dataclass(frozen=True)
class StageScore:
    stage: str
    average: float
    count: int


@dataclass(frozen=True)
class StageSeries:
    """One stage's scores: within the person's control, and beyond it (kept apart)."""

    stage: str
    within: StageScore | None
    beyond: StageScore | None


@dataclass
class Insights:
    reflections: int = 0
    beyond_control: int = 0
    # Average score per stage, for rejections within the person's control ...
    stage_scores: list[StageScore] = field(default_factory=list)
    # ... and, kept apart, for those that were beyond it.
    stage_scores_beyond: list[StageScore] = field(default_factory=list)
    # Stage -> how many reflections rated it low (beyond control or not), most frequent first.
    improvement_areas: list[tuple[str, int]] = field(default_factory=list)
    # Stage reached -> how many rejections came there, most frequent first.
    rejection_stages: list[tuple[str, int]] = field(default_factory=list)
    feedback_requested: int = 0
    feedback_queued: int = 0
    feedback_answered: int = 0
    mean_days_to_reply: float | None = None
    goals_planned: int = 0
    goals_done: int = 0

    @property
    def response_rate(self) -> float | None:
        if not self.feedback_requested:
            return None
        return self.feedback_answered / self.feedback_requested

    def stage_series(self) -> list[StageSeries]:
        """Every rated stage with both series side by side, in the order first rated."""
        within = {s.stage: s for s in self.stage_scores}
        beyond = {s.stage: s for s in self.stage_scores_beyond}
        order = list(within) + [stage for stage in beyond if stage not in within]
        return [StageSeries(stage, within.get(stage), beyond.get(stage)) for stage in order]


def _averages(reflections: list[ReflectionFacts]) -> list[StageScore]:
    scores: dict[str, list[int]] = defaultdict(list)
    order: list[str] = []
    for facts in reflections:
        for stage, score in facts.ratings:
            if score == UNRATED:
                continue
            group = stage_group(stage)
            if group not in scores:
                order.append(group)
            scores[group].append(score)
    return [StageScore(g, sum(scores[g]) / len(scores[g]), len(scores[g])) for g in order]


def _most_common(counter: Counter[str]) -> list[tuple[str, int]]:
    # Ties keep alphabetical order so the display never shuffles between runs.
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


def compute_insights(reflections: list[ReflectionFacts], goal_statuses: list[str]) -> Insights:
    """Insights over completed reflections and the status of every learning goal."""
    within = [r for r in reflections if not r.beyond_control]
    beyond = [r for r in reflections if r.beyond_control]
    improvements: Counter[str] = Counter()
    # A factor beyond the person's control does not make a low score any less worth working on.
    for facts in reflections:
        low = {
            stage_group(stage)
            for stage, score in facts.ratings
            if score != UNRATED and score <= IMPROVE_UP_TO
        }
        improvements.update(low)
    reached: Counter[str] = Counter(
        stage_group(r.stage_reached) for r in reflections if r.stage_reached
    )
    requested = [r for r in reflections if r.feedback_requested_on is not None]
    answered = [
        r
        for r in requested
        if r.feedback_received_on is not None
        and r.feedback_requested_on is not None
        and r.feedback_received_on >= r.feedback_requested_on
    ]
    delays = [
        (r.feedback_received_on - r.feedback_requested_on).days
        for r in answered
        if r.feedback_received_on is not None and r.feedback_requested_on is not None
    ]
    return Insights(
        reflections=len(reflections),
        beyond_control=len(beyond),
        stage_scores=_averages(within),
        stage_scores_beyond=_averages(beyond),
        improvement_areas=_most_common(improvements),
        rejection_stages=_most_common(reached),
        feedback_requested=len(requested),
        feedback_queued=sum(1 for r in reflections if r.feedback_queued),
        feedback_answered=len(answered),
        mean_days_to_reply=sum(delays) / len(delays) if delays else None,
        goals_planned=len(goal_statuses),
        goals_done=sum(1 for s in goal_statuses if s == "done"),
    )
