"""The sequences the state machine in test_status_machine.py once found failing, replayed step
by step so each stays fixed whatever Hypothesis happens to generate."""

from __future__ import annotations

from nextmove.domain.status import EventKind, Status
from nextmove.storage.database import Database
from tests.gui.test_status_machine import TimelineMachine


def _machine(database: Database) -> TimelineMachine:
    TimelineMachine.database = database
    return TimelineMachine()


def test_undoing_a_delete_after_new_entries_were_added_elsewhere(qapp, database: Database) -> None:  # type: ignore[no-untyped-def]
    # The email's "sent" entry was added while application 2's entries were deleted: it must
    # not take one of their ids, or undo cannot put them back.
    del qapp
    machine = _machine(database)
    try:
        machine.start_with_some_applications(statuses=[Status.WISHLIST], applied=0)
        machine.import_a_row(applied=-20, last=0, status="Applied")
        before = machine._rows()
        machine.delete_application(pick=1)
        machine.send_an_email(pick=0)
        sent = [r for r in machine._rows() if r not in before]
        machine.undo()
        machine.stored_state_is_the_rule_applied_to_the_stored_timeline()
        assert sorted([*before, *sent], key=repr) == machine._rows()
        machine.undo_then_redo_gives_back_the_same_rows()
    finally:
        machine.teardown()


def test_redo_of_a_change_to_the_status_it_already_had_adds_nothing(
    qapp, database: Database
) -> None:  # type: ignore[no-untyped-def]
    # The printed sequence. Marking a wishlist application "wishlist" added no entry; after
    # Finish rejected it, undo then redo (now of Finish, which the machine pushes as the wizard
    # does) must give back the rejected application, with no "saved" entry added.
    del qapp
    machine = _machine(database)
    try:
        machine.start_with_some_applications(statuses=[Status.WISHLIST], applied=0)
        machine.change_status_inline(pick=0, status=Status.WISHLIST)
        machine.finish_the_wizard(offset=0, pick=0)
        machine.stored_state_is_the_rule_applied_to_the_stored_timeline()
        machine.undo_then_redo_gives_back_the_same_rows()
        machine.stored_state_is_the_rule_applied_to_the_stored_timeline()
    finally:
        machine.teardown()


def test_undo_then_redo_of_finish_puts_back_the_very_same_rejected_entry(
    qapp, database: Database
) -> None:  # type: ignore[no-untyped-def]
    del qapp
    machine = _machine(database)
    try:
        machine.start_with_some_applications(statuses=[Status.WISHLIST], applied=0)
        machine.finish_the_wizard(offset=0, pick=0)
        rejected = [r for r in machine._rows() if r[0] == "stage_event" and r[3] == "rejected"]
        assert len(rejected) == 1
        machine.undo_then_redo_gives_back_the_same_rows()
        assert rejected[0] in machine._rows()
    finally:
        machine.teardown()


def test_redo_of_a_no_op_status_change_adds_nothing_after_the_status_moved_on(
    qapp, database: Database
) -> None:  # type: ignore[no-untyped-def]
    # The same, with the "rejected" entry written outside this undo stack (another window):
    # undo then redo of the inline change must still leave the timeline alone.
    del qapp
    machine = _machine(database)
    try:
        machine.start_with_some_applications(statuses=[Status.WISHLIST], applied=0)
        machine.change_status_inline(pick=0, status=Status.WISHLIST)
        app_id = machine._pick(0)
        assert app_id is not None
        machine.apps.add_event(app_id, EventKind.REJECTED, machine.today)
        machine.undo_then_redo_gives_back_the_same_rows()
        assert machine.apps.get(app_id).status is Status.REJECTED
        assert [e.kind for e in machine.apps.events(app_id)] == [
            EventKind.SAVED,
            EventKind.REJECTED,
        ]
    finally:
        machine.teardown()
