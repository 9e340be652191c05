"""The rejection wizard's service: start or resume a reflection, save a draft per page, and
finish everything in one transaction.

A draft is one row whose answers are a JSON document; only `finish` writes ratings, goals,
outbox messages, reminders and the status event, all at once or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update

from nextmove.domain.insights import ReflectionFacts
from nextmove.domain.reflection_report import DayFormat, Report, build_report
from nextmove.domain.status import CLOSED_STATUSES, EventKind, Status
from nextmove.domain.wizard import (
    FEEDBACK_RECEIVED,
    Step,
    WizardAnswers,
)
from nextmove.domain.wizard_checks import validate_step
from nextmove.storage.database import Database
from nextmove.storage.insight_facts import goal_statuses, reflection_facts
from nextmove.storage.models.base import utcnow
from nextmove.storage.models.tracker import Application, Contact, StageEvent
from nextmove.storage.models.wizard import LearningGoal, Reflection, StageRating
from nextmove.storage.reflection_drafts import (
    ContactChoice,
    Draft,
    outbox_states,
    prefill,
    read_draft,
    sender_name,
)
from nextmove.storage.reflection_finish import (
    COMPLETED,
    complete_reflection,
    queue_messages,
    set_reapply,
    settle_contact,
)
from nextmove.storage.timeline import settle

DRAFT = "draft"
OPEN_APPLICATIONS_SHOWN = 200


class ReflectionNotFoundError(LookupError):
    pass


class AlreadyFinishedError(RuntimeError):
    """Finish was asked twice: the first one already queued every message."""


class IncompleteAnswersError(ValueError):
    def __init__(self, step: Step, errors: dict[str, str]) -> None:
        super().__init__(f"step {int(step)}: " + "; ".join(errors.values()))
        self.step = step
        self.errors = errors


@dataclass(frozen=True)
class ReflectionSummary:
    reflection_id: int
    application_id: int
    company: str
    role: str
    step: Step
    updated_at: datetime


@dataclass(frozen=True)
class FinishResult:
    reflection_id: int
    application_id: int
    message_ids: tuple[int, ...]
    # The "rejected" entry Finish put on the timeline; None when it was rejected already.
    rejected_event_id: int | None = None
    rejected_on: date | None = None


@dataclass(frozen=True)
class FeedbackSnapshot:
    """A reflection's feedback as it was before a reply filled it in (for undo)."""

    reflection_id: int
    answers: str
    text: str
    received_on: date | None


