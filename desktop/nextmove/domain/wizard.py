"""The rejection wizard as plain data: its steps, the answers a person gives, and the rules
that turn ratings into things to celebrate, things to improve and learning goals.

The answers travel as one `WizardAnswers` object; the draft saved after every page is its
`to_dict()` form, so a reopened wizard gets back exactly what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import Any


class Step(IntEnum):
    """One page per step; the value is the QWizard page id."""

    WHAT_HAPPENED = 1
    FEEDBACK = 2
    REFLECT = 3
    STEP_BACK = 4
    UPSKILL = 5
    BRIDGES = 6
    BEYOND_CONTROL = 7
    EXPERTS = 8
    NEXT_MOVE = 9


HOW_HEARD: tuple[str, ...] = ("Email", "Phone call", "Job portal", "In person", "Other")
FEEDBACK_RECEIVED = "received"
FEEDBACK_NONE = "none"
FEEDBACK_GENERIC = "generic"
DECISION_SIMILAR = "similar"
DECISION_ADJUST = "adjust"
BEYOND_CONTROL_FACTORS: tuple[str, ...] = (
    "An internal candidate got the role",
    "The role was closed or lost its budget",
    "A stronger or more experienced field",
    "Timing",
    "I don't know",
)
CELEBRATE_FROM = 4
IMPROVE_UP_TO = 2
MAX_SCORE = 5
# A stage nobody scored yet: shown as "Not rated", left out of every average and list.
UNRATED = 0

# Stage name (without round number) -> a learning goal that helps with it.
_GOAL_HINTS: dict[str, tuple[str, str]] = {
    "research and preparation": (
        "Company research",
        "A research checklist to use before each interview",
    ),
    "application materials": (
        "Tailored CV and cover letter",
        "A CV writing course or review session",
    ),
    "screening call": ("Telling my story in two minutes", "Practise a short pitch with a friend"),
    "assessment": ("Assessment practice", "Practice tests for this kind of assessment"),
    "interview": ("Interview answers", "Mock interviews with structured (STAR) answers"),
    "follow-up": ("Following up well", "Templates for timely, friendly follow-ups"),
}
_ROUND = re.compile(r"\s*(round\s*)?\d+\s*$", re.IGNORECASE)


@dataclass
class MessageDraft:
    """An email the wizard may queue: its text is editable, `enabled` says whether to queue it."""

    purpose: str
    subject: str = ""
    body: str = ""
    enabled: bool = False


@dataclass
class StageAnswer:
    stage: str
    score: int = UNRATED
    note: str = ""

    @property
    def rated(self) -> bool:
        return self.score != UNRATED and bool(self.stage.strip())


@dataclass
class GoalAnswer:
    skill: str
    course: str = ""
    provider: str = ""
    link: str = ""
    due_on: date | None = None


@dataclass
class ExpertAnswer:
    name: str
    email: str = ""
    contact_id: int | None = None


@dataclass
class NextActionAnswer:
    application_id: int
    label: str
    action: str = ""
    due_on: date | None = None


@dataclass
class WizardAnswers:
    """Everything typed into the wizard, page by page."""

    # 1. What happened
    rejected_on: date | None = None
    how_heard: str = ""
    stage_reached: str = ""
    reason: str = ""
    contact_id: int | None = None
    contact_name: str = ""
    contact_email: str = ""
    your_name: str = ""
    # 2. Feedback
    feedback_status: str = ""
    feedback_text: str = ""
    feedback_requested_on: date | None = None
    feedback_received_on: date | None = None
    request: MessageDraft = field(default_factory=lambda: MessageDraft("feedback_request"))
    thanks: MessageDraft = field(default_factory=lambda: MessageDraft("thanks_for_feedback"))
    # 3. Reflect
    stages: list[StageAnswer] = field(default_factory=list)
    # 4. Step back
    right_reasons: str = ""
    excitement: int = 0
    values_fit: str = ""
    went_well: str = ""
    could_improve: str = ""
    decision: str = ""
    # 5. Upskill
    goals: list[GoalAnswer] = field(default_factory=list)
    # 6. Bridges
    thank_you: MessageDraft = field(default_factory=lambda: MessageDraft("thank_you"))
    # Others to thank in the same email (the interview panel), addresses joined with ", ".
    thank_you_also: str = ""
    keep_in_touch_on: date | None = None
    reapply_after: date | None = None
    # 7. Beyond control
    factors: list[str] = field(default_factory=list)
    factors_note: str = ""
    # 8. Experts
    experts: list[ExpertAnswer] = field(default_factory=list)
    experts_message: MessageDraft = field(default_factory=lambda: MessageDraft("experts"))
    experts_together: bool = False  # one email to everyone instead of one each
    # 9. Next move
    next_actions: list[NextActionAnswer] = field(default_factory=list)
    weekly_goal: int = 0

    def to_dict(self) -> dict[str, Any]:
        dumped: dict[str, Any] = _dump(self)
        return dumped

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WizardAnswers:
        """Rebuild answers from a saved draft; unknown keys (from a newer version) are ignored."""
        answers = cls()
        for key, value in data.items():
            if not hasattr(answers, key):
                continue
            setattr(answers, key, _load(key, value))
        return answers


_DATE_KEYS = {
    "rejected_on",
    "feedback_requested_on",
    "feedback_received_on",
    "keep_in_touch_on",
    "reapply_after",
    "due_on",
}
_LIST_TYPES: dict[str, type] = {
    "stages": StageAnswer,
    "goals": GoalAnswer,
    "experts": ExpertAnswer,
    "next_actions": NextActionAnswer,
}
_MESSAGE_KEYS = {"request", "thanks", "thank_you", "experts_message"}


def _dump(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {k: _dump(getattr(value, k)) for k in value.__dataclass_fields__}
    return value


def _load(key: str, value: Any) -> Any:
    if key in _DATE_KEYS:
        return date.fromisoformat(value) if value else None
    if key in _LIST_TYPES:
        kind = _LIST_TYPES[key]
        return [kind(**{k: _load(k, v) for k, v in item.items()}) for item in value]
    if key in _MESSAGE_KEYS:
        return MessageDraft(**value)
    return value


# ----- rules -------------------------------------------------------------------------------


def stage_group(stage: str) -> str:
    """ "Interview round 2" and "Interview 3" both count as "Interview" in the insights."""
    cleaned = _ROUND.sub("", stage.strip())
    return cleaned[:1].upper() + cleaned[1:] if cleaned else stage.strip()


def stages_from_timeline(kinds: list[str]) -> list[str]:
    """The stages a person went through, from the application's timeline event kinds."""
    stages = ["Research and preparation", "Application materials"]
    interviews = 0
    for kind in kinds:
        if kind == "screen" and "Screening call" not in stages:
            stages.append("Screening call")
        elif kind == "assessment" and "Assessment" not in stages:
            stages.append("Assessment")
        elif kind == "interview":
            interviews += 1
            stages.append(f"Interview round {interviews}")
    stages.append("Follow-up")
    return stages


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "final": 1}
_NUMBER = re.compile(r"(\d+)")


