"""The wizard's rules without Qt or a database."""

from __future__ import annotations

from datetime import date

from nextmove.domain.reflection_report import build_report, escape_markdown, to_markdown
from nextmove.domain.wizard import (
    DECISION_SIMILAR,
    FEEDBACK_GENERIC,
    FEEDBACK_RECEIVED,
    GoalAnswer,
    StageAnswer,
    Step,
    WizardAnswers,
    celebrate,
    improve,
    stage_group,
    stage_reached,
    stages_from_timeline,
    suggest_goals,
    summary_lines,
    validate_step,
)

TODAY = date(2026, 11, 20)


def _stages(*scores: int) -> list[StageAnswer]:
    names = ["Research and preparation", "Application materials", "Interview round 1"]
    return [StageAnswer(name, score) for name, score in zip(names, scores, strict=False)]


def test_timeline_becomes_stages_with_each_interview_round() -> None:
    kinds = ["applied", "screen", "interview", "interview", "rejected"]
    assert stages_from_timeline(kinds) == [
        "Research and preparation",
        "Application materials",
        "Screening call",
        "Interview round 1",
        "Interview round 2",
        "Follow-up",
    ]
    assert stage_reached(kinds) == "Interview round 2"
    assert stage_reached(["applied"]) == "Application"


def test_celebrate_high_scores_and_improve_low_ones() -> None:
    stages = _stages(5, 2, 4)
    assert [s.stage for s in celebrate(stages)] == ["Research and preparation", "Interview round 1"]
    assert [s.stage for s in improve(stages)] == ["Application materials"]


def test_when_nothing_is_low_the_clear_weak_spot_is_still_named() -> None:
    assert [s.stage for s in improve(_stages(4, 3, 5))] == ["Application materials"]
    assert improve(_stages(3, 3, 3)) == []  # all equal: nothing stands out
    assert improve(_stages(4, 5, 4)) == []


def test_a_learning_goal_is_suggested_from_the_lowest_stage() -> None:
    goals = suggest_goals(_stages(4, 5, 1))
    assert [g.skill for g in goals] == ["Interview answers"]
    assert "Mock interviews" in goals[0].course
    assert suggest_goals([StageAnswer("Portfolio review", 2)])[0].skill == "Portfolio review"
    assert suggest_goals([]) == []


def test_stage_groups_ignore_round_numbers() -> None:
    assert stage_group("Interview round 3") == "Interview"
    assert stage_group("interview 2") == "Interview"
    assert stage_group("Assessment") == "Assessment"


def test_answers_survive_a_round_trip_through_the_draft_format() -> None:
    answers = WizardAnswers(rejected_on=TODAY, how_heard="Email", stages=_stages(1, 2, 3))
    answers.goals = [GoalAnswer("SQL", due_on=date(2027, 1, 31))]
    answers.thank_you.enabled = True
    answers.thank_you.body = "Thank you"
    again = WizardAnswers.from_dict(answers.to_dict())
    assert again == answers
    assert WizardAnswers.from_dict({"from_a_newer_version": 1}) == WizardAnswers()


def test_validation_names_the_field_that_needs_an_answer() -> None:
    answers = WizardAnswers(rejected_on=date(2027, 1, 1))
    errors = validate_step(Step.WHAT_HAPPENED, answers, TODAY)
    assert set(errors) == {"rejected_on", "how_heard"}
    answers.feedback_status = FEEDBACK_RECEIVED
    assert set(validate_step(Step.FEEDBACK, answers, TODAY)) == {"feedback_text"}
    answers.thanks.enabled = True
    answers.feedback_text = "Needed more SQL"
    assert set(validate_step(Step.FEEDBACK, answers, TODAY)) == {"request"}  # no email yet
    answers.stages = [StageAnswer("")]
    assert set(validate_step(Step.REFLECT, answers, TODAY)) == {"stages"}
    assert set(validate_step(Step.STEP_BACK, answers, TODAY)) == {"decision"}
    answers.goals = [GoalAnswer("SQL", link="not a link")]
    assert "not a web address" in validate_step(Step.UPSKILL, answers, TODAY)["goals"]


def test_summary_and_report_say_what_was_decided() -> None:
    answers = WizardAnswers(
        stage_reached="Interview round 1",
        feedback_status=FEEDBACK_GENERIC,
        stages=_stages(5, 1, 3),
        decision=DECISION_SIMILAR,
        factors=["Timing"],
    )
    lines = summary_lines(answers)
    assert "Celebrate and repeat: Research and preparation." in lines
    assert "Work on: Application materials." in lines
    assert "You'll keep looking for similar roles." in lines
    report = build_report("Acme", "Analyst", answers, TODAY)
    assert report.title == "Analyst at Acme"
    assert [s.title for s in report.sections] == [
        "What happened",
        "Feedback",
        "The stages",
        "A step back",
        "Beyond your control",
    ]
    markdown = to_markdown(report)
    assert "- Application materials: 1/5" in markdown
    assert "**Decision:** Keep looking for similar roles" in markdown


def test_markdown_export_escapes_the_persons_own_markup() -> None:
    assert escape_markdown("**bold** <script>") == r"\*\*bold\*\* \<script\>"
    assert (
        escape_markdown("# not a heading\n- not a bullet") == "\\# not a heading\n\\- not a bullet"
    )
