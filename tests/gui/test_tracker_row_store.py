"""The row store's fast search and sort agree with the obvious slow way, whatever the edits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nextmove.domain.status import CLOSED_STATUSES, Status
from nextmove.storage.tracker_rows import TrackerRow, TrackerRows
from nextmove.ui.tracker.columns import COLUMNS
from nextmove.ui.tracker.row_store import ALL, RowStore

OPEN = frozenset(s.value for s in Status if s not in CLOSED_STATUSES)
WORDS = ("acme", "Ácme", "globex", "", "data", "beta")
DATES = (None, "2026-01-05", "2026-11-26", "2025-12-31")


def _row(ident: int, company: str, status: str, day: str | None) -> TrackerRow:
    return (ident, company, "Analyst", status, day, day, None, "Leeds", "", "", "")


rows_strategy = st.lists(
    st.tuples(
        st.sampled_from(WORDS), st.sampled_from([s.value for s in Status]), st.sampled_from(DATES)
    ),
    max_size=25,
)


def _slow(rows: dict[int, TrackerRow], order: list[int], needle: str, status: str) -> list[int]:
    allowed = OPEN if status == "open" else {status}
    return [
        i
        for i in order
        if (status == ALL or rows[i][3] in allowed)
        and needle in f"{rows[i][1]}\nAnalyst\nLeeds\n".casefold()
    ]


@settings(max_examples=60, deadline=None)
@given(
    rows_strategy,
    st.sampled_from(["", "a", "acme", "ácme", "glo", "x"]),
    st.sampled_from([ALL, "open", "rejected", "applied"]),
    st.sampled_from([-1, 0, 2, 3]),  # unsorted, company, status, applied on
    st.booleans(),
    st.lists(st.integers(min_value=1, max_value=30), max_size=5),
)
def test_matching_equals_the_naive_filter_in_display_order(
    items: list[tuple[str, str, str | None]],
    needle: str,
    status: str,
    column: int,
    descending: bool,
    dropped: list[int],
) -> None:
    rows = {n + 1: _row(n + 1, company, st_, day) for n, (company, st_, day) in enumerate(items)}
    store = RowStore(OPEN)
    texts = [f"{row[1]}\nAnalyst\nLeeds\n".casefold() for row in rows.values()]
    store.load(TrackerRows(list(rows.values()), texts))
    if column >= 0:
        store.sort(COLUMNS[column].index, COLUMNS[column].sort_keys, descending)
    for ident in dropped:
        if rows.pop(ident, None) is not None:
            store.drop(ident)
    shown = [store.row(slot)[0] for slot in store.matching(needle.casefold(), status)]
    in_order = [store.row(slot)[0] for slot in store.order]
    assert sorted(in_order) == sorted(rows)
    assert shown == _slow(rows, in_order, needle.casefold(), status)
    if column >= 0:
        index = COLUMNS[column].index
        values = [rows[i][index] for i in in_order]
        filled = [v for v in values if v]
        keys = COLUMNS[column].sort_keys(filled)
        assert keys == sorted(keys, reverse=descending)  # sorted, blanks all at the end
        assert values[len(filled) :] == [v for v in values if not v]
