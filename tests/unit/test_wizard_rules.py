"""The wizard's rules without Qt or a database."""

from __future__ import annotations

from datetime import date

from nextmove.domain.reflection_report import build_report, escape_markdown, to_markdown
from nextmove.domain.wizard import (
    DECISION_SIMILAR,
    FEEDBACK_GENERIC,
    FEEDBACK_RECEIVED,
    UNRATED,
    ExpertAnswer,
    GoalAnswer,
    MessageDraft,
    StageAnswer,
    Step,
    WizardAnswers,
    add_implied_stages,
    celebrate,
    improve,
    interview_rounds,
    stage_group,
    stage_reached,
    stages_from_timeline,
    suggest_goals,
    summary_lines,
)
from nextmove.domain.wizard_checks import validate_step

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


def test_a_queued_email_with_an_unfilled_placeholder_is_refused_next_to_it() -> None:
    answers = WizardAnswers(contact_name="Sam Rivera", contact_email="sam@acme.example")
    answers.thank_you = MessageDraft("thank_you", "Thanks", "Hi Sam,\n\n{your_name}", True)
    assert "Your name" in validate_step(Step.BRIDGES, answers, TODAY)["thank_you"]
    answers.thank_you.enabled = False  # not sent: nothing to refuse
    assert validate_step(Step.BRIDGES, answers, TODAY) == {}
    answers.thank_you = MessageDraft("thank_you", "About {role}", "Hi", True)
    assert "{role}" in validate_step(Step.BRIDGES, answers, TODAY)["thank_you"]
    # On the experts page the names are filled per person, but the signature is not.
    answers.experts = [ExpertAnswer("Morgan Lee", "morgan@mentors.example")]
    answers.experts_message = MessageDraft("experts", "Advice?", "Hi {first_name}", True)
    assert validate_step(Step.EXPERTS, answers, TODAY) == {}
    answers.experts_message.body += "\n{your_name}"
    assert "Your name" in validate_step(Step.EXPERTS, answers, TODAY)["experts"]


def test_page_one_needs_a_real_address_and_a_name_to_sign_with() -> None:
    answers = WizardAnswers(rejected_on=TODAY, how_heard="Email", contact_email="sam@acme")
    assert (
        "doesn't look right" in validate_step(Step.WHAT_HAPPENED, answers, TODAY)["contact_email"]
    )
    answers.contact_email = "sam@acme.example"
    assert set(validate_step(Step.WHAT_HAPPENED, answers, TODAY)) == {"your_name"}
    answers.your_name = "Alex Kim"
    assert validate_step(Step.WHAT_HAPPENED, answers, TODAY) == {}
    answers.contact_email = ""
    answers.your_name = ""
    assert validate_step(Step.WHAT_HAPPENED, answers, TODAY) == {}  # no email, no signature


def test_the_stage_reached_adds_the_stages_it_implies() -> None:
    stages = [StageAnswer(n) for n in ("Research and preparation", "Follow-up")]
    names = [s.stage for s in add_implied_stages(stages, "Second interview")]
    assert names == [
        "Research and preparation",
        "Interview round 1",
        "Interview round 2",
        "Follow-up",
    ]
    assert interview_rounds("Interview round 3") == 3
    assert interview_rounds("Final interview") == 1
    assert interview_rounds("Assessment") == 0
    kept = [StageAnswer("Interview round 1", 2, "my note"), StageAnswer("Follow-up")]
    assert add_implied_stages(kept, "Interview round 1") == kept


def test_unrated_stages_are_left_out_of_celebrate_improve_and_goals() -> None:
    stages = [StageAnswer("Research and preparation"), StageAnswer("Interview round 1", 4)]
    assert stages[0].score == UNRATED
    assert [s.stage for s in celebrate(stages)] == ["Interview round 1"]
    assert improve(stages) == []
    assert [g.skill for g in suggest_goals(stages)] == ["Interview answers"]
    report = to_markdown(build_report("Acme", "Analyst", WizardAnswers(stages=stages), TODAY))
    assert "- Research and preparation: not rated" in report


def test_a_mistyped_or_unclosed_placeholder_never_reaches_the_outbox() -> None:
    answers = WizardAnswers(
        rejected_on=TODAY, contact_name="Sam Rivera", contact_email="sam@acme.example"
    )
    answers.feedback_status = "none"
    answers.request = MessageDraft("feedback_request", "Feedback", "About {compnay} {role", True)
    message = validate_step(Step.FEEDBACK, answers, TODAY)["request"]
    assert "{compnay} is not a placeholder" in message
    assert "Did you mean {company}?" in message
    answers.request.body = "About the {role"
    assert "missing its closing brace" in validate_step(Step.FEEDBACK, answers, TODAY)["request"]
    answers.request.enabled = False  # not queued: nothing to refuse
    assert "request" not in validate_step(Step.FEEDBACK, answers, TODAY)
    answers.thank_you = MessageDraft("thank_you", "Thanks", "Hi {frist_name}", True)
    assert "{frist_name}" in validate_step(Step.BRIDGES, answers, TODAY)["thank_you"]


def test_the_person_who_ran_the_process_is_not_asked_about_it_as_an_expert() -> None:
    answers = WizardAnswers(contact_name="Sam Rivera", contact_email="sam@acme.example")
    answers.experts = [ExpertAnswer("Sam Rivera", "Sam@Acme.example")]
    answers.experts_message = MessageDraft("experts", "Advice?", "Hi {first_name}", True)
    assert "already hears from you" in validate_step(Step.EXPERTS, answers, TODAY)["experts"]
    answers.experts = [ExpertAnswer("Morgan Lee", "morgan@mentors.example")]
    assert validate_step(Step.EXPERTS, answers, TODAY) == {}


def test_an_address_problem_reads_as_one_clean_sentence() -> None:
    answers = WizardAnswers(rejected_on=TODAY, how_heard="Email", contact_email="sam@acme")
    message = validate_step(Step.WHAT_HAPPENED, answers, TODAY)["contact_email"]
    assert message == (
        "This email address doesn't look right: "
        "the part after the @-sign is not valid; it should have a period."
    )
    answers.contact_email = "sam"
    message = validate_step(Step.WHAT_HAPPENED, answers, TODAY)["contact_email"]
    assert message == (
        "This email address doesn't look right: an email address must have an @-sign."
    )
