"""What stops an email in the compose window, as field name -> a sentence for that field.

Kept apart from the dialog so the rules read in one place: the address and header checks of
`mail.compose`, an empty message, and placeholders nothing could fill ({your_name} most of all:
a recruiter must never read "Best regards, {your_name}").
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from nextmove.domain.addresses import HeaderValueError
from nextmove.domain.templates import unfilled
from nextmove.mail.compose import Draft, check_draft


def compose_errors(draft: Draft, *, name_missing: bool) -> dict[str, str]:
    """Errors for the compose fields (account, your_name, to, subject, body); empty when the
    email may leave. `name_missing`: the account has no name and none was typed."""
    errors: dict[str, str] = {}
    if name_missing:
        errors["your_name"] = QCoreApplication.translate(
            "ComposeDialog", "Add your name: it shows who the email is from and fills {your_name}."
        )
    address = draft.from_address or "placeholder@example.com"
    try:
        check_draft(replace(draft, from_address=address))
    except HeaderValueError as error:
        field = {"from_address": "account", "from_name": "account"}.get(error.field, error.field)
        errors.setdefault(field, QCoreApplication.translate("ComposeDialog", error.message))
    if not draft.body.strip():
        errors.setdefault(
            "body", QCoreApplication.translate("ComposeDialog", "Write a message before sending.")
        )
    for field, text in (("subject", draft.subject), ("body", draft.body)):
        missing = unfilled(text)
        if not missing or (field in errors and "{" not in errors[field]):
            continue
        if missing == ["your_name"] and name_missing:
            errors[field] = QCoreApplication.translate(
                "ComposeDialog", "Type your name above to fill {your_name}."
            )
            continue
        names = ", ".join("{" + key + "}" for key in missing)
        errors[field] = QCoreApplication.translate(
            "ComposeDialog",
            "Replace {names} with your own words: there is nothing to fill it with here.",
        ).replace("{names}", names)
    return errors
