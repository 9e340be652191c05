"""What each wizard page needs before Next: field name -> the message shown next to that field.

The same checks run again at Finish, so nothing the pages would refuse (a bad address, an
email still saying "{your_name}") can reach the outbox by another path.
"""

from __future__ import annotations

from datetime import date

from nextmove.domain.addresses import HeaderValueError, normalize_address
from nextmove.domain.application import validate_url
from nextmove.domain.recipients import check_addresses
from nextmove.domain.template_check import placeholder_problems
from nextmove.domain.templates import unfilled
from nextmove.domain.wizard import (
    DECISION_ADJUST,
    DECISION_SIMILAR,
    FEEDBACK_NONE,
    MessageDraft,
    Step,
    WizardAnswers,
    queued_feedback_messages,
)

# Where the person fills each placeholder in, for the message that says so.
_WHERE = {
    "your_name": "Fill in “Your name” on the first page, so the email is signed.",
    "first_name": "Fill in the contact's name on the first page.",
    "contact_name": "Fill in the contact's name on the first page.",
}
# On the experts page these are filled per person when the message is queued.
_PER_PERSON = frozenset({"first_name", "contact_name"})


def address_problem(value: str, label: str = "email address") -> str | None:
    """None for a usable address, else what is wrong with it (no DNS lookup)."""
    try:
        normalize_address("address", value, label=label)
    except HeaderValueError as error:
        return error.message
    return None


def message_problem(message: MessageDraft, keep: frozenset[str] = frozenset()) -> str | None:
    """A queued message must not go out with a placeholder nobody filled in."""
    if not message.enabled:
        return None
    text = message.subject + "\n" + message.body
    names = unfilled(text, keep)
    if not names:
        # A mistyped or unclosed placeholder (say from an edited template) would reach the
        # recipient as "{compnay}": refuse it just like a known one left unfilled.
        problems = placeholder_problems(text)
        if problems:
            return f"{problems[0]} Fix it in the email above before it is queued."
        return None
    first = names[0]
    return _WHERE.get(
        first, f"The email still says {{{first}}}: replace it with the words you mean."
    )


def _same_address(one: str, other: str) -> bool:
    return bool(other.strip()) and one.strip().casefold() == other.strip().casefold()


def validate_step(step: Step, answers: WizardAnswers, today: date) -> dict[str, str]:
    checks = {
        Step.WHAT_HAPPENED: _what_happened,
        Step.FEEDBACK: _feedback,
        Step.REFLECT: _reflect,
        Step.STEP_BACK: _step_back,
        Step.UPSKILL: _upskill,
        Step.BRIDGES: _bridges,
        Step.EXPERTS: _experts,
        Step.NEXT_MOVE: _next_move,
    }
    check = checks.get(step)
    return check(answers, today) if check else {}


def _what_happened(answers: WizardAnswers, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if answers.rejected_on is None:
        errors["rejected_on"] = "When did you hear back?"
    elif answers.rejected_on > today:
        errors["rejected_on"] = "That date is in the future."
    if not answers.how_heard:
        errors["how_heard"] = "Choose how the news came."
    if answers.contact_email:
        problem = address_problem(answers.contact_email)
        if problem:
            errors["contact_email"] = problem
        elif not answers.your_name.strip():
            # An email address means emails will be offered, and they need a signature.
            errors["your_name"] = "Add your name: it signs the emails you send them."
    return errors


def _feedback(answers: WizardAnswers, today: date) -> dict[str, str]:
    del today
    errors: dict[str, str] = {}
    if not answers.feedback_status:
        errors["feedback_status"] = "Choose where things stand with feedback."
    elif answers.feedback_status != FEEDBACK_NONE and not answers.feedback_text.strip():
        errors["feedback_text"] = "Write down what they said, even in a few words."
    queued = queued_feedback_messages(answers)
    if queued and not answers.contact_email:
        errors["request"] = "Add the contact's email on the first page to queue an email."
    else:
        for message in queued:
            problem = message_problem(message)
            if problem:
                errors["request"] = problem
                break
    return errors


def _reflect(answers: WizardAnswers, today: date) -> dict[str, str]:
    del today
    if not any(s.stage.strip() for s in answers.stages):
        return {"stages": "Keep at least one stage to rate."}
    if any(not s.stage.strip() for s in answers.stages):
        return {"stages": "Give every stage a name, or remove it."}
    return {}


def _step_back(answers: WizardAnswers, today: date) -> dict[str, str]:
    del today
    if answers.decision not in (DECISION_SIMILAR, DECISION_ADJUST):
        return {"decision": "Choose how you want to go on."}
    return {}


def _upskill(answers: WizardAnswers, today: date) -> dict[str, str]:
    del today
    for goal in answers.goals:
        if not goal.skill.strip():
            return {"goals": "Give every learning goal a skill, or remove it."}
        if validate_url(goal.link) is not None:
            return {"goals": f"The link for “{goal.skill}” is not a web address."}
    return {}


def _bridges(answers: WizardAnswers, today: date) -> dict[str, str]:
    del today
    message = answers.thank_you
    if message.enabled and not answers.contact_email:
        return {"thank_you": "Add the contact's email on the first page to queue this."}
    if message.enabled and not message.body.strip():
        return {"thank_you": "The message is empty."}
    if message.enabled and answers.thank_you_also.strip():
        try:
            check_addresses("thank_you", answers.thank_you_also, label="address", required=False)
        except HeaderValueError as error:
            return {"thank_you": f"Also thank: {error.message}"}
    problem = message_problem(message)
    return {"thank_you": problem} if problem else {}


def _experts(answers: WizardAnswers, today: date) -> dict[str, str]:
    del today
    sending = answers.experts_message.enabled
    for expert in answers.experts:
        if not expert.name.strip():
            return {"experts": "Give every person a name, or remove them."}
        if sending and not expert.email.strip():
            return {"experts": f"Add an email address for {expert.name} to queue a message."}
        if expert.email.strip():
            problem = address_problem(expert.email, f"email address for {expert.name}")
            if problem:
                return {"experts": problem}
            if sending and _same_address(expert.email, answers.contact_email):
                return {
                    "experts": f"{expert.name} already hears from you about this application. "
                    "Ask someone outside the process, or remove them."
                }
    if answers.experts:
        problem = message_problem(answers.experts_message, _PER_PERSON)
        if problem:
            return {"experts": problem}
    return {}


def _next_move(answers: WizardAnswers, today: date) -> dict[str, str]:
    del today
    for item in answers.next_actions:
        if item.due_on is None:
            return {"next_actions": f"Pick a date for “{item.label}”."}
    return {}
