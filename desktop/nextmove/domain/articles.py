""" "a" or "an" before a role, chosen by how the first word sounds, not how it is spelled.

"an Engineering Manager", "a UX Designer", "an MBA graduate", "a European Sales Lead",
"an hour-long", "an 18-month contract": the email goes out under the person's name, so
the article must read right for any role they type.
"""

from __future__ import annotations

import re
import unicodedata

# Letters whose names start with a vowel sound: "an F", "an M", "an SRE", "an X-ray".
_VOWEL_SOUND_LETTERS = frozenset("aefhilmnorsx")
# Acronyms said as words, not letter by letter ("a NASA contract", "a FAANG interview").
_SPOKEN_ACRONYMS = frozenset(
    {"nasa", "nato", "faang", "unicef", "unesco", "fifa", "swat", "scuba", "laser", "radar",
     "asap", "opec", "ofsted", "ofcom", "gif", "jpeg", "captcha", "covid", "nosql"}
)  # fmt: skip
# Words spelled with a vowel but said with a "y"/"w" sound: "a university", "a one-off".
_CONSONANT_SOUND_PREFIXES = (
    "eu", "ewe", "ubiq", "uga", "ukr", "uku", "unan", "unes", "univ", "unif", "unic",
    "uniq", "unit", "unix", "unis", "unil", "unio", "ura", "ure", "uri", "uro", "usa",
    "use", "usi", "usu", "ute", "uti", "uto", "once", "oneself",
)  # fmt: skip
# Words spelled with a consonant but said with a vowel sound (a silent h).
_VOWEL_SOUND_PREFIXES = ("hour", "honest", "honor", "honour", "heir")

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d[\d,]*")


def indefinite_article(phrase: str) -> str:
    """ "a" or "an" for the phrase that follows it."""
    match = _TOKEN.search(phrase)
    if match is None:
        return "a"
    return "an" if _starts_with_vowel_sound(match.group(0)) else "a"


def with_article(phrase: str, *, capital: bool = False) -> str:
    """The phrase after its article, the phrase itself unchanged: "an Engineering Manager"."""
    article = indefinite_article(phrase)
    if capital:
        article = article.capitalize()
    return f"{article} {phrase}"


def _starts_with_vowel_sound(token: str) -> bool:
    if token[0].isdigit():
        return _number_starts_with_vowel_sound(token)
    lower = _plain(token.lower())
    if _read_as_letters(token) and lower not in _SPOKEN_ACRONYMS:
        return lower[0] in _VOWEL_SOUND_LETTERS
    if lower == "one" or lower.startswith(_CONSONANT_SOUND_PREFIXES):
        return False
    if lower.startswith(_VOWEL_SOUND_PREFIXES):
        return True
    return lower[0] in "aeiou"


def _read_as_letters(token: str) -> bool:
    """A single letter ("X-ray", "A/B"), an all-capital acronym ("SRE", "MBA"), one that
    starts with two capitals ("MLOps", "MSc" is two letters and a small one), or a small
    letter before a capital ("iOS", "eCommerce")."""
    if len(token) == 1:
        return True
    if token.isupper():
        return True
    if token[0].isupper() and token[1].isupper():
        return True
    if token[0].islower() and token[1].isupper():
        return True
    return len(token) <= 3 and sum(c.isupper() for c in token) >= 2


def _number_starts_with_vowel_sound(token: str) -> bool:
    """ "an 8-week", "an 11-month", "an 18,000", but "a 1", "a 110", "a 1,800"."""
    match = _DIGITS.match(token)
    digits = match.group(0) if match else token
    groups = digits.split(",")
    lead = groups[0] if len(groups) > 1 else digits
    if len(groups) == 1 and len(lead) > 3:
        # 11000 is "eleven thousand": the leading group is what is said first.
        size = len(lead) % 3 or 3
        lead = lead[:size]
    if lead.startswith("8"):
        return True
    return lead in ("11", "18")


def _plain(word: str) -> str:
    """Accents off the letters ("élan" reads like "elan")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)) or word
