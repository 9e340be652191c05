"""A message's kind, decided by the sentences its sender wrote (never the quoted thread)."""

from __future__ import annotations

import re

from nextmove.domain.inbox import phrases
from nextmove.domain.inbox.model import Classification, IncomingMail, Kind
from nextmove.domain.inbox.text import fold, new_text, sentences

_GREETING = re.compile(
    r"^(hi|hello|hey|dear|hallo|guten tag|liebe[rn]?|sehr geehrte[rn]?|bonjour|hola"
    r"|estimad[oa]s?|buenos dias)\b"
)


_SIGN_OFF = re.compile(
    r"^(best|regards|kind regards|thanks|cheers|hope this helps|viele gruesse|beste gruesse|"
    r"mit freundlichen|cordialement|bien a vous|saludos|un saludo|atentamente)\b"
)
_NEED_CONTEXT = frozenset({Kind.REJECTION, Kind.INTERVIEW, Kind.OFFER})


MAX_SENTENCE = 600
_JOINED: dict[int, re.Pattern[str]] = {}


def _joined(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern for a whole list: one pass over a sentence instead of one per phrase."""
    key = id(patterns)
    if key not in _JOINED:
        _JOINED[key] = re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    return _JOINED[key]


def _first(patterns: tuple[re.Pattern[str], ...], folded: list[str]) -> int | None:
    joined = _joined(patterns)
    for index, sentence in enumerate(folded):
        if joined.search(sentence):
            return index
    return None


def _feedback_text(own: list[str], start: int, most: int = 4) -> str:
    """Feedback is more than one sentence: the deciding one and what follows, up to the
    sign-off (a short line such as "Best," or a name)."""
    kept = [own[start]]
    for sentence in own[start + 1 : start + most]:
        if len(sentence) < 25 or _SIGN_OFF.match(fold(sentence)):
            break
        kept.append(sentence)
    return " ".join(kept)


def classify(mail: IncomingMail, *, related: bool = False) -> Classification:
    """The kind of `mail` and the sentence that decided it.

    `related` says the sender or the text already names a tracked application; otherwise a
    rejection, an interview or an offer also needs some word about looking for work.
    """
    own = sentences(new_text(mail.body))
    # A "sentence" of thousands of characters (a newsletter without full stops) is cut: the
    # phrases that decide a kind sit in ordinary sentences.
    folded = [fold(sentence[:MAX_SENTENCE]) for sentence in own]
    subject = fold(mail.subject)

    alert = _first(phrases.UNSOLICITED, [*folded, subject])
    if alert is not None or mail.bulk:
        evidence = own[alert] if alert is not None and alert < len(own) else mail.subject
        return Classification(Kind.OTHER, evidence, unsolicited=True)

    if phrases.FEEDBACK_SUBJECT.search(subject):
        # A reply to the person's own feedback request: its first real sentence is the answer.
        decided = _first(phrases.FEEDBACK, folded)
        if decided is None:
            decided = next(
                (i for i, s in enumerate(folded) if not _GREETING.match(s) and len(s) > 25), None
            )
        if decided is not None:
            return Classification(Kind.FEEDBACK, _feedback_text(own, decided))

    about_work = related or bool(phrases.JOB_CONTEXT.search(" ".join([subject, *folded])))
    for kind, patterns in phrases.PRECEDENCE:
        if kind in _NEED_CONTEXT and not about_work:
            continue
        decided = _first(patterns, folded)
        if decided is not None:
            if kind is Kind.FEEDBACK:
                return Classification(kind, _feedback_text(own, decided))
            return Classification(kind, own[decided])
    for kind, patterns in phrases.PRECEDENCE:
        if kind is Kind.FEEDBACK or (kind in _NEED_CONTEXT and not about_work):
            continue
        if _first(patterns, [subject]) is not None:
            return Classification(kind, mail.subject)

    mailing = _first(phrases.MAILING, folded) is not None
    return Classification(Kind.OTHER, "", unsolicited=mailing)
