"""Every tracker row in memory, laid out for fast search and sort at 100,000 rows.

Rows live in "slots" (their position when loaded, i.e. id order; new rows are appended), with
the casefolded search text and the status in parallel lists. A search is one pass over those
lists in slot order, built from map/compress so the loop runs in C and memory is read front to
back, giving one byte per slot; the display order is then filtered through those bytes.
Reading the strings in sorted order instead would jump around memory and cost several times
more. Plain Python, no Qt: the table model wraps it.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import compress, islice, repeat
from operator import and_, contains, itemgetter, not_
from typing import Any

from nextmove.storage import tracker_rows as r
from nextmove.storage.tracker_rows import TrackerRow, TrackerRows

ALL = ""  # status filter: every status
SortKeys = Callable[[Iterable[Any]], list[Any]]  # a column's values -> their sort keys
# A search in parts (`matching_steps`): how many rows the first part must find (a tall screen's
# worth), and how many rows each later part looks at (a few milliseconds).
SCREENFUL = 120
SEARCH_STEP = 20_000
# How many rows one step of a sliced sort handles (about 20 ms): see `sort_steps`.
SORT_STEP = 50_000
# What a deleted row's slot holds: blank everywhere, so it never matches and sorts harmlessly.
_GONE = TrackerRow(0, "", "", "", None, None, None, "", "", "", "")


class RowStore:
    def __init__(self, open_statuses: frozenset[str]) -> None:
        self._open = open_statuses
        self.by_slot: list[TrackerRow] = []  # by slot; _GONE once deleted (read, never write)
        self._haystacks: list[str] = []  # by slot; "" once deleted
        self._statuses: list[str | None] = []  # by slot; None once deleted
        self._slot_of: dict[int, int] = {}  # application id -> slot
        self.order: list[int] = []  # live slots in display order
        self._sort: tuple[int, SortKeys, bool] | None = None  # row index, keys, descending
        self._keys: list[Any] | None = None  # the current sort's key by slot
        # Row index -> (rank by slot, the filled slots in ascending order, the blank slots),
        # computed by rank_steps for the rows as they are.
        self._ranks: dict[int, tuple[array[int], array[int], array[int]]] = {}
        self._version = 0  # counts changes to the rows, for rank_steps
        self.sorted = True  # False once a row changed after the last sort

    # -- contents -------------------------------------------------------------------------------

    def load(self, rows: TrackerRows, *, keep_order: bool = False) -> None:
        """Replace everything; `keep_order` keeps the given order even if a sort is set."""
        self._changed()
        self.by_slot = list(rows.rows)
        self._haystacks = rows.haystacks
        self._statuses = [row.status for row in rows.rows]
        self._slot_of = {row.id: slot for slot, row in enumerate(rows.rows)}
        self._keys = None
        self.order = list(range(len(self.by_slot)))
        if not keep_order:
            self._apply_sort()

    def append(self, rows: TrackerRows) -> None:
        """Add rows read after the ones already here (loading a big file slice by slice), in
        the order they come, unsorted until `sort_steps` runs."""
        self._changed()
        base = len(self.by_slot)
        slots = range(base, base + len(rows.rows))
        self.by_slot.extend(rows.rows)
        self._haystacks.extend(rows.haystacks)
        self._statuses.extend(map(itemgetter(r.STATUS), rows.rows))
        self._slot_of.update(zip(map(itemgetter(r.ID), rows.rows), slots, strict=True))
        self.order.extend(slots)
        self._keys = None
        self.sorted = False

    def _changed(self) -> None:
        self._version += 1
        self._ranks = {}

    def same_sort_as(self, other: RowStore) -> None:
        """Sort as `other` does (once `sort_steps` has run)."""
        self._sort = other._sort
        self._keys = None

    def __len__(self) -> int:
        return len(self._slot_of)

    def row(self, slot: int) -> TrackerRow:
        return self.by_slot[slot]

    def slot_of(self, application_id: int) -> int | None:
        return self._slot_of.get(application_id)

    def get(self, application_id: int) -> TrackerRow | None:
        slot = self._slot_of.get(application_id)
        return None if slot is None else self.by_slot[slot]

    def put(self, row: TrackerRow, haystack: str) -> tuple[int, bool]:
        """Store a new or changed row; returns its slot and whether it is new.

        A changed row keeps its place in the display order until the next sort, so it does
        not jump away while someone is looking at it; a new one goes to the end.
        """
        self._changed()
        slot = self._slot_of.get(row.id)
        is_new = slot is None
        if slot is None:
            slot = len(self.by_slot)
            self.by_slot.append(row)
            self._haystacks.append(haystack)
            self._statuses.append(row.status)
            self._slot_of[row.id] = slot
            self.order.append(slot)
            if self._keys is not None:
                self._keys.append("")
        else:
            self.by_slot[slot] = row
            self._haystacks[slot] = haystack
            self._statuses[slot] = row.status
        if self._keys is not None and self._sort is not None:
            self._keys[slot] = self._sort[1]((row[self._sort[0]],))[0]
        self.sorted = False
        return slot, is_new

    def drop(self, application_id: int) -> int | None:
        """Forget a deleted application; returns the slot it had."""
        slot = self._slot_of.pop(application_id, None)
        if slot is None:
            return None
        self._changed()
        self.by_slot[slot] = _GONE
        self._haystacks[slot] = ""
        self._statuses[slot] = None
        self.order.remove(slot)
        return slot

    # -- search and sort ------------------------------------------------------------------------

    def matching(self, needle: str, status: str) -> list[int]:
        """The slots to show, in display order, for a casefolded search text and a status
        filter (ALL, "open", or one status value)."""
        if not needle and status == ALL:
            return list(self.order)
        # One byte per slot says "shown"; both passes run in C, reading memory in slot order.
        mask: bytes | None = None
        if status != ALL:
            allowed = self._open if status == "open" else frozenset({status})
            mask = bytes(map(allowed.__contains__, self._statuses))
        if needle:
            found = bytes(map(contains, self._haystacks, repeat(needle)))
            mask = found if mask is None else bytes(map(and_, mask, found))
        assert mask is not None
        return list(compress(self.order, map(mask.__getitem__, self.order)))

    def matching_steps(
        self, needle: str, status: str, among: list[int] | None = None
    ) -> Iterator[list[int]]:
        """`matching` in parts, in display order: first enough rows for a screen, then a part
        per `SEARCH_STEP` rows looked at, so a million rows are searched without holding the
        event loop and the first rows show at once. `among`: only these slots, in this order
        (the rows a shorter search text showed, when the new one extends it)."""
        allowed = None
        if status != ALL:
            allowed = self._open if status == "open" else frozenset({status})
        candidates = list(self.order if among is None else among)
        start, size, found = 0, SCREENFUL * 4, 0
        first: list[int] = []
        while start < len(candidates) and found < SCREENFUL:
            part = self._pick(candidates[start : start + size], needle, allowed)
            first.extend(part)
            found += len(part)
            start += size
            size *= 2
        yield first
        for later in range(start, len(candidates), SEARCH_STEP):
            yield self._pick(candidates[later : later + SEARCH_STEP], needle, allowed)

    def _pick(self, slots: list[int], needle: str, allowed: frozenset[str] | None) -> list[int]:
        if needle:
            texts = map(self._haystacks.__getitem__, slots)
            slots = list(compress(slots, map(contains, texts, repeat(needle))))
        if allowed is not None:
            statuses = map(self._statuses.__getitem__, slots)
            slots = list(compress(slots, map(allowed.__contains__, statuses)))
        return slots

    def sort(self, index: int, keys: SortKeys | None, descending: bool) -> None:
        """Order by the row field at `index` (keys None: by slot, i.e. as loaded)."""
        same = self._sort is not None and keys is not None and self._sort[:2] == (index, keys)
        self._sort = None if keys is None else (index, keys, descending)
        if not same:
            self._keys = None
        self._apply_sort()

    def _apply_sort(self) -> None:
        self.sort_steps_now()

    def sort_steps_now(self) -> None:
        """Sort in one go (one sorted() call)."""
        for _ in self.sort_steps(max(1, len(self.by_slot))):
            pass

    def sort_steps(self, step: int = SORT_STEP) -> Iterator[None]:
        """Sort, yielding after each `step` rows of work, so a million rows can be sorted a
        slice per turn of the event loop: keys a slice at a time, then sorted runs of `step`
        slots, then a merge of the runs taken a slice at a time. Ties stay in id order either
        way (the runs are in slot order and both the sort and the merge are stable).

        A column ranked beforehand (`rank_steps`) sorts by its ranks: ints, compared several
        times faster than the text they stand for, in the same order."""
        self.sorted = True
        ranked = None if self._sort is None else self._ranks.get(self._sort[0])
        if ranked is not None and self._sort is not None:
            # Already in ascending order: sorted() only reverses the runs of equal ranks
            # for a descending sort (keeping them in id order), in one linear pass.
            rank, ascending, blank_slots = ranked
            if self._sort[2]:
                self.order = sorted(ascending, key=rank.__getitem__, reverse=True)
            else:
                self.order = list(ascending)
            self.order.extend(blank_slots)
            return
        live = sorted(self._slot_of.values())
        if self._sort is None:
            self.order = live
            return
        index, make_keys, descending = self._sort
        if self._keys is None:
            self._keys = yield from self._key_steps(index, make_keys, step)
        key = self._keys.__getitem__
        blanks = list(compress(live, map(not_, map(key, live))))
        if blanks:
            live = list(compress(live, map(key, live)))
        ordered = yield from self._ordered_steps(live, key, descending, step)
        ordered.extend(blanks)
        # Fresh int objects, allocated in display order: every search walks this list, and
        # chasing the old ones (allocated in slot order) across memory cost twice as much.
        self.order = list(array("l", ordered))

    def _key_steps(
        self, index: int, make_keys: SortKeys, step: int
    ) -> Generator[None, None, list[Any]]:
        """Every slot's sort key for the field at `index` (falsy: blank), a slice per step."""
        keys: list[Any] = []
        rows = self.by_slot
        for start in range(0, len(rows), step):
            keys.extend(make_keys(map(itemgetter(index), rows[start : start + step])))
            yield
        return keys

    @staticmethod
    def _ordered_steps(
        slots: list[int], key: Callable[[int], Any], descending: bool, step: int
    ) -> Generator[None, None, list[int]]:
        """`slots` sorted (stable) by `key`: sorted runs of `step`, then their merge."""
        runs = []
        for start in range(0, len(slots), step):
            runs.append(sorted(slots[start : start + step], key=key, reverse=descending))
            yield
        if len(runs) <= 1:
            return runs[0] if runs else []
        merged = heapq.merge(*runs, key=key, reverse=descending)
        ordered: list[int] = []
        while len(ordered) < len(slots):
            ordered.extend(islice(merged, step))
            yield
        return ordered

    def rank_steps(
        self, columns: Iterable[tuple[int, SortKeys]], step: int = SORT_STEP
    ) -> Iterator[None]:
        """Rank every slot by each column (1 for the smallest key, equal keys equal ranks,
        0 for a blank) and keep the slots in that order, a slice of work per step, for
        `sort_steps` to use. Run while the window is idle; a change to the rows drops the
        ranks (`put`, `drop`), and a ranking that a change overtook is thrown away."""
        for index, make_keys in columns:
            if index in self._ranks:
                continue
            version = self._version
            keys = yield from self._key_steps(index, make_keys, step)
            filled = list(compress(range(len(keys)), keys))
            ordered = yield from self._ordered_steps(filled, keys.__getitem__, False, step)
            rank = array("i", bytes(4 * len(keys)))
            current, previous = 0, None
            for start in range(0, len(ordered), step):
                for slot in ordered[start : start + step]:
                    value = keys[slot]
                    if value != previous:
                        current, previous = current + 1, value
                    rank[slot] = current
                yield
            if version != self._version:
                return
            blanks = compress(range(len(keys)), map(not_, keys))
            self._ranks[index] = (rank, array("i", ordered), array("i", blanks))
