"""The board's shape: which status has a column, in what order, and how long a card has sat.

Plain rules the board view and its tests share: open stages first in the order a job hunt
goes, the closed ones at the end (shown collapsed until opened).
"""

from __future__ import annotations

from datetime import date

from nextmove.domain.status import CLOSED_STATUSES, Status

# One column per status, in the order a card travels across the board.
BOARD_STATUSES: tuple[Status, ...] = tuple(Status)
OPEN_COLUMNS: tuple[Status, ...] = tuple(s for s in BOARD_STATUSES if s not in CLOSED_STATUSES)
CLOSED_COLUMNS: tuple[Status, ...] = tuple(s for s in BOARD_STATUSES if s in CLOSED_STATUSES)


def neighbour(status: Status, step: int) -> Status | None:
    """The column `step` places to the right (negative: left), or None past either end."""
    position = BOARD_STATUSES.index(status) + step
    if 0 <= position < len(BOARD_STATUSES):
        return BOARD_STATUSES[position]
    return None


def days_in_stage(since: str | None, today: date) -> int | None:
    """Whole days since the card entered its stage (ISO date), None when nobody knows."""
    if not since:
        return None
    try:
        entered = date.fromisoformat(since)
    except ValueError:
        return None
    return max(0, (today - entered).days)
