"""Random sequences of every path that changes a timeline, on a real SQLite file.

After every step the stored status and last activity of every application equal the rule
(`domain.timeline_rules.derive`) applied to its stored timeline on that day; and undo followed
by redo (through the tracker's real undo commands on a QUndoStack) gives back the same rows.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from PySide6.QtGui import QUndoStack

from nextmove.domain.application import ApplicationData
from nextmove.domain.csv_format import guess_mapping, read_table
from nextmove.domain.csv_import import convert
from nextmove.domain.status import EventKind, Status
from nextmove.domain.timeline_rules import MANUAL_EVENTS, Entry, derive
from nextmove.storage.applications import ApplicationRepository
from nextmove.storage.csv_io import import_applications
from nextmove.storage.database import Database
from nextmove.storage.outbox import OutboxRepository, OutgoingDraft
from nextmove.storage.reflections import ReflectionService
from nextmove.storage.timeline import settle_due
from nextmove.ui.tracker.commands import (
    AddApplication,
    AddTimelineEntry,
    ChangeStatus,
    DeleteApplication,
    EditApplication,
    EditTimelineEntry,
    RemoveTimelineEntry,
)
from nextmove.ui.wizard.finish_command import FinishReflection
from tests.storage.test_reflections import complete_answers

START = date(2026, 11, 26)
EXAMPLES = 200
_DATA_TABLES = (
    "stage_rating",
    "learning_goal",
    "company_reapply",
    "outbox_message",
    "reflection",
    "application_contact",
    "contact",
    "stage_event",
    "application",
)
_STATUSES = st.sampled_from(list(Status))
_PICK = st.integers(min_value=0, max_value=50)
_OFFSET = st.integers(min_value=-30, max_value=14)


class _Target:
    """The window's side of the commands: nothing to repaint here."""

    def application_saved(self, application_id: int, *, select: bool) -> None:
        del application_id, select

    def application_removed(self, application_id: int) -> None:
        del application_id

    def application_status_changed(self, application_id: int, status: Status) -> None:
        del application_id, status