class ReflectionService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # ----- start, resume, drafts -------------------------------------------------------

    def start(self, application_id: int, today: date) -> Draft:
        """Resume the application's unfinished reflection, or begin one prefilled from its
        timeline and contacts."""
        with self._db.sessions.begin() as session:
            row = session.scalars(
                select(Reflection)
                .where(Reflection.application_id == application_id, Reflection.state == DRAFT)
                .order_by(Reflection.id.desc())
                .limit(1)
            ).first()
            if row is None:
                app = session.get(Application, application_id)
                if app is None:
                    raise ReflectionNotFoundError(application_id)
                answers = prefill(session, app, today)
                row = Reflection(
                    application_id=application_id,
                    answers=json.dumps(answers.to_dict()),
                    current_step=int(Step.WHAT_HAPPENED),
                )
                session.add(row)
                session.flush()
            return read_draft(session, row)

    def load(self, reflection_id: int) -> Draft:
        with self._db.sessions() as session:
            row = session.get(Reflection, reflection_id)
            if row is None:
                raise ReflectionNotFoundError(reflection_id)
            return read_draft(session, row)

    def save_draft(self, reflection_id: int, step: Step, answers: WizardAnswers) -> bool:
        """Keep the answers and the page shown; False when the reflection is already finished."""
        with self._db.sessions.begin() as session:
            result = session.execute(
                update(Reflection)
                .where(Reflection.id == reflection_id, Reflection.state == DRAFT)
                .values(
                    answers=json.dumps(answers.to_dict()),
                    current_step=int(step),
                    updated_at=utcnow(),
                )
                .execution_options(synchronize_session=False)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def has_completed(self, application_id: int) -> bool:
        """True once the application's rejection has been reflected on."""
        return self.latest(application_id, COMPLETED) is not None

    def latest(self, application_id: int, state: str) -> int | None:
        """The application's newest reflection in `state` (draft or completed), if any."""
        with self._db.sessions() as session:
            return session.scalar(
                select(Reflection.id)
                .where(Reflection.application_id == application_id, Reflection.state == state)
                .order_by(Reflection.id.desc())
                .limit(1)
            )

    def discard(self, reflection_id: int) -> None:
        with self._db.sessions.begin() as session:
            row = session.get(Reflection, reflection_id)
            if row is not None and row.state == DRAFT:
                session.delete(row)

    def unfinished_count(self) -> int:
        with self._db.sessions() as session:
            return (
                session.scalar(select(func.count(Reflection.id)).where(Reflection.state == DRAFT))
                or 0
            )

    def unfinished(self) -> list[ReflectionSummary]:
        return self._summaries(DRAFT)

    def completed(self) -> list[ReflectionSummary]:
        return self._summaries(COMPLETED)

    def _summaries(self, state: str) -> list[ReflectionSummary]:
        with self._db.sessions() as session:
            rows = session.execute(
                select(Reflection, Application.company, Application.role)
                .join(Application, Application.id == Reflection.application_id)
                .where(Reflection.state == state)
                .order_by(Reflection.updated_at.desc())
            ).all()
            return [
                ReflectionSummary(
                    r.id, r.application_id, company, role, Step(r.current_step), r.updated_at
                )
                for r, company, role in rows
            ]

    # ----- finish ------------------------------------------------------------------------

    def finish(self, reflection_id: int, answers: WizardAnswers, today: date) -> FinishResult:
        """Complete the reflection and everything it promised, in one transaction."""
        for step in Step:
            errors = validate_step(step, answers, today)
            if errors:
                raise IncompleteAnswersError(step, errors)
        with self._db.sessions.begin() as session:
            row = session.get(Reflection, reflection_id)
            if row is None:
                raise ReflectionNotFoundError(reflection_id)
            if row.state != DRAFT:
                raise AlreadyFinishedError(reflection_id)
            app = session.get(Application, row.application_id)
            assert app is not None  # the reflection is deleted with its application
            your_name = answers.your_name.strip() or sender_name(session)
            contact_id = settle_contact(session, app, answers)
            complete_reflection(row, answers, today)
            session.add_all(
                StageRating(
                    reflection_id=row.id,
                    position=i,
                    stage=s.stage.strip(),
                    score=s.score,
                    note=s.note,
                )
                for i, s in enumerate(answers.stages)
            )
            session.add_all(
                LearningGoal(
                    reflection_id=row.id,
                    skill=g.skill.strip(),
                    course=g.course,
                    provider=g.provider,
                    link=g.link.strip(),
                    due_on=g.due_on,
                )
                for g in answers.goals
            )
            message_ids = queue_messages(session, app, answers, contact_id, your_name)
            if answers.reapply_after is not None:
                set_reapply(session, app.company, answers.reapply_after, row.id)
            for item in answers.next_actions:
                session.execute(
                    update(Application)
                    .where(Application.id == item.application_id)
                    .values(next_action_on=item.due_on, next_action=item.action[:500])
                    .execution_options(synchronize_session=False)
                )
            event: StageEvent | None = None
            on = answers.rejected_on or today
            if app.status != Status.REJECTED.value:
                event = StageEvent(
                    application_id=app.id, kind=EventKind.REJECTED.value, occurred_on=on
                )
                session.add(event)
                session.flush()
                settle(session, app.id, today)
            event_id = None if event is None else event.id
            return FinishResult(row.id, app.id, message_ids, event_id, on)

    # ----- reading back ------------------------------------------------------------------

    def report(self, reflection_id: int, format_day: DayFormat | None = None) -> Report:
        with self._db.sessions() as session:
            row = session.get(Reflection, reflection_id)
            if row is None:
                raise ReflectionNotFoundError(reflection_id)
            app = session.get(Application, row.application_id)
            assert app is not None
            answers = WizardAnswers.from_dict(json.loads(row.answers))
            finished = row.completed_at.date() if row.completed_at else None
            outbox = outbox_states(session, row) if row.state == COMPLETED else None
            if format_day is None:
                return build_report(app.company, app.role, answers, finished, outbox)
            return build_report(app.company, app.role, answers, finished, outbox, format_day)

    def feedback_snapshot(self, reflection_id: int) -> FeedbackSnapshot:
        """A reflection's feedback as it is now (LookupError when it is gone)."""
        with self._db.sessions() as session:
            row = session.get(Reflection, reflection_id)
            if row is None:
                raise LookupError(reflection_id)
            return FeedbackSnapshot(
                reflection_id, row.answers, row.feedback_text, row.feedback_received_on
            )

    def restore_feedback(self, snapshot: FeedbackSnapshot) -> None:
        """Put a reflection's feedback back as the snapshot has it (undoing a recorded reply)."""
        with self._db.sessions.begin() as session:
            row = session.get(Reflection, snapshot.reflection_id)
            if row is None:
                return
            row.answers = snapshot.answers
            row.feedback_text = snapshot.text
            row.feedback_received_on = snapshot.received_on

    def record_feedback(self, reflection_id: int, text: str, received_on: date) -> None:
        """Feedback arrived after the wizard: it counts as a reply in the insights."""
        with self._db.sessions.begin() as session:
            row = session.get(Reflection, reflection_id)
            if row is None:
                raise ReflectionNotFoundError(reflection_id)
            answers = WizardAnswers.from_dict(json.loads(row.answers))
            answers.feedback_text = text
            answers.feedback_received_on = received_on
            answers.feedback_status = FEEDBACK_RECEIVED
            row.answers = json.dumps(answers.to_dict())
            row.feedback_text = text
            row.feedback_received_on = received_on

    def insight_facts(self) -> tuple[list[ReflectionFacts], list[str]]:
        """Completed reflections and every learning goal's status, for the insights."""
        with self._db.sessions() as session:
            return reflection_facts(session), goal_statuses(session)

    @property
    def database(self) -> Database:
        return self._db

    def open_applications(self, exclude_id: int) -> list[tuple[int, str]]:
        """The newest applications still open, for "applications to pursue" (bounded)."""
        closed = [s.value for s in CLOSED_STATUSES]
        with self._db.sessions() as session:
            rows = session.execute(
                select(Application.id, Application.company, Application.role)
                .where(
                    Application.id != exclude_id,
                    Application.status.not_in(closed),
                    Application.archived.is_(False),
                )
                .order_by(Application.id.desc())
                .limit(OPEN_APPLICATIONS_SHOWN)
            ).all()
            return [(i, f"{role} — {company}") for i, company, role in rows]

    def people(self) -> list[ContactChoice]:
        """Contacts to pick from on the experts page, mentors and recruiters first."""
        with self._db.sessions() as session:
            rows = session.scalars(
                select(Contact)
                .order_by((Contact.role.in_(("mentor", "recruiter"))).desc(), Contact.name)
                .limit(500)
            ).all()
            return [ContactChoice(c.id, c.name, c.email, c.role) for c in rows]
