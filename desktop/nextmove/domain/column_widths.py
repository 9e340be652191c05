"""Share a table's width out among its columns, so it fits without a horizontal scrollbar.

Plain arithmetic, no Qt: the tracker table asks this on every resize. Spare room goes to the
columns that grow (Role and Company, by weight); missing room is taken from the columns that
may shrink, each in proportion to what it has above its minimum. The key columns' text is
never squeezed while the others can still give.
"""

from __future__ import annotations

from collections.abc import Sequence


def _share(amount: int, weights: Sequence[float]) -> list[int]:
    """`amount` split by `weights` into whole pixels that add up to `amount` exactly."""
    total = sum(weights)
    if amount <= 0 or total <= 0:
        return [0] * len(weights)
    shares = [int(amount * w / total) for w in weights]
    left = amount - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: -weights[i])
    for i in order[:left]:
        shares[i] += 1
    return shares


def fit_widths(
    preferred: Sequence[int],
    minimum: Sequence[int],
    grow: Sequence[float],
    squeeze_last: Sequence[bool],
    available: int,
) -> list[int]:
    """Widths for columns wanting `preferred` in `available` pixels.

    `grow` weights how spare room is shared (0: keeps its width); when room is short, the
    columns with `squeeze_last` False give first (down to `minimum`), then the others. When
    even the minimums do not fit, every column gets its minimum (the table then scrolls).
    """
    widths = [max(p, m) for p, m in zip(preferred, minimum, strict=True)]
    spare = available - sum(widths)
    if spare >= 0:
        if not any(grow):
            return widths
        return [w + s for w, s in zip(widths, _share(spare, grow), strict=True)]
    deficit = -spare
    for last in (False, True):
        room = [
            (w - m) if squeeze_last[i] is last else 0
            for i, (w, m) in enumerate(zip(widths, minimum, strict=True))
        ]
        take = min(deficit, sum(room))
        if take <= 0:
            continue
        cuts = _share(take, [float(r) for r in room])
        widths = [w - c for w, c in zip(widths, cuts, strict=True)]
        deficit -= take
        if deficit == 0:
            break
    return widths