class TimelineMachine(RuleBasedStateMachine):
    database: Database  # set by the test below: one real file for every sequence

    def __init__(self) -> None:
        super().__init__()
        self.db = TimelineMachine.database
        # One plain connection reads what the app wrote (autocommit: never a stale snapshot).
        self.reader = sqlite3.connect(self.db.path, isolation_level=None)
        for table in _DATA_TABLES:
            self.reader.execute(f"DELETE FROM {table}")  # noqa: S608
        self.today = START
        self.apps = ApplicationRepository(self.db, today=lambda: self.today)
        self.stack = QUndoStack()
        self.target = _Target()

    # -- helpers -------------------------------------------------------------------------------

    def _query(self, sql: str) -> list[tuple[Any, ...]]:
        return list(self.reader.execute(sql))

    def _pick(self, pick: int) -> int | None:
        ids = [r[0] for r in self._query("SELECT id FROM application ORDER BY id")]
        return ids[pick % len(ids)] if ids else None

    def _push(self, command: Any) -> None:
        self.stack.push(command)

    def _rows(self) -> list[tuple[Any, ...]]:
        """Every row a person's data lives in (the write timestamp left aside)."""
        columns = [r[1] for r in self._query("PRAGMA table_info(application)")]
        kept = ", ".join(c for c in columns if c != "updated_at")
        rows = [("application", *r) for r in self._query(f"SELECT {kept} FROM application")]  # noqa: S608
        for table in ("stage_event", "application_contact", "contact", "reflection"):
            rows += [(table, *r) for r in self._query(f"SELECT * FROM {table} ORDER BY 1, 2")]  # noqa: S608
        return sorted(rows, key=repr)

    # -- the paths that change a timeline --------------------------------------------------------

    @initialize(
        statuses=st.lists(_STATUSES, min_size=1, max_size=3),
        applied=st.integers(min_value=-60, max_value=0),
    )
    def start_with_some_applications(self, statuses: list[Status], applied: int) -> None:
        for status in statuses:
            self.add_application(status, applied)

    @rule(status=_STATUSES, applied=st.none() | st.integers(min_value=-60, max_value=0))
    def add_application(self, status: Status, applied: int | None) -> None:
        on = None if applied is None else self.today + timedelta(days=applied)
        data = ApplicationData("Acme", "Engineer", status, applied_on=on)
        self._push(AddApplication(self.apps, self.target, data, self.today))

    @rule(pick=_PICK, status=_STATUSES, role=st.sampled_from(["Engineer", "Lead"]))
    def edit_in_the_dialog(self, pick: int, status: Status, role: str) -> None:
        app_id = self._pick(pick)
        if app_id is None:
            return
        old = self.apps.get(app_id)
        new = dataclasses.replace(old, status=status, role=role)
        self._push(EditApplication(self.apps, self.target, app_id, old, new, self.today))

    @rule(pick=_PICK, status=_STATUSES)
    def change_status_inline(self, pick: int, status: Status) -> None:
        app_id = self._pick(pick)
        if app_id is None:
            return
        old = self.apps.get(app_id).status
        self._push(ChangeStatus(self.apps, self.target, app_id, "x", old, status, self.today))

    @rule(pick=_PICK, kind=st.sampled_from(MANUAL_EVENTS), offset=_OFFSET)
    def add_timeline_entry(self, pick: int, kind: EventKind, offset: int) -> None:
        app_id = self._pick(pick)
        if app_id is None:
            return
        entry = (kind, self.today + timedelta(days=offset), "", None)
        self._push(AddTimelineEntry(self.apps, self.target, app_id, "x", entry))

    @rule(pick=_PICK, which=_PICK)
    def delete_timeline_entry(self, pick: int, which: int) -> None:
        app_id = self._pick(pick)
        events = [] if app_id is None else self.apps.events(app_id)
        if app_id is None or not events:
            return
        event = events[which % len(events)]
        self._push(RemoveTimelineEntry(self.apps, self.target, app_id, event.id, "x"))

    @rule(pick=_PICK, which=_PICK, kind=st.sampled_from(MANUAL_EVENTS), offset=_OFFSET)
    def edit_timeline_entry(self, pick: int, which: int, kind: EventKind, offset: int) -> None:
        app_id = self._pick(pick)
        events = [] if app_id is None else self.apps.events(app_id)
        if app_id is None or not events:
            return
        event = events[which % len(events)]
        entry = (kind, self.today + timedelta(days=offset), "changed", None)
        self._push(EditTimelineEntry(self.apps, self.target, app_id, event.id, entry))

    @rule(pick=_PICK)
    def delete_application(self, pick: int) -> None:
        app_id = self._pick(pick)
        if app_id is not None:
            self._push(DeleteApplication(self.apps, self.target, app_id, "x"))

    @rule(
        status=st.sampled_from(["Applied", "Interview", "Ghosted", "Rejected", "Offer"]),
        applied=st.integers(min_value=-90, max_value=-20),
        last=st.none() | st.integers(min_value=-19, max_value=0),
    )
    def import_a_row(self, status: str, applied: int, last: int | None) -> None:
        day = (self.today + timedelta(days=applied)).isoformat()
        later = "" if last is None else (self.today + timedelta(days=last)).isoformat()
        text = f"Company,Role,Status,Applied,Last activity\nInitech,PM,{status},{day},{later}\n"
        table = read_table(text.encode())
        result = convert(table, guess_mapping(table.headers), self.today, source_name="a.csv")
        assert result.ok, result.issues
        import_applications(self.db, result.items, today=lambda: self.today)

    @rule(pick=_PICK, offset=st.integers(min_value=-10, max_value=0))
    def finish_the_wizard(self, pick: int, offset: int) -> None:
        app_id = self._pick(pick)
        if app_id is None:
            return
        service = ReflectionService(self.db)
        draft = service.start(app_id, self.today)
        answers = complete_answers(draft.answers)
        answers.rejected_on = self.today + timedelta(days=offset)
        answers.keep_in_touch_on = None
        answers.reapply_after = None
        result = service.finish(draft.reflection_id, answers, self.today)
        # Finish is one step on the window's undo stack, as the wizard pushes it.
        outbox = OutboxRepository(self.db)
        self._push(FinishReflection(self.apps, outbox, result, "x", lambda *_: None))

    @rule(pick=_PICK)
    def send_an_email(self, pick: int) -> None:
        app_id = self._pick(pick)
        if app_id is None:
            return
        outbox = OutboxRepository(self.db)
        message = outbox.queue(OutgoingDraft("follow-up", "a@b.example", "Hi", "Hello", app_id))
        outbox.mark_sent(message, datetime(2026, 1, 1), self.today)

    @rule(days=st.integers(min_value=1, max_value=9))
    def a_day_goes_by(self, days: int) -> None:
        self.today += timedelta(days=days)
        settle_due(self.db, self.today)

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self) -> None:
        self.stack.undo()

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self) -> None:
        self.stack.redo()

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo_then_redo_gives_back_the_same_rows(self) -> None:
        before = self._rows()
        self.stack.undo()
        self.stack.redo()
        assert self._rows() == before

    # -- what must hold after every step --------------------------------------------------------

    @invariant()
    def stored_state_is_the_rule_applied_to_the_stored_timeline(self) -> None:
        timelines: dict[int, list[Entry]] = {}
        for app_id, event_id, kind, on in self._query(
            "SELECT application_id, id, kind, occurred_on FROM stage_event"
        ):
            timelines.setdefault(app_id, []).append(
                Entry(event_id, EventKind(kind), date.fromisoformat(on))
            )
        for app_id, status, last in self._query(
            "SELECT id, status, last_activity_on FROM application"
        ):
            expected = derive(timelines.get(app_id, []), self.today)
            assert (status, last) == (
                expected.status.value,
                None
                if expected.last_activity_on is None
                else expected.last_activity_on.isoformat(),
            ), (app_id, timelines.get(app_id))

    def teardown(self) -> None:
        self.stack.clear()
        self.stack.deleteLater()
        self.reader.close()


@pytest.mark.timeout(600)  # 200 sequences: about 10 s alone, far longer on a crowded machine
def test_every_path_keeps_status_and_last_activity_to_the_rule(qapp, database: Database) -> None:  # type: ignore[no-untyped-def]
    from hypothesis.stateful import run_state_machine_as_test

    del qapp
    TimelineMachine.database = database
    run_state_machine_as_test(
        TimelineMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            database=None,
        ),
    )
