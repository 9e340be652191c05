"""The table's columns always fill the width exactly when they can, never below a minimum."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nextmove.domain.column_widths import fit_widths

columns = st.integers(min_value=1, max_value=10).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(20, 300), min_size=n, max_size=n),
        st.lists(st.integers(10, 120), min_size=n, max_size=n),
        st.lists(st.sampled_from([0.0, 0.0, 0.4, 0.6, 1.0]), min_size=n, max_size=n),
        st.lists(st.booleans(), min_size=n, max_size=n),
    )
)


@given(columns, st.integers(0, 4000))
def test_widths_fill_the_room_and_respect_minimums(spec, available: int) -> None:  # type: ignore[no-untyped-def]
    preferred, minimum, grow, last = spec
    widths = fit_widths(preferred, minimum, grow, last, available)
    assert all(w >= m for w, m in zip(widths, minimum, strict=True))
    floor = sum(minimum)
    wanted = sum(max(p, m) for p, m in zip(preferred, minimum, strict=True))
    if available >= floor and (available <= wanted or any(grow)):
        assert sum(widths) == available
    if available >= wanted:  # nothing shrinks when there is room
        assert all(w >= max(p, m) for w, p, m in zip(widths, preferred, minimum, strict=True))


@given(columns, st.integers(0, 4000))
def test_key_columns_give_only_after_the_others_are_at_their_minimum(spec, available: int) -> None:  # type: ignore[no-untyped-def]
    preferred, minimum, grow, last = spec
    widths = fit_widths(preferred, minimum, grow, last, available)
    key_squeezed = any(
        w < max(p, m) for w, p, m, k in zip(widths, preferred, minimum, last, strict=True) if k
    )
    if key_squeezed:
        assert all(w == m for w, m, k in zip(widths, minimum, last, strict=True) if not k)


def test_spare_room_goes_to_role_and_company() -> None:
    widths = fit_widths([150, 170, 100], [60, 60, 100], [0.4, 0.6, 0.0], [True, True, True], 520)
    assert widths == [190, 230, 100]
