"""Checks on what a person types into an email header, before anything touches the network.

A header value with a line break could smuggle in extra headers or recipients (header
injection), so CR, LF, NUL and the Unicode line separators are refused outright rather than
cleaned up. An address field takes exactly one address: a comma would add recipients the
person never saw.
"""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

# Characters that end a header line somewhere along the way (SMTP, MIME, a mail client).
_LINE_BREAKS = frozenset("\r\n\x00\u2028\u2029\x85\x0b\x0c")
MAX_SUBJECT = 900


class HeaderValueError(ValueError):
    """A header value that must not be sent; `field` names the input it came from."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def has_line_break(value: str) -> bool:
    return any(char in _LINE_BREAKS for char in value)


def check_header_text(field: str, value: str, *, label: str) -> str:
    """The value unchanged, or HeaderValueError when it would break the header."""
    if has_line_break(value):
        raise HeaderValueError(field, f"The {label} must be a single line.")
    if len(value) > MAX_SUBJECT:
        raise HeaderValueError(field, f"Keep the {label} under {MAX_SUBJECT} characters.")
    return value


def normalize_address(field: str, value: str, *, label: str = "address") -> str:
    """One email address in its normal form, checked without any DNS lookup."""
    if has_line_break(value):
        raise HeaderValueError(field, f"The {label} must be a single line.")
    text = value.strip()
    if not text:
        raise HeaderValueError(field, f"Enter the {label}.")
    if "," in text or ";" in text:
        raise HeaderValueError(field, f"Enter one {label} only.")
    if "<" in text or ">" in text or '"' in text:
        raise HeaderValueError(field, f"Enter just the {label}, like name@example.com.")
    try:
        result = validate_email(text, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as error:
        raise HeaderValueError(field, not_an_address(label, str(error))) from None
    return str(result.normalized)


def not_an_address(label: str, reason: str) -> str:
    """Why an address was refused, as one sentence, wherever it is shown.

    The validator speaks in sentences of its own ("The part after the @-sign is not valid. It
    should have a period."); after our colon they continue ours: "This email address doesn't
    look right: the part after the @-sign is not valid; it should have a period."
    """
    parts = [_lower_first(part) for part in reason.strip().rstrip(".").split(". ") if part]
    return f"This {label} doesn't look right: {'; '.join(parts)}."


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():  # a word, not an acronym
        return text[0].lower() + text[1:]
    return text


def address_domain(address: str) -> str:
    """The part after the @ (used for the Message-ID)."""
    return address.rpartition("@")[2]
