"""A completed reflection as a report: one structure, rendered as Markdown here and as a
plain-text document (screen and PDF) by the UI, so both always say the same thing."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from nextmove.domain.outbox_state import OutboxState
from nextmove.domain.wizard import (
    DECISION_ADJUST,
    DECISION_SIMILAR,
    FEEDBACK_GENERIC,
    FEEDBACK_NONE,
    FEEDBACK_RECEIVED,
    UNRATED,
    WizardAnswers,
    celebrate,
    improve,
    queued_feedback_messages,
)


@dataclass
class Section:
    title: str
    # (label, text): an empty label makes a paragraph; text may span lines.
    rows: list[tuple[str, str]] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)

    def add(self, label: str, text: str) -> None:
        if text.strip():
            self.rows.append((label, text.strip()))


@dataclass
class Report:
    title: str
    subtitle: str
    sections: list[Section]


DayFormat = Callable[[date], str]


def _iso(value: date) -> str:
    return value.isoformat()


_FEEDBACK = {
    FEEDBACK_RECEIVED: "Received",
    FEEDBACK_GENERIC: "Received, but general",
    FEEDBACK_NONE: "Not yet",
}
_DECISION = {
    DECISION_SIMILAR: "Keep looking for similar roles",
    DECISION_ADJUST: "Adjust direction",
}


_STATE: dict[str, str] = {
    OutboxState.DRAFT: "A draft in the outbox",
    OutboxState.QUEUED: "Waiting in the outbox",
    OutboxState.SENDING: "Sending",
    OutboxState.SENT: "Sent",
    OutboxState.FAILED: "Not sent yet: see the Outbox",
}
_PURPOSE = {
    "feedback_request": "Feedback request",
    "ask_specifics": "Ask for specifics",
    "thanks_for_feedback": "Thanks for the feedback",
}


def message_status(states: list[str] | None, enabled: bool) -> str:
    """Where the emails for one purpose stand now (`states` None: not looked up)."""
    if not enabled:
        return ""
    if states is None:
        return "Queued"
    if not states:
        return "Removed from the outbox"
    labels = [_STATE.get(state, state) for state in states]
    if len(labels) == 1:
        return labels[0]
    counted = {label: labels.count(label) for label in labels}
    return ", ".join(f"{label} ({count})" for label, count in counted.items())


def build_report(
    company: str,
    role: str,
    answers: WizardAnswers,
    finished_on: date | None,
    outbox: dict[str, list[str]] | None = None,
    format_day: DayFormat = _iso,
) -> Report:
    """`outbox`: purpose -> the current state of each email the reflection queued;
    `format_day` writes dates as the person reads them (ISO by default)."""

    def _day(value: date | None) -> str:
        return format_day(value) if value else ""

    def status(purpose: str, enabled: bool) -> str:
        return message_status(None if outbox is None else outbox.get(purpose, []), enabled)

    what = Section("What happened")
    what.add("Heard back", _day(answers.rejected_on))
    what.add("How", answers.how_heard)
    what.add("Stage reached", answers.stage_reached)
    what.add("Reason given", answers.reason)
    what.add("Contact", answers.contact_name)

    feedback = Section("Feedback")
    feedback.add("Status", _FEEDBACK.get(answers.feedback_status, ""))
    feedback.add("Asked on", _day(answers.feedback_requested_on))
    feedback.add("Received on", _day(answers.feedback_received_on))
    feedback.add("What they said", answers.feedback_text)
    for message in queued_feedback_messages(answers):
        label = _PURPOSE.get(message.purpose, "Email")
        feedback.add(label, status(message.purpose, True))

    reflect = Section("The stages")
    for stage in answers.stages:
        note = f" — {stage.note.strip()}" if stage.note.strip() else ""
        score = f"{stage.score}/5" if stage.score != UNRATED else "not rated"
        reflect.bullets.append(f"{stage.stage}: {score}{note}")
    reflect.add("Celebrate and repeat", ", ".join(s.stage for s in celebrate(answers.stages)))
    reflect.add("Worth improving", ", ".join(s.stage for s in improve(answers.stages)))

    back = Section("A step back")
    back.add("Right reasons", answers.right_reasons.capitalize())
    back.add("Excitement", f"{answers.excitement}/5" if answers.excitement else "")
    back.add("Values and skills", answers.values_fit)
    back.add("What went well", answers.went_well)
    back.add("What could be better", answers.could_improve)
    back.add("Decision", _DECISION.get(answers.decision, ""))

    upskill = Section("Learning goals")
    for goal in answers.goals:
        parts = [goal.skill]
        if goal.course:
            parts.append(goal.course)
        if goal.provider:
            parts.append(f"with {goal.provider}")
        if goal.due_on:
            parts.append(f"by {_day(goal.due_on)}")
        if goal.link:
            parts.append(goal.link)
        upskill.bullets.append(" · ".join(parts))

    bridges = Section("Bridges")
    bridges.add("Thank-you", status("thank_you", answers.thank_you.enabled))
    bridges.add("Keep in touch on", _day(answers.keep_in_touch_on))
    bridges.add("Consider reapplying after", _day(answers.reapply_after))

    beyond = Section("Beyond your control")
    beyond.bullets.extend(answers.factors)
    beyond.add("Notes", answers.factors_note)

    experts = Section("People to talk to")
    experts.bullets.extend(f"{e.name} <{e.email}>" if e.email else e.name for e in answers.experts)
    if answers.experts:
        experts.add("Message", status("experts", answers.experts_message.enabled))

    move = Section("Your next move")
    for item in answers.next_actions:
        action = f" — {item.action}" if item.action else ""
        move.bullets.append(f"{item.label}{action} (by {_day(item.due_on)})")
    move.add("Weekly goal", f"{answers.weekly_goal} applications" if answers.weekly_goal else "")

    sections = [what, feedback, reflect, back, upskill, bridges, beyond, experts, move]
    subtitle = f"Reflection finished on {format_day(finished_on)}" if finished_on else "Draft"
    return Report(
        title=f"{role} at {company}",
        subtitle=subtitle,
        sections=[s for s in sections if s.rows or s.bullets],
    )


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape_markdown(text: str) -> str:
    """User text is shown as written: Markdown characters in it are escaped, not rendered."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^(\s*)([-=]|\d+\.)", r"\1\\\2", escaped, flags=re.MULTILINE)


def to_markdown(report: Report) -> str:
    lines = [f"# {escape_markdown(report.title)}", "", f"_{escape_markdown(report.subtitle)}_", ""]
    for section in report.sections:
        lines += [f"## {escape_markdown(section.title)}", ""]
        for bullet in section.bullets:
            lines.append(f"- {escape_markdown(bullet)}")
        if section.bullets:
            lines.append("")
        for label, text in section.rows:
            body = escape_markdown(text).replace("\n", "  \n")
            lines += [f"**{escape_markdown(label)}:** {body}", ""]
    return "\n".join(lines).rstrip() + "\n"