def interview_rounds(reached: str) -> int:
    """How many interview rounds "How far did you get" implies ("Second interview" -> 2)."""
    text = reached.lower()
    if "interview" not in text:
        return 0
    number = _NUMBER.search(text)
    if number:
        return max(1, min(int(number.group(1)), 10))
    return max([n for word, n in _ORDINALS.items() if word in text], default=1)


def add_implied_stages(stages: list[StageAnswer], reached: str) -> list[StageAnswer]:
    """The stage list with whatever the stage reached implies and the list lacks added
    (before "Follow-up"); nothing the person kept or wrote is removed or reordered."""
    groups = [stage_group(s.stage).lower() for s in stages]
    wanted: list[str] = []
    text = reached.lower()
    if "screen" in text and "screening call" not in groups:
        wanted.append("Screening call")
    if "assessment" in text and "assessment" not in groups:
        wanted.append("Assessment")
    have = groups.count("interview")
    wanted += [f"Interview round {n}" for n in range(have + 1, interview_rounds(reached) + 1)]
    if not wanted:
        return list(stages)
    at = next((i for i, g in enumerate(groups) if g == "follow-up"), len(stages))
    return [*stages[:at], *(StageAnswer(name) for name in wanted), *stages[at:]]


def stage_reached(kinds: list[str]) -> str:
    """The furthest stage on the timeline, as offered on the first page."""
    reached = "Application"
    interviews = 0
    for kind in kinds:
        if kind == "screen":
            reached = "Screening call"
        elif kind == "assessment":
            reached = "Assessment"
        elif kind == "interview":
            interviews += 1
            reached = f"Interview round {interviews}"
        elif kind == "offer":
            reached = "Offer"
    return reached


