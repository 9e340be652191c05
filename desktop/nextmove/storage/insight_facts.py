"""Read the stored facts the insights are computed from, in one short read-only session.

Timelines are read as stored (the status and last activity are written elsewhere, by the one
rule); nothing here writes.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from nextmove.domain.funnel import ApplicationFacts
from nextmove.domain.insights import ReflectionFacts
from nextmove.domain.insights_report import InsightsInput
from nextmove.domain.outbox_state import OutboxState
from nextmove.domain.wizard import WizardAnswers, is_beyond_control
from nextmove.storage.database import Database
from nextmove.storage.learning_goals import LearningGoalRepository
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.wizard import LearningGoal, Reflection, StageRating
from nextmove.storage.reflection_drafts import REQUEST_PURPOSES, asked_on, sent_requests

COMPLETED = "completed"
# A request in one of these states is written but has not reached anyone yet.
WAITING_STATES = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.FAILED)


# Plain SQL and ISO text: reading 100,000 timelines through typed columns costs seconds.
_TIMELINES = text(
    "SELECT application_id, kind, occurred_on FROM stage_event "
    "ORDER BY application_id, occurred_on, id"
)
_APPLICATIONS = text("SELECT id, source, status, applied_on FROM application ORDER BY id")


def application_facts(session: Session) -> list[ApplicationFacts]:
    timelines: dict[int, list[tuple[str, date]]] = {}
    day = date.fromisoformat
    for app_id, kind, on in session.execute(_TIMELINES):
        timelines.setdefault(app_id, []).append((kind, day(on)))
    return [
        ApplicationFacts(
            source or "",
            status,
            day(applied_on) if applied_on else None,
            tuple(timelines.get(app_id, ())),
        )
        for app_id, source, status, applied_on in session.execute(_APPLICATIONS)
    ]


def _waiting_requests(session: Session) -> dict[int, list[datetime]]:
    """Application id -> when each feedback request still waiting in the outbox was written."""
    waiting: dict[int, list[datetime]] = {}
    for app_id, created in session.execute(
        select(OutboxMessage.application_id, OutboxMessage.created_at).where(
            OutboxMessage.purpose.in_(REQUEST_PURPOSES),
            OutboxMessage.state.in_(WAITING_STATES),
        )
    ):
        if app_id is not None:
            waiting.setdefault(app_id, []).append(created)
    return waiting


def reflection_facts(session: Session) -> list[ReflectionFacts]:
    """Completed reflections, reduced to what the insights need."""
    rows = session.scalars(select(Reflection).where(Reflection.state == COMPLETED)).all()
    ratings: dict[int, list[tuple[str, int]]] = {}
    for rating in session.scalars(
        select(StageRating)
        .join(Reflection, Reflection.id == StageRating.reflection_id)
        .where(Reflection.state == COMPLETED)
        .order_by(StageRating.reflection_id, StageRating.position)
    ):
        ratings.setdefault(rating.reflection_id, []).append((rating.stage, rating.score))
    sent = sent_requests(session)
    waiting = _waiting_requests(session)
    facts = []
    for row in rows:
        answers = WizardAnswers.from_dict(json.loads(row.answers))
        asked = asked_on(row, answers, sent)
        queued = asked is None and any(
            created >= row.created_at for created in waiting.get(row.application_id, [])
        )
        facts.append(
            ReflectionFacts(
                stage_reached=row.stage_reached,
                beyond_control=is_beyond_control(
                    WizardAnswers(factors=[f for f in row.beyond_control.splitlines() if f.strip()])
                ),
                ratings=tuple(ratings.get(row.id, ())),
                feedback_requested_on=asked,
                feedback_received_on=row.feedback_received_on,
                feedback_queued=queued,
            )
        )
    return facts


def goal_statuses(session: Session) -> list[str]:
    return list(session.scalars(select(LearningGoal.status)))


class InsightsSource:
    """Where the Insights window and `nextmove insights` get their facts."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def load(self) -> InsightsInput:
        with self._db.sessions() as session:
            return InsightsInput(
                applications=application_facts(session),
                reflections=reflection_facts(session),
                goal_statuses=goal_statuses(session),
                weekly_goal=LearningGoalRepository(self._db).weekly_goal(),
            )
