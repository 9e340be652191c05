"""The Cc and Bcc fields of the compose window: several addresses each, checked one by one."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from nextmove.domain.recipients import split_addresses
from nextmove.storage.outbox import OutboxRow


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


def everyone(row: OutboxRow) -> str:
    """Who an outbox message went to, as the person wrote it (Cc and Bcc named as such)."""
    text = row.to_address
    if row.cc_addresses:
        text += f" (Cc {row.cc_addresses})"
    if row.bcc_addresses:
        text += f" (Bcc {row.bcc_addresses})"
    return text