def celebrate(stages: list[StageAnswer]) -> list[StageAnswer]:
    """Stages that went well: worth repeating next time."""
    return [s for s in stages if s.rated and s.score >= CELEBRATE_FROM]


def improve(stages: list[StageAnswer]) -> list[StageAnswer]:
    """Stages to work on: those scored low, else the clearly weakest one(s) below a 4."""
    named = [s for s in stages if s.rated]
    low = [s for s in named if s.score <= IMPROVE_UP_TO]
    if low or not named:
        return sorted(low, key=lambda s: s.score)
    lowest = min(s.score for s in named)
    weakest = [s for s in named if s.score == lowest]
    if lowest >= CELEBRATE_FROM or len(weakest) == len(named):
        return []
    return weakest


def suggest_goals(stages: list[StageAnswer], limit: int = 2) -> list[GoalAnswer]:
    """Learning goals from the lowest-rated stage(s): at least one whenever a stage is rated."""
    named = [s for s in stages if s.rated]
    if not named:
        return []
    lowest = min(s.score for s in named)
    suggestions: list[GoalAnswer] = []
    for stage in named:
        if stage.score != lowest:
            continue
        skill, course = _GOAL_HINTS.get(
            stage_group(stage.stage).lower(), (stage_group(stage.stage), "")
        )
        if all(g.skill != skill for g in suggestions):
            suggestions.append(GoalAnswer(skill=skill, course=course))
    return suggestions[:limit]


def queued_feedback_messages(answers: WizardAnswers) -> list[MessageDraft]:
    """The feedback emails that will really be queued for the chosen feedback situation."""
    wanted: list[MessageDraft] = []
    if answers.request.enabled and answers.feedback_status in (FEEDBACK_NONE, FEEDBACK_GENERIC):
        wanted.append(answers.request)
    # Asking for specifics thanks them in the same email, so no separate thank-you then.
    if answers.thanks.enabled and answers.feedback_status == FEEDBACK_RECEIVED:
        wanted.append(answers.thanks)
    return wanted


def is_beyond_control(answers: WizardAnswers) -> bool:
    """A rejection caused by something outside the person's hands (not "I don't know")."""
    return any(f != "I don't know" for f in answers.factors)


# ----- summary -----------------------------------------------------------------------------


def summary_lines(
    answers: WizardAnswers, format_day: Callable[[date], str] = date.isoformat
) -> list[str]:
    """A short plain-text summary for the last page, dates written by `format_day`."""
    lines: list[str] = []
    if answers.stage_reached:
        lines.append(f"You reached: {answers.stage_reached}.")
    if answers.feedback_status == FEEDBACK_RECEIVED:
        lines.append("You have their feedback on record.")
    elif answers.feedback_status == FEEDBACK_GENERIC:
        lines.append("Their feedback was general; you are asking for specifics.")
    elif answers.request.enabled:
        lines.append("A feedback request is ready to send.")
    good = celebrate(answers.stages)
    if good:
        lines.append("Celebrate and repeat: " + ", ".join(s.stage for s in good) + ".")
    bad = improve(answers.stages)
    if bad:
        lines.append("Work on: " + ", ".join(s.stage for s in bad) + ".")
    if answers.decision == DECISION_SIMILAR:
        lines.append("You'll keep looking for similar roles.")
    elif answers.decision == DECISION_ADJUST:
        lines.append("You'll adjust your direction.")
    if answers.goals:
        lines.append("Learning goals: " + ", ".join(g.skill for g in answers.goals) + ".")
    if answers.thank_you.enabled:
        lines.append(f"A thank-you to {answers.contact_name or 'your contact'} will be queued.")
    if answers.keep_in_touch_on:
        lines.append(f"Keep in touch on {format_day(answers.keep_in_touch_on)}.")
    if answers.reapply_after:
        lines.append(f"Consider reapplying after {format_day(answers.reapply_after)}.")
    if answers.factors:
        lines.append("Outside your control: " + ", ".join(answers.factors) + ".")
    if answers.experts:
        lines.append("People to talk to: " + ", ".join(e.name for e in answers.experts) + ".")
    return lines
