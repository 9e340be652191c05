"""Learning goals and the reminders the wizard leaves behind (keep in touch, next actions,
companies to consider again): short reads for the main window's panel, one write per action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select, update

from nextmove.domain.status import CLOSED_STATUSES
from nextmove.storage.database import Database
from nextmove.storage.models.tracker import Application, Contact
from nextmove.storage.models.wizard import CompanyReapply, LearningGoal, Reflection

DONE = "done"
PLANNED = "planned"
REMINDERS_SHOWN = 50


@dataclass(frozen=True)
class GoalRow:
    id: int
    skill: str
    course: str
    provider: str
    link: str
    due_on: date | None
    status: str


@dataclass(frozen=True)
class Reminder:
    """Something due: kind is "keep_in_touch", "next_action" or "reapply"."""

    kind: str
    due_on: date
    text: str
    target_id: int


class LearningGoalRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def goals(self) -> list[GoalRow]:
        """Planned goals first (soonest due first), then the ones already done."""
        with self._db.sessions() as session:
            rows = session.scalars(
                select(LearningGoal).order_by(
                    (LearningGoal.status == DONE),
                    LearningGoal.due_on.is_(None),
                    LearningGoal.due_on,
                    LearningGoal.id,
                )
            ).all()
            return [
                GoalRow(g.id, g.skill, g.course, g.provider, g.link, g.due_on, g.status)
                for g in rows
            ]

    def weekly_goal(self) -> int:
        """Applications a week, as set at the end of the most recent reflection (0: none)."""
        with self._db.sessions() as session:
            goal = session.scalar(
                select(Reflection.weekly_goal)
                .where(Reflection.state == "completed")
                .order_by(Reflection.completed_at.desc())
                .limit(1)
            )
            return goal or 0

    def has_reflection(self) -> bool:
        """Whether a reflection is finished (it holds the weekly goal)."""
        with self._db.sessions() as session:
            found = session.scalar(
                select(Reflection.id).where(Reflection.state == "completed").limit(1)
            )
            return found is not None

    def set_weekly_goal(self, goal: int) -> bool:
        """Change the weekly goal of the most recent reflection (Preferences); False when no
        reflection is finished yet, so there is no goal to change."""
        with self._db.sessions.begin() as session:
            latest = session.scalar(
                select(Reflection)
                .where(Reflection.state == "completed")
                .order_by(Reflection.completed_at.desc())
                .limit(1)
            )
            if latest is None:
                return False
            latest.weekly_goal = max(0, goal)
            return True

    def set_done(self, goal_id: int, done: bool, today: date) -> None:
        with self._db.sessions.begin() as session:
            session.execute(
                update(LearningGoal)
                .where(LearningGoal.id == goal_id)
                .values(status=DONE if done else PLANNED, completed_on=today if done else None)
            )

    def reminders(self, today: date, horizon_days: int = 7) -> list[Reminder]:
        """Everything due within `horizon_days` (or overdue), soonest first, bounded."""
        until = today + timedelta(days=horizon_days)
        closed = [s.value for s in CLOSED_STATUSES]
        with self._db.sessions() as session:
            contacts = session.execute(
                select(Contact.id, Contact.name, Contact.company, Contact.keep_in_touch_on)
                .where(Contact.keep_in_touch_on.is_not(None), Contact.keep_in_touch_on <= until)
                .order_by(Contact.keep_in_touch_on)
                .limit(REMINDERS_SHOWN)
            ).all()
            actions = session.execute(
                select(
                    Application.id,
                    Application.company,
                    Application.role,
                    Application.next_action,
                    Application.next_action_on,
                )
                .where(
                    Application.next_action_on.is_not(None),
                    Application.next_action_on <= until,
                    Application.status.not_in(closed),
                    Application.archived.is_(False),
                )
                .order_by(Application.next_action_on)
                .limit(REMINDERS_SHOWN)
            ).all()
            reapply = session.execute(
                select(CompanyReapply.id, CompanyReapply.company, CompanyReapply.reapply_after)
                .where(CompanyReapply.reapply_after <= until)
                .order_by(CompanyReapply.reapply_after)
                .limit(REMINDERS_SHOWN)
            ).all()
        found: list[Reminder] = []
        for cid, name, company, on in contacts:
            assert on is not None
            at = f" ({company})" if company else ""
            found.append(Reminder("keep_in_touch", on, f"Keep in touch with {name}{at}", cid))
        for aid, company, role, action, on in actions:
            assert on is not None
            what = action or "Next step"
            found.append(Reminder("next_action", on, f"{what}: {role} at {company}", aid))
        for rid, company, on in reapply:
            found.append(Reminder("reapply", on, f"Consider applying to {company} again", rid))
        return sorted(found, key=lambda r: (r.due_on, r.kind, r.text))
