"""The Cc and Bcc fields of the compose window: several addresses each, checked one by one."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from nextmove.domain.recipients import split_addresses


def address_field(name: str, accessible: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    return field


def preview_copies(cc: str, bcc: str, hidden_note: str) -> str:
    """The preview's Cc and Bcc lines (Bcc only for the person writing: no copy carries it)."""
    lines = ""
    if split_addresses(cc):
        lines += f"Cc: {', '.join(split_addresses(cc))}\n"
    if split_addresses(bcc):
        lines += f"Bcc: {', '.join(split_addresses(bcc))} {hidden_note}\n"
    return lines
