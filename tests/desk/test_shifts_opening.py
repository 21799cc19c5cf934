"""Opening a cashier shift: one open shift per workstation, front-desk staff
only, and the float counted against what the last shift there handed over
(a difference needs a note, and is recorded)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk import clock
from desk.actor import Actor
from desk.db import Database
from desk.errors import PermissionDeniedError, RuleError, ValidationError
from desk.models import AuditEntry, ShiftState
from desk.shifts import handover, history, shifts
from tests.desk.frontdesk_helpers import NOON, TODAY, in_session
from tests.desk.shift_helpers import LATER, at, audit_actions, last_audit_id, refused, shift_at, shift_row
from tests.helpers.fixtures import TEST_WORKSTATION

D = Decimal


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    with clock.frozen(NOON):
        yield


def test_one_open_shift_per_workstation(demo_db: Database, actors: dict[str, Actor]) -> None:
    error = refused(demo_db, lambda s: shifts.open_shift(s, actors["clerk"], float_total="1000.00"), RuleError,
                    "Zhang Wei already has a shift open at this workstation; it must be handed over")
    assert error.params == {"clerk": "Zhang Wei"}
    # The manager may not open a second one there either.
    refused(demo_db, lambda s: shifts.open_shift(s, actors["manager"], float_total="1000.00"), RuleError,
            "already has a shift open at this workstation")
    # Another workstation may open its own, counted by denomination.
    before = in_session(demo_db, last_audit_id)
    shift_id = in_session(demo_db, lambda s: shifts.open_shift(s, at(actors["clerk"], "ws-2"),
                                                               float_pieces={"5": 40, "1": 100, "0.5": 20}))
    with demo_db.reading() as session:
        shift = shift_row(session, shift_id)
        entries = audit_actions(session, before)
        info = history.shift_info(session, "ws-2")
    assert (shift.workstation, shift.open_workstation, shift.user_id, shift.state, shift.business_date,
            shift.opened_at, shift.opening_float, shift.opening_count) == (
        "ws-2", "ws-2", actors["clerk"].user_id, ShiftState.OPEN, TODAY, NOON, D("310.00"),
        {"5": 40, "1": 100, "0.5": 20})
    # The first shift at a workstation has nothing to compare with.
    assert (shift.previous_shift_id, shift.float_handed_over, shift.float_difference) == (None, None, None)
    assert entries == [("shift.open", "clerk", shift_id, "ws-2")]
    assert info is not None and (info.id, info.clerk, info.pending_handover_id) == (shift_id, "Wang Fang", None)


def test_only_front_desk_staff_open_a_shift(demo_db: Database, actors: dict[str, Actor]) -> None:
    refused(demo_db, lambda s: shifts.open_shift(s, at(actors["housekeeping"], "ws-2"), float_total="100"),
            PermissionDeniedError, r"housekeeping \(Housekeeping lead\) may not work the front desk")
    refused(demo_db, lambda s: shifts.open_shift(s, at(actors["clerk"], "ws-2"), float_total="100",
                                                 note="bad\x07note"), ValidationError, "control characters")


def _override_with_float(database: Database, manager: Actor, handed: str) -> int:
    """Close the tests' workstation's shift by a manager, leaving ``handed`` as the float."""
    with database.reading() as session:
        shift_id = shift_at(session).id
    with clock.frozen(LATER):
        in_session(database, lambda s: handover.override_close(
            s, manager, shift_id=shift_id, reason="Zhang Wei was called away; drawer counted by the manager.",
            counted_total="1000.00", float_handed_over=handed))
    return shift_id


def test_a_float_equal_to_what_was_handed_over_needs_no_note(demo_db: Database, actors: dict[str, Actor]) -> None:
    closed_id = _override_with_float(demo_db, actors["manager"], "500.00")
    with demo_db.reading() as session:
        previous = shifts.previous_float(session, TEST_WORKSTATION)
        assert shifts.previous_float(session, "ws-2") is None
    assert previous is not None and (previous.shift_id, previous.amount, previous.clerk) == (
        closed_id, D("500.00"), "Zhang Wei")
    shift_id = in_session(demo_db, lambda s: shifts.open_shift(s, actors["clerk"], float_pieces={"100": 4, "5": 20}))
    with demo_db.reading() as session:
        shift = shift_row(session, shift_id)
    assert (shift.opening_float, shift.previous_shift_id, shift.float_handed_over, shift.float_difference,
            shift.float_note) == (D("500.00"), closed_id, D("500.00"), D("0.00"), "")


def test_a_different_float_needs_a_note_and_is_recorded(demo_db: Database, actors: dict[str, Actor]) -> None:
    closed_id = _override_with_float(demo_db, actors["manager"], "500.00")
    error = refused(demo_db, lambda s: shifts.open_shift(s, actors["clerk"], float_total="450.00"), ValidationError,
                    r"The last shift here handed over a float of 500\.00, and you counted 450\.00\. Write a note")
    assert error.params == {"expected": "500.00", "counted": "450.00"}
    before = in_session(demo_db, last_audit_id)
    note = "A 50 note was taken to the safe by the manager; receipt in the drawer."
    shift_id = in_session(demo_db, lambda s: shifts.open_shift(s, actors["clerk"], float_total="450.00", note=note))
    with demo_db.reading() as session:
        shift = shift_row(session, shift_id)
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.id > before)).all()
        assert (entry.action, entry.subject_id) == ("shift.open", shift_id)
        assert entry.summary == (f"Shift opened at {TEST_WORKSTATION} with a float of 450.00 "
                                 f"(handed over 500.00: {note})")
    assert (shift.opening_float, shift.previous_shift_id, shift.float_handed_over, shift.float_difference,
            shift.float_note) == (D("450.00"), closed_id, D("500.00"), D("-50.00"), note)
