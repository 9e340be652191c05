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
    return TrackerRow(ident, company, "Analyst", status, day, day, None, "Leeds", "", "", "")


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


@settings(max_examples=40, deadline=None)
@given(
    rows_strategy,
    st.sampled_from(["", "a", "acme", "glo", "x"]),
    st.sampled_from([ALL, "open", "applied"]),
    st.sampled_from(range(len(COLUMNS))),
    st.booleans(),
    st.integers(min_value=1, max_value=7),
)
def test_search_in_parts_and_sorts_by_rank_or_in_slices_agree_with_one_go(
    items: list[tuple[str, str, str | None]],
    needle: str,
    status: str,
    column: int,
    descending: bool,
    step: int,
) -> None:
    rows = [_row(n + 1, company, st_, day) for n, (company, st_, day) in enumerate(items)]
    texts = [f"{row[1]}\nAnalyst\nLeeds\n".casefold() for row in rows]
    index, keys = COLUMNS[column].index, COLUMNS[column].sort_keys

    at_once = RowStore(OPEN)
    at_once.load(TrackerRows(rows, texts))
    at_once.sort(index, keys, descending)

    ranked = RowStore(OPEN)
    ranked.load(TrackerRows(rows, texts))
    for _ in ranked.rank_steps([(c.index, c.sort_keys) for c in COLUMNS], step):
        pass
    ranked.sort(index, keys, descending)
    assert ranked.order == at_once.order

    sliced = RowStore(OPEN)
    sliced.append(TrackerRows(rows[:step], texts[:step]))
    sliced.append(TrackerRows(rows[step:], texts[step:]))
    sliced.same_sort_as(at_once)
    for _ in sliced.sort_steps(step):
        pass
    assert sliced.order == at_once.order

    parts = [slot for part in at_once.matching_steps(needle, status) for slot in part]
    assert parts == at_once.matching(needle, status)


def test_typing_on_while_a_search_runs_in_parts_shows_what_the_last_text_finds(
    qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from nextmove.ui.tracker import row_store, table_model

    # A big file's behaviour on a small one: searches run in parts of a few rows.
    monkeypatch.setattr(table_model, "SEARCH_AT_ONCE", 10)
    monkeypatch.setattr(row_store, "SEARCH_STEP", 7)
    monkeypatch.setattr(row_store, "SCREENFUL", 2)
    rows = [_row(n + 1, WORDS[n % len(WORDS)], "applied", None) for n in range(60)]
    texts = [f"{row[1]}\nAnalyst\nLeeds\n".casefold() for row in rows]
    model = table_model.TrackerModel(lambda: date(2026, 1, 5))
    model.set_rows(TrackerRows(rows, texts))
    model.set_filter("a")
    assert model.searching()
    assert 0 < model.shown_count() < 60  # the first part shows at once
    model.set_filter("gl")  # typed before the rest of "a" came in
    model.set_filter("glo")
    qtbot.waitUntil(lambda: not model.searching())
    expected = [row[0] for row, text in zip(rows, texts, strict=True) if "glo" in text]
    assert model.ids() == expected
