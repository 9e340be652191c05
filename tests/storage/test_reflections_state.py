"""A Hypothesis state machine over the wizard's service: next, back, edit, close, resume,
finish. Whatever the order, Finish yields exactly one completed reflection and each message
once, and a closed wizard leaves only its draft."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.domain.wizard import Step
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.database import DataPaths, open_database
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.tracker import StageEvent
from nextmove.storage.models.wizard import CompanyReapply, LearningGoal, Reflection, StageRating
from nextmove.storage.reflections import AlreadyFinishedError, ReflectionService
from tests.storage.test_reflections import complete_answers

TODAY = date(2026, 11, 20)
_TEMPLATE: Path | None = None


def _migrated_copy() -> Path:
    """A fresh data folder, copied from one migrated once (migrations are the slow part)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = Path(tempfile.mkdtemp(prefix="nextmove-template-"))
        open_database(DataPaths(_TEMPLATE)).close()
    target = Path(tempfile.mkdtemp(prefix="nextmove-state-"))
    shutil.copy(_TEMPLATE / "nextmove.sqlite3", target / "nextmove.sqlite3")
    return target


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)


class WizardMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = _migrated_copy()
        self.db = open_database(DataPaths(self.folder))
        self.service = ReflectionService(self.db)
        repo = ApplicationRepository(self.db)
        self.app_id = repo.add(
            ApplicationData("Acme", "Analyst", status=Status.APPLIED), today=date(2026, 10, 1)
        )
        repo.add_event(self.app_id, EventKind.INTERVIEW, date(2026, 10, 9))
        draft = self.service.start(self.app_id, TODAY)
        self.reflection_id = draft.reflection_id
        self.answers = complete_answers(draft.answers)  # what is on screen
        self.saved = draft.answers.to_dict()  # what the last draft save stored
        self.step = Step.WHAT_HAPPENED
        self.open = True
        self.finished = False

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _save(self) -> None:
        assert self.service.save_draft(self.reflection_id, self.step, self.answers)
        self.saved = self.answers.to_dict()

    @precondition(lambda self: self.open and not self.finished and self.step < Step.NEXT_MOVE)
    @rule()
    def next(self) -> None:
        self.step = Step(self.step + 1)
        self._save()

    @precondition(lambda self: self.open and not self.finished and self.step > 1)
    @rule()
    def back(self) -> None:
        self.step = Step(self.step - 1)
        self._save()

    @precondition(lambda self: self.open and not self.finished)
    @rule(text=texts, score=st.integers(1, 5))
    def edit(self, text: str, score: int) -> None:
        self.answers.reason = text
        self.answers.stages[0].score = score
        self.answers.went_well = text

    @precondition(lambda self: self.open and not self.finished)
    @rule()
    def close(self) -> None:
        self._save()
        self.open = False

    @precondition(lambda self: not self.open and not self.finished)
    @rule()
    def resume(self) -> None:
        draft = self.service.start(self.app_id, TODAY)
        assert draft.reflection_id == self.reflection_id
        assert draft.step == self.step
        assert draft.answers.to_dict() == self.saved
        self.answers = draft.answers
        self.open = True

    @precondition(lambda self: self.open and not self.finished and self.step == Step.NEXT_MOVE)
    @rule()
    def finish(self) -> None:
        result = self.service.finish(self.reflection_id, self.answers, TODAY)
        assert len(result.message_ids) == 2
        self.finished = True

    @precondition(lambda self: self.finished)
    @rule()
    def finish_again(self) -> None:
        try:
            self.service.finish(self.reflection_id, self.answers, TODAY)
        except AlreadyFinishedError:
            return
        raise AssertionError("a second Finish must be refused")

    @invariant()
    def rows_exist_only_after_finish(self) -> None:
        with self.db.sessions() as session:
            states = list(session.scalars(select(Reflection.state)))
            ratings = session.scalar(select(func.count(StageRating.id)))
            goals = session.scalar(select(func.count(LearningGoal.id)))
            reapply = session.scalar(select(func.count(CompanyReapply.id)))
            purposes = sorted(session.scalars(select(OutboxMessage.purpose)))
            rejected = session.scalar(
                select(func.count(StageEvent.id)).where(StageEvent.kind == "rejected")
            )
        if self.finished:
            assert states == ["completed"]
            assert ratings == len(self.answers.stages)
            assert purposes == ["feedback_request", "thank_you"]
            assert reapply == 1
            assert rejected == 1
        else:
            assert states == ["draft"]
            assert (ratings, goals, reapply, rejected) == (0, 0, 0, 0)
            assert purposes == []


WizardMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_wizard_service_state_machine = WizardMachine.TestCase
