"""Follow-up suggestions: what to do next, derived from the tracker's facts and one clock.

`suggest()` is the only place these rules live. Every suggestion has a trigger key naming the
exact fact that raised it (this application's last activity on that day, that interview, that
keep-in-touch date...), so "done" or "dismissed" is remembered per trigger: the same trigger
never comes back, and a new fact (another week of silence after a follow-up) is a new key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from nextmove.domain.status import CLOSED_STATUSES, Status


class Kind(StrEnum):
    FOLLOW_UP = "follow_up"  # applied, no answer: a drafted follow-up email
    THANK_YOU = "thank_you"  # an interview today or yesterday: a thank-you email
    GHOSTED = "ghosted"  # silence in an open stage: mark as ghosted
    KEEP_IN_TOUCH = "keep_in_touch"  # a keep-in-touch date reached: a hello email
    LEARNING_GOAL = "learning_goal"  # a learning goal due: mark it done


# What "Do it" does for each kind, and the email template it drafts (if any).
EMAIL_PURPOSE: dict[Kind, str] = {
    Kind.FOLLOW_UP: "follow_up",
    Kind.THANK_YOU: "interview_thanks",
    Kind.KEEP_IN_TOUCH: "keep_in_touch",
}


@dataclass(frozen=True)
class Rules:
    """The adjustable part (stored settings); 0 days or False turns a rule off."""

    follow_up_days: int = 7
    ghosted_days: int = 30
    thank_you: bool = True
    keep_in_touch: bool = True
    learning_goals: bool = True


# settings.ini key of each rule ("section/key", as QSettings writes it). `follow_up` and
# `ghosted` switch those rules off without forgetting their number of days.
RULE_KEYS: dict[str, str] = {
    "follow_up": "suggestions/follow_up",
    "follow_up_days": "suggestions/follow_up_days",
    "ghosted": "suggestions/ghosted",
    "ghosted_days": "suggestions/ghosted_days",
    "thank_you": "suggestions/thank_you",
    "keep_in_touch": "suggestions/keep_in_touch",
    "learning_goals": "suggestions/learning_goals",
}


@dataclass(frozen=True)
class ApplicationFacts:
    id: int
    company: str
    role: str
    status: Status
    last_activity_on: date | None
    # (event id, day) of each interview on the timeline.
    interviews: tuple[tuple[int, date], ...] = ()
    # (contact id, name, email) of the people linked to it, first linked first.
    contacts: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True)
class ContactFacts:
    id: int
    name: str
    email: str
    keep_in_touch_on: date | None
    # The application it came from (company, role), if any: the hello names it.
    application_id: int | None = None
    company: str = ""
    role: str = ""


@dataclass(frozen=True)
class GoalFacts:
    id: int
    skill: str
    due_on: date | None
    done: bool


@dataclass(frozen=True)
class Facts:
    applications: tuple[ApplicationFacts, ...] = ()
    contacts: tuple[ContactFacts, ...] = ()
    goals: tuple[GoalFacts, ...] = ()


@dataclass(frozen=True)
class State:
    """What the person did with a trigger: "done", "dismissed" or "snoozed" (until a day)."""

    state: str
    snoozed_until: date | None = None

    def hides(self, today: date) -> bool:
        if self.state in ("done", "dismissed"):
            return True
        return self.snoozed_until is not None and self.snoozed_until > today


@dataclass(frozen=True)
class Suggestion:
    key: str
    kind: Kind
    due_on: date  # when it became due (sorts the list: oldest first)
    company: str = ""
    role: str = ""
    application_id: int | None = None
    contact_id: int | None = None
    goal_id: int | None = None
    # Who a drafted email goes to (name, address); empty when nobody with an address is known.
    recipients: tuple[tuple[str, str], ...] = field(default=())
    skill: str = ""
    # The last activity, for the silences (follow-up, ghosted).
    quiet_since: date | None = None


def suggest(
    facts: Facts, states: Mapping[str, State], rules: Rules, today: date
) -> list[Suggestion]:
    """Every suggestion due today that the person has not done, dismissed or snoozed."""
    found = [
        *_from_applications(facts.applications, rules, today),
        *_from_contacts(facts.contacts, rules, today),
        *_from_goals(facts.goals, rules, today),
    ]
    shown = [s for s in found if s.key not in states or not states[s.key].hides(today)]
    return sorted(shown, key=lambda s: (s.due_on, s.key))


def _addresses(contacts: Iterable[tuple[int, str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((name, email) for _id, name, email in contacts if email.strip())


def _from_applications(
    applications: Iterable[ApplicationFacts], rules: Rules, today: date
) -> Iterable[Suggestion]:
    for app in applications:
        if app.status in CLOSED_STATUSES:
            continue
        quiet = app.last_activity_on
        silent_days = (today - quiet).days if quiet is not None else None
        ghosted = (
            rules.ghosted_days > 0
            and app.status is not Status.WISHLIST
            and silent_days is not None
            and silent_days >= rules.ghosted_days
        )
        if ghosted:
            assert quiet is not None
            yield Suggestion(
                f"ghosted:{app.id}:{quiet.isoformat()}",
                Kind.GHOSTED,
                quiet + timedelta(days=rules.ghosted_days),
                quiet_since=quiet,
                company=app.company,
                role=app.role,
                application_id=app.id,
            )
        elif (
            rules.follow_up_days > 0
            and app.status is Status.APPLIED
            and silent_days is not None
            and silent_days >= rules.follow_up_days
        ):
            assert quiet is not None
            yield Suggestion(
                f"follow_up:{app.id}:{quiet.isoformat()}",
                Kind.FOLLOW_UP,
                quiet + timedelta(days=rules.follow_up_days),
                quiet_since=quiet,
                recipients=_addresses(app.contacts)[:1],
                company=app.company,
                role=app.role,
                application_id=app.id,
            )
        if rules.thank_you:
            for event_id, day in app.interviews:
                if 0 <= (today - day).days <= 1:
                    yield Suggestion(
                        f"thank_you:{event_id}:{day.isoformat()}",
                        Kind.THANK_YOU,
                        day,
                        recipients=_addresses(app.contacts),
                        company=app.company,
                        role=app.role,
                        application_id=app.id,
                    )


def _from_contacts(
    contacts: Iterable[ContactFacts], rules: Rules, today: date
) -> Iterable[Suggestion]:
    if not rules.keep_in_touch:
        return
    for contact in contacts:
        day = contact.keep_in_touch_on
        if day is not None and day <= today:
            yield Suggestion(
                f"keep_in_touch:{contact.id}:{day.isoformat()}",
                Kind.KEEP_IN_TOUCH,
                day,
                company=contact.company,
                role=contact.role,
                application_id=contact.application_id,
                contact_id=contact.id,
                recipients=((contact.name, contact.email),) if contact.email.strip() else (),
            )


def _from_goals(goals: Iterable[GoalFacts], rules: Rules, today: date) -> Iterable[Suggestion]:
    if not rules.learning_goals:
        return
    for goal in goals:
        if not goal.done and goal.due_on is not None and goal.due_on <= today:
            yield Suggestion(
                f"learning_goal:{goal.id}:{goal.due_on.isoformat()}",
                Kind.LEARNING_GOAL,
                goal.due_on,
                goal_id=goal.id,
                skill=goal.skill,
            )


def rules_from(values: Mapping[str, object]) -> Rules:
    """Rules from stored settings (RULE_KEYS' values); anything unreadable keeps its default."""
    default = Rules()

    def number(name: str) -> int:
        try:
            value = int(str(values.get(RULE_KEYS[name], getattr(default, name))))
        except ValueError:
            return int(getattr(default, name))
        return max(0, min(value, 365))

    def flag(name: str) -> bool:
        value = values.get(RULE_KEYS[name], getattr(default, name, True))
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() not in ("false", "0", "no", "off")

    return Rules(
        follow_up_days=number("follow_up_days") if flag("follow_up") else 0,
        ghosted_days=number("ghosted_days") if flag("ghosted") else 0,
        thank_you=flag("thank_you"),
        keep_in_touch=flag("keep_in_touch"),
        learning_goals=flag("learning_goals"),
    )
