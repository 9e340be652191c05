"""The wizard's service on a real SQLite file: drafts, resume, and one-transaction Finish."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from nextmove.domain.application import ApplicationData
from nextmove.domain.status import EventKind, Status
from nextmove.domain.wizard import (
    DECISION_SIMILAR,
    FEEDBACK_NONE,
    GoalAnswer,
    NextActionAnswer,
    Step,
    WizardAnswers,
)
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.learning_goals import LearningGoalRepository
from nextmove.storage.models.mail import OutboxMessage
from nextmove.storage.models.tracker import Application, Contact
from nextmove.storage.models.wizard import CompanyReapply, LearningGoal, Reflection, StageRating
from nextmove.storage.outbox import OutboxRepository
from nextmove.storage.reflections import (
    AlreadyFinishedError,
    IncompleteAnswersError,
    ReflectionService,
)

TODAY = date(2026, 11, 20)


def _interviewed(database) -> int:  # type: ignore[no-untyped-def]
    repo = ApplicationRepository(database)
    app_id = repo.add(
        ApplicationData(
            "Acme", "Data Analyst", status=Status.APPLIED, applied_on=date(2026, 10, 1)
        ),
        today=date(2026, 10, 1),
    )
    repo.add_event(app_id, EventKind.SCREEN, date(2026, 10, 5))
    repo.add_event(app_id, EventKind.INTERVIEW, date(2026, 10, 12))
    repo.add_event(app_id, EventKind.INTERVIEW, date(2026, 10, 19))
    return app_id


def complete_answers(answers: WizardAnswers) -> WizardAnswers:
    """Fill what Finish requires, the way a person would."""
    answers.how_heard = "Email"
    answers.contact_name = "Sam Rivera"
    answers.contact_email = "sam@acme.example"
    answers.your_name = "Alex Kim"
    answers.feedback_status = FEEDBACK_NONE
    answers.request.enabled = True
    answers.request.subject = "A short request"
    answers.request.body = "Hi Sam, could you share feedback?"
    answers.decision = DECISION_SIMILAR
    answers.thank_you.enabled = True
    answers.thank_you.subject = "Thank you"
    answers.thank_you.body = "Thanks for your time."
    answers.keep_in_touch_on = date(2027, 2, 1)
    answers.reapply_after = date(2027, 6, 1)
    answers.factors = ["Timing"]
    return answers


def test_a_new_reflection_is_prefilled_from_the_timeline(database) -> None:  # type: ignore[no-untyped-def]
    app_id = _interviewed(database)
    draft = ReflectionService(database).start(app_id, TODAY)
    assert draft.step is Step.WHAT_HAPPENED
    assert draft.answers.stage_reached == "Interview round 2"
    assert [s.stage for s in draft.answers.stages] == [
        "Research and preparation",
        "Application materials",
        "Screening call",
        "Interview round 1",
        "Interview round 2",
        "Follow-up",
    ]
    assert draft.answers.rejected_on == TODAY


def test_draft_resumes_on_the_same_page_with_every_answer(database) -> None:  # type: ignore[no-untyped-def]
    service = ReflectionService(database)
    app_id = _interviewed(database)
    draft = service.start(app_id, TODAY)
    draft.answers.reason = "They went with someone more senior"
    draft.answers.stages[0].score = 5
    draft.answers.goals = [GoalAnswer("SQL", due_on=date(2027, 1, 1))]
    service.save_draft(draft.reflection_id, Step.STEP_BACK, draft.answers)

    again = service.start(app_id, TODAY)
    assert again.reflection_id == draft.reflection_id
    assert again.step is Step.STEP_BACK
    assert again.answers == draft.answers
    assert [s.company for s in service.unfinished()] == ["Acme"]


def test_finish_writes_everything_once_and_keeps_the_history(database) -> None:  # type: ignore[no-untyped-def]
    service = ReflectionService(database)
    app_id = _interviewed(database)
    other = ApplicationRepository(database).add(
        ApplicationData("Globex", "Analyst", status=Status.APPLIED), today=TODAY
    )
    draft = service.start(app_id, TODAY)
    answers = complete_answers(draft.answers)
    answers.stages[3].score = 1
    answers.goals = [GoalAnswer("Interview answers", link="https://example.org/course")]
    answers.next_actions = [NextActionAnswer(other, "Globex", "Follow up", date(2026, 11, 27))]

    result = service.finish(draft.reflection_id, answers, TODAY)
    assert len(result.message_ids) == 2

    with database.sessions() as session:
        reflection = session.get(Reflection, draft.reflection_id)
        assert reflection is not None
        assert reflection.state == "completed"
        assert reflection.feedback_requested_on == TODAY
        assert session.scalar(select(func.count(StageRating.id))) == 6
        assert session.scalar(select(func.count(LearningGoal.id))) == 1
        purposes = sorted(m.purpose for m in session.scalars(select(OutboxMessage)))
        assert purposes == ["feedback_request", "thank_you"]
        contact = session.scalars(select(Contact)).one()
        assert contact.keep_in_touch_on == date(2027, 2, 1)
        assert session.scalars(select(CompanyReapply)).one().reapply_after == date(2027, 6, 1)
        pursued = session.get(Application, other)
        assert pursued is not None
        assert pursued.next_action_on == date(2026, 11, 27)
    kinds = [e.kind for e in ApplicationRepository(database).events(app_id)]
    assert kinds == [
        EventKind.APPLIED,
        EventKind.SCREEN,
        EventKind.INTERVIEW,
        EventKind.INTERVIEW,
        EventKind.REJECTED,
    ]
    with pytest.raises(AlreadyFinishedError):
        service.finish(draft.reflection_id, answers, TODAY)
    reminders = LearningGoalRepository(database).reminders(TODAY)
    assert [r.kind for r in reminders] == ["next_action"]


def test_finish_with_missing_answers_changes_nothing(database) -> None:  # type: ignore[no-untyped-def]
    service = ReflectionService(database)
    draft = service.start(_interviewed(database), TODAY)
    with pytest.raises(IncompleteAnswersError) as raised:
        service.finish(draft.reflection_id, draft.answers, TODAY)
    assert raised.value.step is Step.WHAT_HAPPENED
    with database.sessions() as session:
        assert session.scalar(select(func.count(OutboxMessage.id))) == 0
        assert session.get(Reflection, draft.reflection_id).state == "draft"  # type: ignore[union-attr]


def test_an_already_rejected_application_gets_no_second_event(database) -> None:  # type: ignore[no-untyped-def]
    service = ReflectionService(database)
    app_id = _interviewed(database)
    ApplicationRepository(database).set_status(app_id, Status.REJECTED, date(2026, 10, 25))
    draft = service.start(app_id, TODAY)
    assert draft.answers.rejected_on == date(2026, 10, 25)
    service.finish(draft.reflection_id, complete_answers(draft.answers), TODAY)
    kinds = [e.kind for e in ApplicationRepository(database).events(app_id)]
    assert kinds.count(EventKind.REJECTED) == 1


def test_feedback_that_arrives_later_counts_as_a_reply(database) -> None:  # type: ignore[no-untyped-def]
    service = ReflectionService(database)
    draft = service.start(_interviewed(database), TODAY)
    service.finish(draft.reflection_id, complete_answers(draft.answers), TODAY)
    facts, _ = service.insight_facts()
    assert facts[0].feedback_requested_on is None  # still in the outbox: nobody asked yet
    outbox = OutboxRepository(database)
    request = next(r for r in outbox.rows() if r.purpose == "feedback_request")
    outbox.mark_sent(request.id, datetime(2026, 11, 21, 9, 0), date(2026, 11, 21))
    service.record_feedback(draft.reflection_id, "More SQL depth", date(2026, 11, 24))
    facts, _ = service.insight_facts()
    assert facts[0].feedback_requested_on == date(2026, 11, 21)
    assert facts[0].feedback_received_on == date(2026, 11, 24)
    assert facts[0].beyond_control
    report = service.report(draft.reflection_id)
    assert report.title == "Data Analyst at Acme"
